// AuditLogModel over a real cache, under QAbstractItemModelTester: the audit log as hearthd sends
// it, stored with the time it was fetched and read offline, newest first, each entry worded as a
// sentence with its target's name where the cache holds it; filters by person and by action; a
// new fetch replaces the old one; a failed one keeps it and says why.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/auditlogmodel.h"

#include "protocol/auditpage.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::AuditLogModel;
using hearth::testing::PageBuilder;
namespace protocol = hearth::protocol;

namespace {

QByteArray auditPage(const QList<protocol::AuditEntry> &entries) {
    protocol::AuditPage page;
    page.entries = entries;
    return QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact);
}

protocol::AuditEntry entry(const QString &id, const QString &action, const QString &actor,
                           const QString &target, const QString &reason, qint64 at) {
    return {id, QStringLiteral("c1"), action, actor, target, reason, at};
}

} // namespace

class TestAuditLogModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;

    QString summaryAt(const AuditLogModel &m, int row) const {
        return m.data(m.index(row), AuditLogModel::SummaryRole).toString();
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("audit.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("ada"), QStringLiteral("Ada"));
        m_store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .membership(QStringLiteral("c1"), QStringLiteral("ada"), QStringLiteral("owner"))
                .user(QStringLiteral("ada"), QStringLiteral("Ada"), {})
                .user(QStringLiteral("bo"), QStringLiteral("Bo"), {})
                .user(QStringLiteral("cy"), QStringLiteral("Cy"), {})
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000,
                      QStringLiteral("Kiln schedule"))
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("audit.sqlite")));
    }

    void aFetchedLogReadsAsSentencesNewestFirst() {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.fetchedAt(), 0.0);

        // refresh() asks the sync engine; the answer arrives through the cache.
        QSignalSpy asked(m_store.get(), &CacheStore::auditRequested);
        model.refresh();
        QCOMPARE(asked.size(), 1);
        QVERIFY(model.loading());
        m_store->applyAuditPage(
            QStringLiteral("c1"),
            auditPage({entry(QStringLiteral("a3"), QStringLiteral("membership.ban"),
                             QStringLiteral("ada"), QStringLiteral("bo"),
                             QStringLiteral("spam links"), 3000),
                       entry(QStringLiteral("a2"), QStringLiteral("post.pin"), QStringLiteral("cy"),
                             QStringLiteral("p1"), QStringLiteral("on"), 2000),
                       entry(QStringLiteral("a1"), QStringLiteral("membership.setRole"),
                             QStringLiteral("ada"), QStringLiteral("cy"),
                             QStringLiteral("moderator"), 1000),
                       entry(QStringLiteral("a0"), QStringLiteral("post.delete"),
                             QStringLiteral("ada"), QStringLiteral("gone"), {}, 500)}),
            99000);
        m_store->waitForWrites();
        QTRY_COMPARE(model.rowCount(), 4);
        QVERIFY(!model.loading());
        QCOMPARE(model.fetchedAt(), 99000.0);
        QCOMPARE(summaryAt(model, 0), QStringLiteral("Ada banned Bo"));
        QCOMPARE(model.data(model.index(0), AuditLogModel::ReasonRole).toString(),
                 QStringLiteral("spam links"));
        QCOMPARE(model.data(model.index(0), AuditLogModel::TargetTypeRole).toString(),
                 QStringLiteral("user"));
        QCOMPARE(summaryAt(model, 1), QStringLiteral("Cy pinned “Kiln schedule”"));
        // "on" and the role are the summary's, not a reason.
        QCOMPARE(model.data(model.index(1), AuditLogModel::ReasonRole).toString(), QString());
        QCOMPARE(model.data(model.index(1), AuditLogModel::TargetTypeRole).toString(),
                 QStringLiteral("post"));
        QCOMPARE(summaryAt(model, 2), QStringLiteral("Ada made Cy a moderator"));
        QCOMPARE(summaryAt(model, 3), QStringLiteral("Ada removed a post")); // not cached
        QCOMPARE(model.actorIds(), (QStringList{QStringLiteral("ada"), QStringLiteral("cy")}));
        QCOMPARE(model.actorNames(), (QStringList{QStringLiteral("Ada"), QStringLiteral("Cy")}));
        QCOMPARE(model.actions().size(), 4);
        QVERIFY(model.actionLabels().contains(QStringLiteral("Bans")));

        // Filters.
        model.setActorFilter(QStringLiteral("cy"));
        QCOMPARE(model.rowCount(), 1);
        model.setActorFilter(QString());
        model.setActionFilter(QStringLiteral("membership.ban"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(summaryAt(model, 0), QStringLiteral("Ada banned Bo"));
        model.setActionFilter(QString());

        // Read again from the file, as after a restart offline.
        AuditLogModel again;
        again.setStore(m_store.get());
        again.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(again.rowCount(), 4);
        QCOMPARE(again.fetchedAt(), 99000.0);

        // A failed refresh keeps what was fetched and says why ("" is offline).
        model.refresh();
        m_store->reportAuditError(QStringLiteral("c1"), QString());
        QVERIFY(!model.loading());
        QCOMPARE(model.error(), QStringLiteral("You are offline."));
        QCOMPARE(model.rowCount(), 4);

        // A new fetch replaces the old one.
        model.refresh();
        QVERIFY(model.error().isEmpty());
        m_store->applyAuditPage(
            QStringLiteral("c1"),
            auditPage({entry(QStringLiteral("a9"), QStringLiteral("membership.unban"),
                             QStringLiteral("ada"), QStringLiteral("bo"), {}, 9000)}),
            100000);
        m_store->waitForWrites();
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(summaryAt(model, 0), QStringLiteral("Ada lifted the ban on Bo"));
        QCOMPARE(model.fetchedAt(), 100000.0);
    }

    void anUnreadableAnswerKeepsTheLog() {
        AuditLogModel model;
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        model.refresh();
        m_store->applyAuditPage(QStringLiteral("c1"), "{\"entries\": 5}", 1000);
        m_store->waitForWrites();
        QTRY_VERIFY(!model.loading());
        QVERIFY2(model.error().contains(QLatin1String("does not parse")),
                 qPrintable(model.error()));
        QCOMPARE(model.fetchedAt(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
