// ReportsModel over a real cache file, under QAbstractItemModelTester: a community's open and
// resolved reports with the reported content in context, the open count, resolve() queueing
// report.resolve through the outbox (pending, refused with the server's reason), and rows
// changing in place when the report is resolved or its content removed.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/reportsmodel.h"
#include "protocol/mutation.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::cache::OutboxEntry;
namespace protocol = hearth::protocol;
using hearth::models::ReportsModel;
using hearth::testing::PageBuilder;

class TestReportsModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;

    static QVariant at(const ReportsModel &model, int row, ReportsModel::Role role) {
        return model.data(model.index(row), role);
    }

    static QStringList ids(const ReportsModel &model) {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out.append(at(model, i, ReportsModel::ReportIdRole).toString());
        return out;
    }

    QJsonObject lastArgs() {
        const auto pending = m_store->pendingMutations(100);
        return pending.isEmpty() ? QJsonObject() : pending.constLast().args;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(
            m_dir.filePath(QStringLiteral("reports%1.sqlite").arg(++m_files)), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("u-mod"), QStringLiteral("mo"));
        m_store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .community(QStringLiteral("c2"), QStringLiteral("Runners"))
                .user(QStringLiteral("u-reporter"), QStringLiteral("rita"), QString())
                .user(QStringLiteral("u-mod"), QStringLiteral("mo"), QString())
                .user(QStringLiteral("u-author"), QStringLiteral("ada"), QString())
                .membership(QStringLiteral("c1"), QStringLiteral("u-mod"),
                            QStringLiteral("moderator"))
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000, QStringLiteral("Kiln tips"),
                      QStringLiteral("Buy my kiln at scam.example"))
                .comment(QStringLiteral("k1"), QStringLiteral("p1"), QStringLiteral("c1"),
                         QStringLiteral("You are all idiots"))
                .post(QStringLiteral("p2"), QStringLiteral("c2"), 1000, QStringLiteral("Track"))
                .report(QStringLiteral("r-post"), QStringLiteral("c1"), QStringLiteral("post"),
                        QStringLiteral("p1"), QStringLiteral("p1"), QStringLiteral("spam link"),
                        2000)
                .report(QStringLiteral("r-comment"), QStringLiteral("c1"),
                        QStringLiteral("comment"), QStringLiteral("k1"), QStringLiteral("p1"),
                        QStringLiteral("insults"), 1500)
                .report(QStringLiteral("r-old"), QStringLiteral("c1"), QStringLiteral("post"),
                        QStringLiteral("p-gone"), QStringLiteral("p-gone"),
                        QStringLiteral("duplicate"), 500, QStringLiteral("dismissed"),
                        QStringLiteral("u-mod"), QStringLiteral("not a duplicate"), 900)
                .report(QStringLiteral("r-other"), QStringLiteral("c2"), QStringLiteral("post"),
                        QStringLiteral("p2"), QStringLiteral("p2"), QStringLiteral("off topic"))
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void listsOpenReportsWithTheirContent() {
        ReportsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(model.status(), QStringLiteral("open"));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("r-comment"), QStringLiteral("r-post")}));
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.openCount(), 2);
        // The comment, in context: its author and text, the post it is on, who reported it.
        QCOMPARE(at(model, 0, ReportsModel::TargetTypeRole).toString(), QStringLiteral("comment"));
        QCOMPARE(at(model, 0, ReportsModel::ContentTextRole).toString(),
                 QStringLiteral("You are all idiots"));
        QCOMPARE(at(model, 0, ReportsModel::AuthorNameRole).toString(), QStringLiteral("Bo"));
        QCOMPARE(at(model, 0, ReportsModel::PostTitleRole).toString(), QStringLiteral("Kiln tips"));
        QCOMPARE(at(model, 0, ReportsModel::PostIdRole).toString(), QStringLiteral("p1"));
        QCOMPARE(at(model, 0, ReportsModel::ReporterNameRole).toString(), QStringLiteral("rita"));
        QCOMPARE(at(model, 0, ReportsModel::ReasonRole).toString(), QStringLiteral("insults"));
        QCOMPARE(at(model, 0, ReportsModel::ReportStatusRole).toString(), QStringLiteral("open"));
        QCOMPARE(at(model, 0, ReportsModel::CreatedAtRole).toDateTime().toMSecsSinceEpoch(), 1500);
        QVERIFY(!at(model, 0, ReportsModel::ResolvedAtRole).toDateTime().isValid());
        QVERIFY(at(model, 0, ReportsModel::ContentAvailableRole).toBool());
        QVERIFY(at(model, 0, ReportsModel::PostAvailableRole).toBool());
        QVERIFY(!at(model, 0, ReportsModel::DecisionPendingRole).toBool());
        // The post: its author's current name and its body.
        QCOMPARE(at(model, 1, ReportsModel::AuthorNameRole).toString(), QStringLiteral("ada"));
        QCOMPARE(at(model, 1, ReportsModel::AuthorIdRole).toString(), QStringLiteral("u-author"));
        QCOMPARE(at(model, 1, ReportsModel::ContentTextRole).toString(),
                 QStringLiteral("Buy my kiln at scam.example"));

        // The resolved ones: the decision, who made it, the note; content no longer cached.
        QSignalSpy openCount(&model, &ReportsModel::openCountChanged);
        model.setStatus(QStringLiteral("resolved"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("r-old")});
        QCOMPARE(model.openCount(), 2);
        QCOMPARE(openCount.size(), 0);
        QCOMPARE(at(model, 0, ReportsModel::ReportStatusRole).toString(),
                 QStringLiteral("dismissed"));
        QCOMPARE(at(model, 0, ReportsModel::ResolvedByNameRole).toString(), QStringLiteral("mo"));
        QCOMPARE(at(model, 0, ReportsModel::NoteRole).toString(),
                 QStringLiteral("not a duplicate"));
        QCOMPARE(at(model, 0, ReportsModel::ResolvedAtRole).toDateTime().toMSecsSinceEpoch(), 900);
        QVERIFY(!at(model, 0, ReportsModel::ContentAvailableRole).toBool());
        QVERIFY(!at(model, 0, ReportsModel::PostAvailableRole).toBool()); // no thread to open

        // Another community's reports are its own.
        model.setCommunityId(QStringLiteral("c2"));
        model.setStatus(QStringLiteral("open"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("r-other")});
        QCOMPARE(model.openCount(), 1);
    }

    // Remove and dismiss queue report.resolve with the action and the note; the row shows the
    // resolution pending, then refused with the server's reason, without a reset.
    void resolveQueuesReportResolve() {
        ReportsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Nothing is queued for an unknown action or another community's report.
        QCOMPARE(model.resolve(QStringLiteral("r-post"), QStringLiteral("delete")), QString());
        QCOMPARE(model.resolve(QStringLiteral("r-other"), QStringLiteral("dismiss")), QString());
        QCOMPARE(m_store->unsentCount(), 0);

        const QString removal = model.resolve(QStringLiteral("r-comment"), QStringLiteral("remove"),
                                              QStringLiteral("  second warning "));
        QVERIFY(!removal.isEmpty());
        m_store->waitForWrites();
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).name, QStringLiteral("report.resolve"));
        QCOMPARE(pending.at(0).args.value(QStringLiteral("id")).toString(),
                 QStringLiteral("r-comment"));
        QCOMPARE(pending.at(0).args.value(QStringLiteral("action")).toString(),
                 QStringLiteral("remove"));
        QCOMPARE(pending.at(0).args.value(QStringLiteral("note")).toString(),
                 QStringLiteral("second warning"));
        QTRY_VERIFY(at(model, 0, ReportsModel::DecisionPendingRole).toBool());
        QCOMPARE(at(model, 0, ReportsModel::DecisionIdRole).toString(), removal);
        QCOMPARE(at(model, 0, ReportsModel::DecisionActionRole).toString(),
                 QStringLiteral("remove"));
        QCOMPARE(at(model, 0, ReportsModel::DecisionNoteRole).toString(),
                 QStringLiteral("second warning"));
        // Still open: hearthd decides.
        QCOMPARE(at(model, 0, ReportsModel::ReportStatusRole).toString(), QStringLiteral("open"));

        const QString dismissal =
            model.resolve(QStringLiteral("r-post"), QStringLiteral("dismiss"));
        QVERIFY(!dismissal.isEmpty());
        m_store->waitForWrites();
        QCOMPARE(lastArgs().value(QStringLiteral("action")).toString(), QStringLiteral("dismiss"));
        QCOMPARE(lastArgs().value(QStringLiteral("id")).toString(), QStringLiteral("r-post"));

        protocol::MutationResult refused;
        refused.id = dismissal;
        refused.status = QString::fromLatin1(protocol::MutationStatus::Rejected);
        refused.errorCode = QStringLiteral("conflict");
        refused.errorMessage = QStringLiteral("the report is not open");
        protocol::MutationResponse response;
        response.results.append(refused);
        m_store->settleMutations(QJsonDocument(response.toJson()).toJson());
        m_store->waitForWrites();
        QTRY_VERIFY(at(model, 1, ReportsModel::DecisionFailedRole).toBool());
        QVERIFY(!at(model, 1, ReportsModel::DecisionPendingRole).toBool());
        QCOMPARE(at(model, 1, ReportsModel::DecisionErrorRole).toString(),
                 QStringLiteral("the report is not open"));
        m_store->discardMutation(dismissal);
        m_store->waitForWrites();
        QTRY_COMPARE(at(model, 1, ReportsModel::DecisionIdRole).toString(), QString());
        QCOMPARE(reset.size(), 0);
    }

    // hearthd's answer arrives by sync: the report resolved (it leaves the open queue) and the
    // comment deleted; the resolved queue shows it with its content gone. Rows move, no reset.
    void aResolutionFromSyncMovesTheReport() {
        ReportsModel open;
        QAbstractItemModelTester tester(&open,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        open.setStore(m_store.get());
        open.setCommunityId(QStringLiteral("c1"));
        ReportsModel resolved;
        resolved.setStore(m_store.get());
        resolved.setCommunityId(QStringLiteral("c1"));
        resolved.setStatus(QStringLiteral("resolved"));
        QSignalSpy reset(&open, &QAbstractItemModel::modelReset);
        QSignalSpy openCount(&open, &ReportsModel::openCountChanged);

        m_store->applySyncPage(
            PageBuilder()
                .report(QStringLiteral("r-comment"), QStringLiteral("c1"),
                        QStringLiteral("comment"), QStringLiteral("k1"), QStringLiteral("p1"),
                        QStringLiteral("insults"), 1500, QStringLiteral("removed"),
                        QStringLiteral("u-mod"), QStringLiteral("second warning"), 3000)
                .remove(QStringLiteral("comment"), QStringLiteral("k1"), QStringLiteral("c1"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QTRY_COMPARE(ids(open), QStringList{QStringLiteral("r-post")});
        QCOMPARE(open.openCount(), 1);
        QCOMPARE(openCount.size(), 1);
        QCOMPARE(ids(resolved),
                 (QStringList{QStringLiteral("r-comment"), QStringLiteral("r-old")}));
        QCOMPARE(at(resolved, 0, ReportsModel::ReportStatusRole).toString(),
                 QStringLiteral("removed"));
        QVERIFY(!at(resolved, 0, ReportsModel::ContentAvailableRole).toBool());
        QCOMPARE(at(resolved, 0, ReportsModel::PostTitleRole).toString(),
                 QStringLiteral("Kiln tips"));

        // The post deleted by its author: the open report says its content is gone, in place.
        QSignalSpy changed(&open, &QAbstractItemModel::dataChanged);
        m_store->applySyncPage(
            PageBuilder()
                .remove(QStringLiteral("post"), QStringLiteral("p1"), QStringLiteral("c1"))
                .build(QStringLiteral("cur-3")));
        m_store->waitForWrites();
        QTRY_VERIFY(!at(open, 0, ReportsModel::ContentAvailableRole).toBool());
        QVERIFY(changed.size() >= 1);
        QCOMPARE(reset.size(), 0);

        // Stepping down: the reports go.
        m_store->applySyncPage(
            PageBuilder()
                .remove(QStringLiteral("report"), QStringLiteral("r-post"), QStringLiteral("c1"))
                .build(QStringLiteral("cur-4")));
        m_store->waitForWrites();
        QTRY_COMPARE(open.count(), 0);
        QCOMPARE(open.openCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReportsModel)
#include "tst_reportsmodel.moc"
