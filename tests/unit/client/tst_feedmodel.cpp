// FeedModel over a real cache, under QAbstractItemModelTester: keyset paging, rows updated in
// place (never a reset) when sync pages and local writes commit, and posting through the outbox.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/feedmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::FeedModel;
using hearth::testing::PageBuilder;

class TestFeedModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;

    static QString postId(int i) { return QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0')); }

    static QVariant value(const FeedModel &model, int row, int role) {
        return model.data(model.index(row), role);
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("feed%1.sqlite").arg(++m_files)),
                                   &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Me Myself"));
        PageBuilder page;
        page.community(QStringLiteral("c1"), QStringLiteral("Makers"))
            .community(QStringLiteral("c2"), QStringLiteral("Runners"));
        for (int i = 1; i <= 120; ++i)
            page.post(postId(i), QStringLiteral("c1"), 1000 * i, QStringLiteral("Post %1").arg(i));
        page.post(QStringLiteral("other"), QStringLiteral("c2"), 500000,
                  QStringLiteral("Elsewhere"));
        m_store->applySyncPage(page.build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void pagesNewestFirstWithKeysetFetchMore() {
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 0); // no community yet
        model.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(value(model, 0, FeedModel::PostIdRole).toString(), postId(120));
        QCOMPARE(value(model, 0, FeedModel::TitleRole).toString(), QStringLiteral("Post 120"));
        QCOMPARE(value(model, 0, FeedModel::AuthorNameRole).toString(), QStringLiteral("Ada"));
        QCOMPARE(value(model, 0, FeedModel::CreatedAtRole).toDateTime().toMSecsSinceEpoch(),
                 120000);
        QCOMPARE(value(model, 0, FeedModel::PendingRole).toBool(), false);
        QCOMPARE(value(model, 49, FeedModel::PostIdRole).toString(), postId(71));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(value(model, 50, FeedModel::PostIdRole).toString(), postId(70));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(value(model, 119, FeedModel::PostIdRole).toString(), postId(1));
        QCOMPARE(model.roleNames().value(FeedModel::PendingRole), QByteArray("pending"));
    }

    void aNewPageUpdatesRowsInPlace() {
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(model.rowCount(), 50);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_store->applySyncPage(
            PageBuilder()
                .post(QStringLiteral("p9999"), QStringLiteral("c1"), 999999,
                      QStringLiteral("Brand new"))
                .post(postId(110), QStringLiteral("c1"), 110000, QStringLiteral("Edited title"))
                .remove(QStringLiteral("post"), postId(100), QStringLiteral("c1"))
                // Older than the loaded window: it waits for fetchMore.
                .post(QStringLiteral("p0000"), QStringLiteral("c1"), 1, QStringLiteral("Ancient"))
                // Another community: nothing here.
                .post(QStringLiteral("other2"), QStringLiteral("c2"), 999999,
                      QStringLiteral("Not here"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();

        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(changed.size(), 1);
        const int editedRow = model.indexOf(postId(110));
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), editedRow);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(FeedModel::TitleRole));
        QCOMPARE(value(model, editedRow, FeedModel::TitleRole).toString(),
                 QStringLiteral("Edited title"));
        QCOMPARE(model.rowCount(), 50); // +1 new, -1 deleted
        QCOMPARE(value(model, 0, FeedModel::PostIdRole).toString(), QStringLiteral("p9999"));
        QCOMPARE(model.indexOf(postId(100)), -1);
        QCOMPARE(model.indexOf(QStringLiteral("p0000")), -1);

        // A page for another community only leaves this model alone.
        m_store->applySyncPage(
            PageBuilder()
                .post(QStringLiteral("other3"), QStringLiteral("c2"), 5, QStringLiteral("x"))
                .build(QStringLiteral("cur-3")));
        m_store->waitForWrites();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);

        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 121); // 120 + new + ancient - deleted
        QCOMPARE(value(model, 120, FeedModel::PostIdRole).toString(), QStringLiteral("p0000"));
    }

    void aPostAppearsAtOncePendingThenSettles() {
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        const QString id =
            model.createPost(QStringLiteral("question"), QStringLiteral("Kiln advice?"),
                             QStringLiteral("Which cone?"));
        QVERIFY(!id.isEmpty());
        m_store->waitForWrites();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(value(model, 0, FeedModel::PostIdRole).toString(), id);
        QCOMPARE(value(model, 0, FeedModel::KindRole).toString(), QStringLiteral("question"));
        QCOMPARE(value(model, 0, FeedModel::PendingRole).toBool(), true);
        QCOMPARE(value(model, 0, FeedModel::AuthorNameRole).toString(),
                 QStringLiteral("Me Myself"));
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).args.value(QStringLiteral("id")).toString(), id);

        // The server refuses it: the row says so, in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QJsonObject rejected{
            {QStringLiteral("id"), pending.at(0).id},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                         {QStringLiteral("message"), QStringLiteral("Join first")}}}};
        m_store->settleMutations(
            QJsonDocument(QJsonObject{{QStringLiteral("results"), QJsonArray{rejected}}}).toJson());
        m_store->waitForWrites();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(value(model, 0, FeedModel::PendingRole).toBool(), false);
        QCOMPARE(value(model, 0, FeedModel::FailedRole).toBool(), true);
        QCOMPARE(value(model, 0, FeedModel::ErrorStringRole).toString(),
                 QStringLiteral("Join first"));
        QCOMPARE(value(model, 0, FeedModel::MutationIdRole).toString(), pending.at(0).id);

        // Retry, then the server applies it and sync brings the server's copy: same row.
        m_store->retryMutation(pending.at(0).id);
        m_store->waitForWrites();
        QCOMPARE(value(model, 0, FeedModel::PendingRole).toBool(), true);
        QCOMPARE(value(model, 0, FeedModel::FailedRole).toBool(), false);
        const QJsonObject applied{
            {QStringLiteral("id"), pending.at(0).id},
            {QStringLiteral("status"), QStringLiteral("applied")},
            {QStringLiteral("result"), QJsonObject{{QStringLiteral("id"), id}}}};
        m_store->settleMutations(
            QJsonDocument(QJsonObject{{QStringLiteral("results"), QJsonArray{applied}}}).toJson());
        m_store->waitForWrites();
        QCOMPARE(value(model, 0, FeedModel::PendingRole).toBool(), false);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_store->unsentCount(), 0);
    }

    void switchingCommunityShowsItsPosts() {
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c2"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(value(model, 0, FeedModel::TitleRole).toString(), QStringLiteral("Elsewhere"));
        QVERIFY(!model.canFetchMore({}));
        model.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(model.rowCount(), 50);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.createPost(QStringLiteral("discussion"), QStringLiteral("t"),
                                  QStringLiteral("b")),
                 QString());
    }

    void pinnedFirstFilteredAndDeletesHiddenUntilConfirmed() {
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // A pin moves the row to the top in place.
        model.pinPost(postId(115), true);
        m_store->waitForWrites();
        QCOMPARE(moved.size(), 1);
        QCOMPARE(value(model, 0, FeedModel::PostIdRole).toString(), postId(115));
        QCOMPARE(value(model, 0, FeedModel::PinnedRole).toBool(), true);
        QCOMPARE(value(model, 1, FeedModel::PostIdRole).toString(), postId(120));

        // A pinned post older than the loaded window comes in at the top too.
        m_store->applySyncPage(
            PageBuilder()
                .pinnedPost(postId(3), QStringLiteral("c1"), 3000, QStringLiteral("Rules"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(model.indexOf(postId(3)), 1); // pinned: newest pinned first
        QCOMPARE(inserted.size(), 1);

        // Paging continues after the pinned ones without duplicates.
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 120);
        QSet<QString> seen;
        for (int i = 0; i < model.rowCount(); ++i)
            seen.insert(value(model, i, FeedModel::PostIdRole).toString());
        QCOMPARE(seen.size(), 120);

        // A delete hides the post at once; discarding it brings the post back.
        const QString del = model.deletePost(postId(119));
        m_store->waitForWrites();
        QCOMPARE(model.indexOf(postId(119)), -1);
        QCOMPARE(removed.size(), 1);
        m_store->discardMutation(del);
        m_store->waitForWrites();
        QVERIFY(model.indexOf(postId(119)) >= 0);
        QCOMPARE(reset.size(), 0);

        // Filters.
        model.setKind(QStringLiteral("question"));
        QCOMPARE(model.rowCount(), 0);
        model.createPost(QStringLiteral("question"), QStringLiteral("Which clay?"),
                         QStringLiteral("?"));
        m_store->waitForWrites();
        QCOMPARE(model.rowCount(), 1);
        model.setKind(QString());
        model.setPinnedFirst(false);
        QCOMPARE(value(model, 1, FeedModel::PostIdRole).toString(), postId(120));
    }
};

QTEST_GUILESS_MAIN(TestFeedModel)
#include "tst_feedmodel.moc"
