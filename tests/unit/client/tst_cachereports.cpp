// The cache's reports (schema 16): report rows from sync applied as hearthd sends them to
// organizers (an upsert, the resolution as a later upsert of the whole report, a delete for an
// organizer who stepped down, a purge of the community), what they tell models through the
// ChangeSet, the moderation queue read back with the reported content, and a version-15 file
// migrated with its content and outbox kept.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "cache/reportsquery.h"
#include "cache/schema.h"

#include "protocol/mutation.h"
#include "protocol/syncpage.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::cache::ChangeSet;
using hearth::cache::ReportRow;
using hearth::cache::ReportsQuery;
using hearth::cache::Schema;
using hearth::testing::PageBuilder;
namespace protocol = hearth::protocol;

class TestCacheReports : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("reports%1.sqlite").arg(++m_files)); }

    static std::unique_ptr<CacheStore> openStore(const QString &path) {
        QString error;
        auto store = CacheStore::open(path, &error);
        if (!store)
            qWarning() << error;
        return store;
    }

    static int count(CacheStore &store, const QString &sql) {
        QSqlQuery q(store.readConnection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static QList<ReportRow> queue(CacheStore &store, const QString &communityId,
                                  bool resolved = false) {
        return ReportsQuery{communityId, resolved}.run(store.readConnection());
    }

    static QStringList ids(const QList<ReportRow> &rows) {
        QStringList out;
        for (const ReportRow &r : rows)
            out.append(r.id);
        return out;
    }

    static QString report() { return QString::fromLatin1(protocol::ChangeType::Report); }

    // Makers (c1) with a post and a comment on it, and Runners (c2) with a post; the people.
    static QByteArray content() {
        return PageBuilder()
            .community(QStringLiteral("c1"), QStringLiteral("Makers"))
            .community(QStringLiteral("c2"), QStringLiteral("Runners"))
            .user(QStringLiteral("u-reporter"), QStringLiteral("rita"), QString())
            .user(QStringLiteral("u-mod"), QStringLiteral("mo"), QString())
            .user(QStringLiteral("u-author"), QStringLiteral("ada"), QString())
            .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000, QStringLiteral("Kiln tips"),
                  QStringLiteral("Buy my kiln at scam.example"))
            .comment(QStringLiteral("k1"), QStringLiteral("p1"), QStringLiteral("c1"),
                     QStringLiteral("You are all idiots"))
            .post(QStringLiteral("p2"), QStringLiteral("c2"), 1000, QStringLiteral("Track"))
            .build(QStringLiteral("cur-0"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reportsAreStoredResolvedAndDeleted() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->applySyncPage(content());
        store->waitForWrites();
        QSignalSpy changed(store.get(), &CacheStore::changed);
        store->applySyncPage(PageBuilder()
                                 .report(QStringLiteral("r-post"), QStringLiteral("c1"),
                                         QStringLiteral("post"), QStringLiteral("p1"),
                                         QStringLiteral("p1"), QStringLiteral("spam link"), 2000)
                                 .report(QStringLiteral("r-comment"), QStringLiteral("c1"),
                                         QStringLiteral("comment"), QStringLiteral("k1"),
                                         QStringLiteral("p1"), QStringLiteral("insults"), 1500)
                                 .report(QStringLiteral("r-other"), QStringLiteral("c2"),
                                         QStringLiteral("post"), QStringLiteral("p2"),
                                         QStringLiteral("p2"), QStringLiteral("off topic"))
                                 .build(QStringLiteral("cur-1")));
        store->waitForWrites();
        QCOMPARE(changed.size(), 1);
        const auto first = changed.at(0).at(0).value<ChangeSet>();
        QCOMPARE(first.reports, (QSet<QString>{QStringLiteral("c1"), QStringLiteral("c2")}));
        QVERIFY(!first.isEmpty());

        // The open queue, oldest first, with the reported content as the cache holds it.
        QList<ReportRow> open = queue(*store, QStringLiteral("c1"));
        QCOMPARE(ids(open), (QStringList{QStringLiteral("r-comment"), QStringLiteral("r-post")}));
        const ReportRow &onComment = open.at(0);
        QCOMPARE(onComment.targetType, QStringLiteral("comment"));
        QCOMPARE(onComment.postId, QStringLiteral("p1"));
        QCOMPARE(onComment.reason, QStringLiteral("insults"));
        QCOMPARE(onComment.status, QStringLiteral("open"));
        QCOMPARE(onComment.reporterName, QStringLiteral("rita"));
        QCOMPARE(onComment.text, QStringLiteral("You are all idiots"));
        QCOMPARE(onComment.authorName, QStringLiteral("Bo")); // the name it was sent with
        QCOMPARE(onComment.postTitle, QStringLiteral("Kiln tips"));
        QVERIFY(onComment.contentAvailable);
        QCOMPARE(onComment.createdAt, 1500);
        const ReportRow &onPost = open.at(1);
        QCOMPARE(onPost.text, QStringLiteral("Buy my kiln at scam.example"));
        QCOMPARE(onPost.authorId, QStringLiteral("u-author"));
        QCOMPARE(onPost.authorName, QStringLiteral("ada")); // the author's current name
        QCOMPARE(onPost.resolvedAt, 0);
        QCOMPARE(ReportsQuery::openCount(store->readConnection(), QStringLiteral("c1")), 2);
        QVERIFY(queue(*store, QStringLiteral("c1"), true).isEmpty());

        // Resolved by a later upsert of the whole report; the removal deletes the comment.
        changed.clear();
        store->applySyncPage(
            PageBuilder()
                .report(QStringLiteral("r-comment"), QStringLiteral("c1"),
                        QStringLiteral("comment"), QStringLiteral("k1"), QStringLiteral("p1"),
                        QStringLiteral("insults"), 1500, QStringLiteral("removed"),
                        QStringLiteral("u-mod"), QStringLiteral("second warning"), 3000)
                .remove(QStringLiteral("comment"), QStringLiteral("k1"), QStringLiteral("c1"))
                .build(QStringLiteral("cur-2")));
        store->waitForWrites();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<ChangeSet>().reports,
                 QSet<QString>{QStringLiteral("c1")});
        QCOMPARE(ids(queue(*store, QStringLiteral("c1"))), QStringList{QStringLiteral("r-post")});
        const QList<ReportRow> resolved = queue(*store, QStringLiteral("c1"), true);
        QCOMPARE(ids(resolved), QStringList{QStringLiteral("r-comment")});
        QCOMPARE(resolved.at(0).status, QStringLiteral("removed"));
        QCOMPARE(resolved.at(0).resolvedBy, QStringLiteral("u-mod"));
        QCOMPARE(resolved.at(0).resolvedByName, QStringLiteral("mo"));
        QCOMPARE(resolved.at(0).note, QStringLiteral("second warning"));
        QCOMPARE(resolved.at(0).resolvedAt, 3000);
        // The comment is gone; its post is still there for the title.
        QVERIFY(!resolved.at(0).contentAvailable);
        QCOMPARE(resolved.at(0).text, QString());
        QCOMPARE(resolved.at(0).postTitle, QStringLiteral("Kiln tips"));
        QCOMPARE(ReportsQuery::openCount(store->readConnection(), QStringLiteral("c1")), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM reports")), 3);

        // Stepping down from organizer: a delete of each report; other communities' stay.
        changed.clear();
        store->applySyncPage(
            PageBuilder()
                .remove(report(), QStringLiteral("r-post"), QStringLiteral("c1"))
                .remove(report(), QStringLiteral("r-comment"), QStringLiteral("c1"))
                .build(QStringLiteral("cur-3")));
        store->waitForWrites();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<ChangeSet>().reports,
                 QSet<QString>{QStringLiteral("c1")});
        QVERIFY(queue(*store, QStringLiteral("c1")).isEmpty());
        QVERIFY(queue(*store, QStringLiteral("c1"), true).isEmpty());
        QCOMPARE(ids(queue(*store, QStringLiteral("c2"))), QStringList{QStringLiteral("r-other")});
        // A delete of a report the cache does not hold changes nothing.
        changed.clear();
        store->applySyncPage(
            PageBuilder()
                .remove(report(), QStringLiteral("r-unknown"), QStringLiteral("c1"))
                .build(QStringLiteral("cur-4")));
        store->waitForWrites();
        QVERIFY(changed.isEmpty() || changed.at(0).at(0).value<ChangeSet>().reports.isEmpty());
    }

    // Losing access to a community drops its reports with everything else; a resync drops all.
    void purgeAndResyncDropReports() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->applySyncPage(content());
        store->applySyncPage(
            PageBuilder()
                .report(QStringLiteral("r1"), QStringLiteral("c1"), QStringLiteral("post"),
                        QStringLiteral("p1"), QStringLiteral("p1"), QStringLiteral("spam"))
                .report(QStringLiteral("r2"), QStringLiteral("c2"), QStringLiteral("post"),
                        QStringLiteral("p2"), QStringLiteral("p2"), QStringLiteral("spam"))
                .build(QStringLiteral("cur-1")));
        store->waitForWrites();
        QSignalSpy changed(store.get(), &CacheStore::changed);
        store->applySyncPage(
            PageBuilder().purge(QStringLiteral("c1")).build(QStringLiteral("cur-2")));
        store->waitForWrites();
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).value<ChangeSet>().reports.contains(QStringLiteral("c1")));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM reports")), 1);
        QCOMPARE(ids(queue(*store, QStringLiteral("c2"))), QStringList{QStringLiteral("r2")});

        store->resetForResync();
        store->waitForWrites();
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM reports")), 0);
    }

    // A resolution waits in the outbox under the report's id: pending, then refused with the
    // server's reason; the report itself stays open until hearthd's upsert says otherwise.
    void aResolutionInTheOutboxShowsOnItsReport() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->applySyncPage(content());
        store->applySyncPage(PageBuilder()
                                 .report(QStringLiteral("r1"), QStringLiteral("c1"),
                                         QStringLiteral("post"), QStringLiteral("p1"),
                                         QStringLiteral("p1"), QStringLiteral("spam"))
                                 .build(QStringLiteral("cur-1")));
        store->waitForWrites();
        QSignalSpy changed(store.get(), &CacheStore::changed);
        const QString id =
            store->enqueueMutation(QString::fromLatin1(protocol::MutationName::ReportResolve),
                                   {{QStringLiteral("id"), QStringLiteral("r1")},
                                    {QStringLiteral("action"), QStringLiteral("dismiss")},
                                    {QStringLiteral("note"), QStringLiteral("satire")}});
        store->waitForWrites();
        QVERIFY(!id.isEmpty());
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).value<ChangeSet>().reports.contains(QStringLiteral("c1")));
        QList<ReportRow> open = queue(*store, QStringLiteral("c1"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).status, QStringLiteral("open"));
        QCOMPARE(open.at(0).decisionId, id);
        QCOMPARE(open.at(0).decisionState, QStringLiteral("pending"));
        QCOMPARE(open.at(0).decisionAction, QStringLiteral("dismiss"));
        QCOMPARE(open.at(0).decisionNote, QStringLiteral("satire"));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM outbox WHERE target_id = 'r1'"
                                              " AND community_id = 'c1'")),
                 1);

        protocol::MutationResult refused;
        refused.id = id;
        refused.status = QString::fromLatin1(protocol::MutationStatus::Rejected);
        refused.errorCode = QStringLiteral("conflict");
        refused.errorMessage = QStringLiteral("the report is not open");
        protocol::MutationResponse response;
        response.results.append(refused);
        store->settleMutations(QJsonDocument(response.toJson()).toJson());
        store->waitForWrites();
        open = queue(*store, QStringLiteral("c1"));
        QCOMPARE(open.at(0).decisionState, QStringLiteral("failed"));
        QCOMPARE(open.at(0).decisionError, QStringLiteral("the report is not open"));
    }

    // A cache an older Hearth wrote (schema 15) opens at 16 with its content and outbox kept,
    // and stores reports from then on.
    void migrationFrom15KeepsContentAndStoresReports() {
        const QString path = newPath();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Schema::migrateTo(db, 15, &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO communities (id, name) VALUES"
                                          " ('c1', 'Makers')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO posts (id, community_id, title, body,"
                                          " author_id, created_at) VALUES ('p1', 'c1',"
                                          " 'Kiln tips', 'Buy my kiln', 'u-author', 100)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox (id, name, args, target_id,"
                                          " community_id, created_at) VALUES ('m1', 'post.pin',"
                                          " '{}', 'p1', 'c1', 1)")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"
                                          " WHERE name = 'reports'")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 15);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(count(*store, QStringLiteral("PRAGMA user_version")), Schema::latestVersion());
        QVERIFY(Schema::latestVersion() >= 16);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM posts WHERE id = 'p1'")), 1);
        QCOMPARE(store->unsentCount(), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM sqlite_master"
                                              " WHERE type = 'index' AND name = 'reports_queue'")),
                 1);
        store->applySyncPage(PageBuilder()
                                 .report(QStringLiteral("r1"), QStringLiteral("c1"),
                                         QStringLiteral("post"), QStringLiteral("p1"),
                                         QStringLiteral("p1"), QStringLiteral("spam"))
                                 .build(QStringLiteral("cur-1")));
        store->waitForWrites();
        const QList<ReportRow> open = queue(*store, QStringLiteral("c1"));
        QCOMPARE(ids(open), QStringList{QStringLiteral("r1")});
        QCOMPARE(open.at(0).text, QStringLiteral("Buy my kiln"));
        QCOMPARE(open.at(0).postTitle, QStringLiteral("Kiln tips"));
    }
};

QTEST_GUILESS_MAIN(TestCacheReports)
#include "tst_cachereports.moc"
