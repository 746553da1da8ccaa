// FeedModel over a real cache, under QAbstractItemModelTester: keyset paging, rows updated in
// place (never a reset) when sync pages and local writes commit, and posting through the outbox.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/feedmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

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
        QCOMPARE(value(model, 119, FeedModel::PostIdRole).toString(), postId(1));
        // Every cached row is shown, but the server may hold older posts: the cache has not
        // been told the history is complete.
        QVERIFY(!model.historyComplete());
        QVERIFY(model.canFetchMore({}));
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

    void reactionsAreCountedAndToggledInPlace() {
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        const QString post = postId(120);
        QCOMPARE(value(model, 0, FeedModel::ReactionsRole).toList(), QVariantList());
        QCOMPARE(model.roleNames().value(FeedModel::ReactionsRole), QByteArray("reactions"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_store->applySyncPage(
            PageBuilder()
                .reaction(post, QStringLiteral("c1"), QStringLiteral("u2"), QStringLiteral("🔥"), 10)
                .reaction(post, QStringLiteral("c1"), QStringLiteral("u3"), QStringLiteral("🔥"), 20)
                .reaction(post, QStringLiteral("c1"), QStringLiteral("me"), QStringLiteral("👍"), 30)
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(FeedModel::ReactionsRole));
        auto reactions = [&] { return value(model, 0, FeedModel::ReactionsRole).toList(); };
        auto entry = [](const QString &emoji, int count, bool mine) {
            return QVariant(QVariantMap{{QStringLiteral("emoji"), emoji},
                                        {QStringLiteral("count"), count},
                                        {QStringLiteral("mine"), mine}});
        };
        QCOMPARE(reactions(), QVariantList({entry(QStringLiteral("🔥"), 2, false),
                                            entry(QStringLiteral("👍"), 1, true)}));

        // Toggling adds mine to 🔥 and takes back my 👍, at once and in place.
        QVERIFY(!model.toggleReaction(post, QStringLiteral("🔥")).isEmpty());
        m_store->waitForWrites();
        QCOMPARE(reactions(), QVariantList({entry(QStringLiteral("🔥"), 3, true),
                                            entry(QStringLiteral("👍"), 1, true)}));
        QVERIFY(!model.toggleReaction(post, QStringLiteral("👍")).isEmpty());
        m_store->waitForWrites();
        QCOMPARE(reactions(), QVariantList({entry(QStringLiteral("🔥"), 3, true)}));
        const auto outbox = m_store->pendingMutations(10);
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox.at(0).name, QStringLiteral("reaction.set"));
        QCOMPARE(outbox.at(1).name, QStringLiteral("reaction.clear"));
        // A reaction is not the post's own write: the post does not show as pending.
        QCOMPARE(value(model, 0, FeedModel::PendingRole).toBool(), false);

        // The server's version replaces the optimistic one (same id): nothing visible changes.
        m_store->applySyncPage(
            PageBuilder()
                .reaction(post, QStringLiteral("c1"), QStringLiteral("me"), QStringLiteral("🔥"), 40)
                .remove(QStringLiteral("reaction"), post + QStringLiteral(":me:👍"),
                        QStringLiteral("c1"))
                .build(QStringLiteral("cur-3")));
        m_store->waitForWrites();
        QCOMPARE(reactions(), QVariantList({entry(QStringLiteral("🔥"), 3, true)}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.toggleReaction(QStringLiteral("no-such-post"), QStringLiteral("🔥")),
                 QString());
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

        // Retry: pending again in the same row, and it will go out under a new mutation id
        // (what hearthd then does with it: tst_syncengine, against the real server).
        m_store->retryMutation(pending.at(0).id);
        m_store->waitForWrites();
        QCOMPARE(value(model, 0, FeedModel::PendingRole).toBool(), true);
        QCOMPARE(value(model, 0, FeedModel::FailedRole).toBool(), false);
        const auto retried = m_store->pendingMutations(10);
        QCOMPARE(retried.size(), 1);
        QCOMPARE(retried.at(0).id, pending.at(0).id);
        QVERIFY(retried.at(0).sendId != pending.at(0).sendId);
        QCOMPARE(retried.at(0).seq, pending.at(0).seq);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_store->unsentCount(), 1);
    }

    void switchingCommunityShowsItsPosts() {
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        m_store->applyHistoryPage(QStringLiteral("c2"),
                                  PageBuilder().buildHistory(QString(), true));
        m_store->waitForWrites();
        model.setCommunityId(QStringLiteral("c2"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(value(model, 0, FeedModel::TitleRole).toString(), QStringLiteral("Elsewhere"));
        QVERIFY(model.historyComplete());
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

    void scrollingPastTheCacheAsksForOlderHistoryUntilComplete() {
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy requested(m_store.get(), &CacheStore::olderHistoryRequested);
        QSignalSpy applied(m_store.get(), &CacheStore::historyPageApplied);
        model.setPageSize(50);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        while (model.rowCount() < 120 && model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(requested.size(), 0); // rows were still in the cache

        // The oldest cached post is where the server's history continues.
        QCOMPARE(m_store->historyBefore(QStringLiteral("c1")), postId(1));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("c1"));
        // One request at a time: asked, not answered yet.
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(requested.size(), 1);

        // The page arrives (as the sync engine hands it over): older rows are appended in
        // place, the sync cursor does not move, and the next page starts where this one ended.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        m_store->applyHistoryPage(
            QStringLiteral("c1"),
            PageBuilder()
                .post(QStringLiteral("old2"), QStringLiteral("c1"), 500, QStringLiteral("Older"))
                .post(QStringLiteral("old1"), QStringLiteral("c1"), 400, QStringLiteral("Oldest"))
                .comment(QStringLiteral("oc1"), QStringLiteral("old1"), QStringLiteral("c1"),
                         QStringLiteral("first reply"))
                .buildHistory(QStringLiteral("pos-1"), false));
        m_store->waitForWrites();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.at(0).at(1).toBool(), false);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 120);
        QCOMPARE(inserted.at(0).at(2).toInt(), 121);
        QCOMPARE(model.rowCount(), 122);
        QCOMPARE(value(model, 121, FeedModel::PostIdRole).toString(), QStringLiteral("old1"));
        QCOMPARE(m_store->cursor(), QStringLiteral("cur-1"));
        QCOMPARE(m_store->historyBefore(QStringLiteral("c1")), QStringLiteral("pos-1"));
        QVERIFY(!m_store->historyState(QStringLiteral("c1")).complete);
        QVERIFY(!model.historyComplete());

        // Not complete yet: the next scroll asks again.
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(requested.size(), 2);

        // The last page says complete: nothing more is ever asked for this community.
        QSignalSpy completeChanged(&model, &FeedModel::historyCompleteChanged);
        m_store->applyHistoryPage(QStringLiteral("c1"),
                                  PageBuilder().buildHistory(QStringLiteral("pos-2"), true));
        m_store->waitForWrites();
        QCOMPARE(completeChanged.size(), 1);
        QVERIFY(model.historyComplete());
        QVERIFY(m_store->historyState(QStringLiteral("c1")).complete);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        m_store->requestOlderHistory(QStringLiteral("c1"));
        QCOMPARE(requested.size(), 2);
        QCOMPARE(model.rowCount(), 122);

        // A fresh model over the same cache knows it too.
        FeedModel again;
        again.setStore(m_store.get());
        again.setCommunityId(QStringLiteral("c1"));
        QVERIFY(again.historyComplete());
    }

    void aHistoryPageThatDoesNotParseChangesNothing() {
        QSignalSpy failed(m_store.get(), &CacheStore::historyError);
        m_store->applyHistoryPage(QStringLiteral("c1"), QByteArray("{\"changes\": 5}"));
        m_store->waitForWrites();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("c1"));
        QVERIFY(!m_store->historyState(QStringLiteral("c1")).complete);
        QCOMPARE(m_store->historyBefore(QStringLiteral("c1")), postId(1));
    }

    void sortsByActivityAndMovesPostsWithNewComments() {
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy sortChanged(&model, &FeedModel::sortOrderChanged);
        model.setPageSize(50);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(model.sortOrder(), FeedModel::Newest);
        model.setSortOrder(FeedModel::Activity);
        QCOMPARE(sortChanged.size(), 1);
        // No comments yet: activity is the posting time.
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(value(model, 0, FeedModel::PostIdRole).toString(), postId(120));
        QCOMPARE(value(model, 0, FeedModel::ActivityAtRole).toDateTime().toMSecsSinceEpoch(),
                 120000);

        // A reply to an old post that is not even loaded brings it to the top, in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        m_store->applySyncPage(PageBuilder()
                                   .comment(QStringLiteral("k1"), postId(10), QStringLiteral("c1"),
                                            QStringLiteral("still relevant"), QString(), 900000)
                                   .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(value(model, 0, FeedModel::PostIdRole).toString(), postId(10));
        QCOMPARE(value(model, 0, FeedModel::ActivityAtRole).toDateTime().toMSecsSinceEpoch(),
                 900000);
        QCOMPARE(value(model, 0, FeedModel::CreatedAtRole).toDateTime().toMSecsSinceEpoch(), 10000);

        // A comment written here (optimistic) moves a loaded post up: a move, not a reset.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        m_store->enqueueMutation(QStringLiteral("comment.create"),
                                 {{QStringLiteral("id"), QStringLiteral("k2")},
                                  {QStringLiteral("postId"), postId(100)},
                                  {QStringLiteral("body"), QStringLiteral("me too")}});
        m_store->waitForWrites();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(value(model, 0, FeedModel::PostIdRole).toString(), postId(100));
        QCOMPARE(value(model, 1, FeedModel::PostIdRole).toString(), postId(10));
        QVERIFY(moved.size() + removed.size() >= 1);
        QCOMPARE(model.indexOf(postId(100)), 0);

        // Keyset paging follows activity to the end with no duplicate and no gap.
        while (model.rowCount() < 120 && model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 120);
        QSet<QString> seen;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            seen.insert(value(model, row, FeedModel::PostIdRole).toString());
            const qint64 activity =
                value(model, row, FeedModel::ActivityAtRole).toDateTime().toMSecsSinceEpoch();
            QVERIFY(activity <= previous);
            previous = activity;
        }
        QCOMPARE(seen.size(), 120);

        // Newest again: posting time only; the old post with the fresh reply goes back down.
        model.setSortOrder(FeedModel::Newest);
        QCOMPARE(sortChanged.size(), 2);
        QCOMPARE(value(model, 0, FeedModel::PostIdRole).toString(), postId(120));
        QCOMPARE(model.indexOf(postId(10)), -1);
    }

    void activitySortKeepsPinnedFirst() {
        m_store->applySyncPage(
            PageBuilder()
                .pinnedPost(QStringLiteral("pin"), QStringLiteral("c1"), 5, QStringLiteral("Rules"))
                .comment(QStringLiteral("k3"), postId(3), QStringLiteral("c1"),
                         QStringLiteral("bump"), QString(), 800000)
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSortOrder(FeedModel::Activity);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(value(model, 0, FeedModel::PostIdRole).toString(), QStringLiteral("pin"));
        QCOMPARE(value(model, 1, FeedModel::PostIdRole).toString(), postId(3));
        QCOMPARE(value(model, 2, FeedModel::PostIdRole).toString(), postId(120));
        model.setPinnedFirst(false);
        QCOMPARE(value(model, 0, FeedModel::PostIdRole).toString(), postId(3));
        QCOMPARE(model.indexOf(QStringLiteral("pin")), -1); // oldest activity: not loaded yet
    }
};

QTEST_GUILESS_MAIN(TestFeedModel)
#include "tst_feedmodel.moc"
