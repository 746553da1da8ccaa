// Older history against a real hearthd: joining brings only the server's recent window (50
// posts); a feed scrolled past it pages older posts in on demand until the server says the
// history is `complete`, after which nothing more is asked; a community marked "keep offline"
// is paged in whole by the sync engine alone. Requests are counted from hearthd's /metrics.

#include "apicall.h"
#include "dataview.h"
#include "hearthdmetrics.h"
#include "hearthdprocess.h"
#include "trywait.h"

#include "cache/cachestore.h"
#include "models/communitylistmodel.h"
#include "models/feedmodel.h"
#include "net/apiclient.h"
#include "net/syncengine.h"
#include "protocol/historypage.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hearth::cache::CacheStore;
using hearth::models::CommunityListModel;
using hearth::models::FeedModel;
using hearth::net::ApiClient;
using hearth::net::ApiResult;
using hearth::net::SyncEngine;
using hearth::testing::call;
using hearth::testing::DataView;
using hearth::testing::HearthdProcess;
using hearth::testing::registerUser;
using hearth::testing::requestsAnswered;

namespace {

constexpr int JoinWindow = 50; // hearthd's recent window on joining (docs/api.md)
constexpr int Posts = 130;     // more than the window, and not a multiple of a page

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Client {
    std::unique_ptr<CacheStore> store;
    std::unique_ptr<SyncEngine> engine;

    bool idle() const {
        return engine->status() == SyncEngine::Online && store->unsentCount() == 0;
    }
    int cachedPosts(const QString &communityId) const {
        QSqlQuery q(store->readConnection());
        q.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE community_id = ?"));
        q.addBindValue(communityId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
};

} // namespace

class TestHistory : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Sends mutations as another member's client would, straight to the API, at most 100 per
    // request (the server's limit). True when every one was applied.
    static bool sendMutations(const QUrl &server, const QString &token,
                              const QList<hearth::protocol::Mutation> &mutations) {
        for (qsizetype from = 0; from < mutations.size(); from += 100) {
            hearth::protocol::MutationBatch batch;
            batch.clientId = newId();
            batch.mutations = mutations.mid(from, 100);
            const ApiResult r = call(
                [&](ApiClient &api, QObject *ctx, auto cb) { api.sendMutations(batch, ctx, cb); },
                server, token);
            if (!r.ok() || r.body.count("\"applied\"") != batch.mutations.size())
                return false;
        }
        return true;
    }

    // Bo's public community with `Posts` posts, the oldest with a comment. Returns its id.
    static QString communityWithLongHistory(const QUrl &server, const QString &token,
                                            QString *oldestPost, QStringList *posts = nullptr) {
        const QString id = newId();
        QList<hearth::protocol::Mutation> mutations;
        mutations.append({newId(),
                          QStringLiteral("community.create"),
                          {{QStringLiteral("id"), id},
                           {QStringLiteral("slug"), QStringLiteral("long-history")},
                           {QStringLiteral("name"), QStringLiteral("Long History")},
                           {QStringLiteral("tagline"), QStringLiteral("Since forever")},
                           {QStringLiteral("description"), QStringLiteral("About us")},
                           {QStringLiteral("visibility"), QStringLiteral("public")}}});
        for (int i = 0; i < Posts; ++i) {
            const QString post = newId();
            if (i == 0)
                *oldestPost = post;
            if (posts)
                posts->append(post);
            mutations.append({newId(),
                              QStringLiteral("post.create"),
                              {{QStringLiteral("id"), post},
                               {QStringLiteral("communityId"), id},
                               {QStringLiteral("title"), QStringLiteral("Post %1").arg(i)},
                               {QStringLiteral("body"), QStringLiteral("Body %1").arg(i)}}});
            if (i == 0)
                mutations.append(
                    {newId(),
                     QStringLiteral("comment.create"),
                     {{QStringLiteral("id"), newId()},
                      {QStringLiteral("postId"), post},
                      {QStringLiteral("body"), QStringLiteral("The very first reply")}}});
        }
        return sendMutations(server, token, mutations) ? id : QString();
    }

    // Every test's start: hearthd running, Ada and Bo registered, Bo's community with its long
    // history (communityWithLongHistory). Returns the community's id, "" with *error set.
    struct Cast {
        hearth::protocol::AuthResponse ada;
        hearth::protocol::AuthResponse bo;
        QString oldest;    // the community's first post
        QStringList posts; // every post, oldest first
    };
    static QString longHistoryOn(HearthdProcess &server, Cast *cast, QString *error) {
        if (!server.start(error))
            return {};
        cast->ada = registerUser(server.url(), QStringLiteral("ada"));
        cast->bo = registerUser(server.url(), QStringLiteral("bo"));
        if (cast->ada.token.isEmpty() || cast->bo.token.isEmpty()) {
            *error = QStringLiteral("Ada or Bo could not register");
            return {};
        }
        const QString community =
            communityWithLongHistory(server.url(), cast->bo.token, &cast->oldest, &cast->posts);
        if (community.isEmpty())
            *error = QStringLiteral("Bo's community could not be made");
        return community;
    }

    // History requests hearthd has answered, from its Prometheus counters.
    static int historyRequests(const QUrl &server) {
        return requestsAnswered(server, QStringLiteral("/v1/communities/:id/history"));
    }

    std::unique_ptr<Client> newClient(const QUrl &server,
                                      const hearth::protocol::AuthResponse &auth) {
        auto client = std::make_unique<Client>();
        QString error;
        client->store =
            CacheStore::open(m_dir.filePath(newId() + QStringLiteral(".sqlite")), &error);
        if (!client->store) {
            qWarning() << error;
            return nullptr;
        }
        client->store->setLocalUser(auth.userId, auth.displayName);
        client->engine = std::make_unique<SyncEngine>();
        client->engine->setStore(client->store.get());
        client->engine->setServerUrl(server);
        client->engine->setToken(auth.token);
        client->engine->setPollInterval(300);
        client->engine->setBackoff(100, 800);
        return client;
    }

    // `member`'s client in `community`, holding the join window.
    std::unique_ptr<Client> joined(const QUrl &server, const hearth::protocol::AuthResponse &member,
                                   const QString &community) {
        auto client = newClient(server, member);
        if (!client)
            return nullptr;
        client->engine->start();
        client->store->enqueueMutation(QStringLiteral("membership.join"),
                                       {{QStringLiteral("communityId"), community}});
        Client *c = client.get();
        if (!QTest::qWaitFor([&] { return c->idle() && c->cachedPosts(community) == JoinWindow; },
                             15000))
            return nullptr;
        return client;
    }

    // The rest of a community's history asked for now, as the pager asks (its watermark read
    // first), to be handed to the cache later.
    struct HeldPage {
        hearth::cache::HistoryWatermark watermark;
        ApiResult page;
    };
    // A community's posts as hearthd serves them now (id -> title), paged from the newest to the
    // first: since hearthd decides access when a page is read, a late joiner's pull from no
    // cursor holds only the join window, and the rest is reached only through history.
    static QMap<QString, QString> postsOnServer(const QUrl &server, const QString &token,
                                                const QString &community, QString *error) {
        QMap<QString, QString> posts;
        QString before;
        for (int pages = 0; pages < 100; ++pages) {
            const ApiResult r =
                call([&](ApiClient &api, QObject *ctx,
                         auto cb) { api.fetchHistoryPage(community, before, 200, ctx, cb); },
                     server, token);
            if (!r.ok()) {
                *error = QStringLiteral("history failed: %1").arg(r.describe());
                return posts;
            }
            const auto page = hearth::protocol::HistoryPage::fromJson(r.body, error);
            if (!page)
                return posts;
            for (const auto &change : page->changes)
                if (change.type == QLatin1StringView(hearth::protocol::ChangeType::Post))
                    posts.insert(change.id, change.data.value(QStringLiteral("title")).toString());
            if (page->complete)
                return posts;
            before = page->before;
        }
        *error = QStringLiteral("history did not end");
        return posts;
    }

    static HeldPage askForHistory(Client &client, const QUrl &server, const QString &token,
                                  const QString &community) {
        HeldPage held{client.store->historyWatermark(), {}};
        held.page = call(
            [&](ApiClient &api, QObject *ctx, auto cb) {
                api.fetchHistoryPage(community, client.store->historyBefore(community), 200, ctx,
                                     cb);
            },
            server, token);
        return held;
    }

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(m_dir.isValid());
    }

    void scrollingAFeedPagesOlderHistoryInUntilComplete() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-scroll")));
        QString error;
        Cast cast;
        const QString community = longHistoryOn(server, &cast, &error);
        QVERIFY2(!community.isEmpty(), qPrintable(error));
        const auto &[ada, bo, oldest, posts] = cast;

        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        client->engine->start();
        client->store->enqueueMutation(QStringLiteral("membership.join"),
                                       {{QStringLiteral("communityId"), community}});
        HEARTH_TRY_VERIFY(client->idle() && client->cachedPosts(community) == JoinWindow, 15000);
        // The engine does not page history in by itself for an ordinary community.
        QTest::qWait(600);
        QCOMPARE(client->cachedPosts(community), JoinWindow);
        QCOMPARE(historyRequests(server.url()), 0);

        FeedModel feed;
        QAbstractItemModelTester tester(&feed,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        feed.setPageSize(JoinWindow);
        feed.setStore(client->store.get());
        feed.setCommunityId(community);
        QCOMPARE(feed.rowCount(), JoinWindow);
        QVERIFY(!feed.historyComplete());

        // Scroll like a view: fetchMore whenever the model says there may be more.
        QSignalSpy applied(client->store.get(), &CacheStore::historyPageApplied);
        const auto scrollToEnd = [&] {
            if (feed.canFetchMore({}))
                feed.fetchMore({});
            return feed.historyComplete() && !feed.canFetchMore({});
        };
        QTRY_VERIFY_WITH_TIMEOUT(scrollToEnd(), 20000);
        QCOMPARE(feed.rowCount(), Posts);
        QCOMPARE(client->cachedPosts(community), Posts);
        // Every post once (posts written in the same millisecond tie on time, so no position
        // is asserted for the very first one).
        QSet<QString> titles;
        for (int row = 0; row < feed.rowCount(); ++row)
            titles.insert(feed.data(feed.index(row), FeedModel::TitleRole).toString());
        QCOMPARE(titles.size(), Posts);
        QVERIFY(titles.contains(QStringLiteral("Post 0")));
        QVERIFY(feed.indexOf(oldest) >= 0);
        // Comments come with their posts.
        QVERIFY(DataView::fromCache(*client->store)
                    .comments.values()
                    .contains(QStringLiteral("The very first reply")));
        // 80 older posts in pages of 50: two requests, the last one `complete`.
        // historyPageApplied is delivered after the change the feed reacted to: wait for it.
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, 5000);
        QCOMPARE(applied.at(0).at(1).toBool(), false);
        QCOMPARE(applied.at(1).at(1).toBool(), true);
        QCOMPARE(historyRequests(server.url()), 2);
        QVERIFY(client->store->historyState(community).complete);

        // Complete: neither the feed, nor a direct request, nor the next sync asks again.
        feed.fetchMore({});
        client->store->requestOlderHistory(community);
        client->engine->fetchOlderHistory(community);
        client->engine->syncNow();
        QTest::qWait(800);
        QCOMPARE(historyRequests(server.url()), 2);
        QCOMPARE(applied.size(), 2);
        QCOMPARE(feed.rowCount(), Posts);
        QVERIFY(client->engine->lastError().isEmpty());
    }

    void keepOfflinePagesTheWholeHistoryIn() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-offline")));
        QString error;
        Cast cast;
        const QString community = longHistoryOn(server, &cast, &error);
        QVERIFY2(!community.isEmpty(), qPrintable(error));
        const auto &[ada, bo, oldest, posts] = cast;

        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        client->engine->setHistoryPageLimit(30); // several pages: 80 older posts
        client->engine->start();
        CommunityListModel communities;
        QAbstractItemModelTester tester(&communities,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        communities.setStore(client->store.get());
        communities.join(community);
        HEARTH_TRY_VERIFY(client->idle() && client->cachedPosts(community) == JoinWindow, 15000);
        const int row = communities.indexOf(community);
        QVERIFY(row >= 0);
        QCOMPARE(
            communities.data(communities.index(row), CommunityListModel::KeepOfflineRole).toBool(),
            false);

        // Marked "keep offline": no feed is open, yet the whole history arrives.
        communities.setKeepOffline(community, true);
        QTRY_VERIFY_WITH_TIMEOUT(client->store->historyState(community).complete, 20000);
        QCOMPARE(client->cachedPosts(community), Posts);
        // The store says so as soon as the page committed; the model follows when the change
        // reaches it.
        QTRY_COMPARE_WITH_TIMEOUT(
            communities.data(communities.index(row), CommunityListModel::KeepOfflineRole).toBool(),
            true, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            communities.data(communities.index(row), CommunityListModel::HistoryCompleteRole)
                .toBool(),
            true, 5000);
        QCOMPARE(historyRequests(server.url()), 3); // 30 + 30 + 20
        QCOMPARE(client->store->search(QStringLiteral("first reply")).size(), 1);

        // With the server gone, all of it stays readable.
        server.stop();
        FeedModel feed;
        feed.setStore(client->store.get());
        feed.setCommunityId(community);
        while (feed.canFetchMore({}))
            feed.fetchMore({});
        QCOMPARE(feed.rowCount(), Posts);
        QVERIFY(feed.historyComplete());

        // Back again: later cycles ask nothing more of a complete community.
        QVERIFY2(server.restart(&error), qPrintable(error));
        client->engine->syncNow();
        HEARTH_TRY_VERIFY(client->idle(), 15000);
        QTest::qWait(600);
        QCOMPARE(historyRequests(server.url()), 0); // counters start again with the process
    }

    void keepOfflineSetBeforeSyncStartsIsPagedInOnTheFirstCycle() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-early")));
        QString error;
        Cast cast;
        const QString community = longHistoryOn(server, &cast, &error);
        QVERIFY2(!community.isEmpty(), qPrintable(error));
        const auto &[ada, bo, oldest, posts] = cast;

        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        // Joined and marked while offline (the engine is not running yet).
        client->store->enqueueMutation(QStringLiteral("membership.join"),
                                       {{QStringLiteral("communityId"), community}});
        client->store->setKeepOffline(community, true);
        client->store->waitForWrites();
        client->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(client->store->historyState(community).complete, 20000);
        QCOMPARE(client->cachedPosts(community), Posts);
        HEARTH_TRY_VERIFY(client->idle(), 15000);
        QCOMPARE(client->store->failedCount(), 0);
    }

    // A history page answered before a delete and an edit, and handed to the cache after the
    // sync that brought them (as when the answer was slow): the deleted post stays deleted, the
    // edit stays, the rest of the page arrives.
    void aLateHistoryPageRollsNothingBack() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-late")));
        QString error;
        Cast cast;
        const QString community = longHistoryOn(server, &cast, &error);
        QVERIFY2(!community.isEmpty(), qPrintable(error));
        const auto &[ada, bo, oldest, posts] = cast;
        auto client = joined(server.url(), ada, community);
        QVERIFY(client);

        // The page is asked for now ...
        const auto [watermark, page] = askForHistory(*client, server.url(), ada.token, community);
        QVERIFY(page.ok());
        QVERIFY(page.body.contains(posts.at(10).toUtf8()));
        // ... then Bo deletes one of its posts and edits another, and Ada's client syncs both.
        QVERIFY(sendMutations(
            server.url(), bo.token,
            {{newId(), QStringLiteral("post.delete"), {{QStringLiteral("id"), posts.at(10)}}},
             {newId(),
              QStringLiteral("post.edit"),
              {{QStringLiteral("id"), posts.at(20)},
               {QStringLiteral("version"), 1},
               {QStringLiteral("title"), QStringLiteral("Post 20, edited")}}}}));
        QTRY_COMPARE_WITH_TIMEOUT(DataView::fromCache(*client->store).posts.value(posts.at(20)),
                                  QStringLiteral("Post 20, edited"), 15000);

        // The late page arrives.
        QSignalSpy applied(client->store.get(), &CacheStore::historyPageApplied);
        client->store->applyHistoryPage(community, page.body, watermark);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 5000);
        const DataView inCache = DataView::fromCache(*client->store);
        QVERIFY(!inCache.posts.contains(posts.at(10)));
        QCOMPARE(inCache.posts.value(posts.at(20)), QStringLiteral("Post 20, edited"));
        QCOMPARE(client->cachedPosts(community), Posts - 1);
        QVERIFY(inCache.posts.contains(oldest));
        QVERIFY(inCache.comments.values().contains(QStringLiteral("The very first reply")));
        QVERIFY(client->store->historyState(community).complete);
        // And the cache agrees with the server.
        const auto onServer = postsOnServer(server.url(), ada.token, community, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(onServer.size(), Posts - 1);
        QCOMPARE(inCache.posts, onServer);
    }

    // A page asked for before the member was removed, arriving after the purge: the community is
    // not filled again.
    void aLateHistoryPageDoesNotRefillACommunityNoLongerHeld() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-removed")));
        QString error;
        Cast cast;
        const QString community = longHistoryOn(server, &cast, &error);
        QVERIFY2(!community.isEmpty(), qPrintable(error));
        const auto &[ada, bo, oldest, posts] = cast;
        auto client = joined(server.url(), ada, community);
        QVERIFY(client);
        const auto [watermark, page] = askForHistory(*client, server.url(), ada.token, community);
        QVERIFY(page.ok());

        QVERIFY(sendMutations(server.url(), bo.token,
                              {{newId(),
                                QStringLiteral("membership.remove"),
                                {{QStringLiteral("communityId"), community},
                                 {QStringLiteral("userId"), ada.userId}}}}));
        QTRY_COMPARE_WITH_TIMEOUT(client->cachedPosts(community), 0, 15000);

        QSignalSpy applied(client->store.get(), &CacheStore::historyPageApplied);
        client->store->applyHistoryPage(community, page.body, watermark);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 5000);
        QCOMPARE(applied.at(0).at(1).toBool(), false);
        QCOMPARE(client->cachedPosts(community), 0);
        QVERIFY(DataView::fromCache(*client->store).comments.isEmpty());
        QVERIFY(!client->store->historyState(community).complete);
    }

    void olderHistoryAskedForWhileTheServerIsDownArrivesWhenItIsBack() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-down")));
        QString error;
        Cast cast;
        const QString community = longHistoryOn(server, &cast, &error);
        QVERIFY2(!community.isEmpty(), qPrintable(error));
        const auto &[ada, bo, oldest, posts] = cast;

        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        client->engine->setHistoryPageLimit(200); // the rest in one page
        client->engine->start();
        client->store->enqueueMutation(QStringLiteral("membership.join"),
                                       {{QStringLiteral("communityId"), community}});
        HEARTH_TRY_VERIFY(client->idle() && client->cachedPosts(community) == JoinWindow, 15000);

        server.stop();
        HEARTH_TRY_VERIFY(client->engine->status() == SyncEngine::Offline, 10000);
        FeedModel feed;
        QAbstractItemModelTester tester(&feed,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        feed.setStore(client->store.get());
        feed.setCommunityId(community);
        while (feed.canFetchMore({}))
            feed.fetchMore({}); // the cached rows, then one request for older history
        QCOMPARE(feed.rowCount(), JoinWindow);
        QTest::qWait(500);
        QCOMPARE(feed.rowCount(), JoinWindow);
        QVERIFY(!feed.canFetchMore({})); // asked once; waits for the answer

        // Nobody scrolls again: the engine asks once the server answers.
        QVERIFY2(server.restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(feed.historyComplete(), 20000);
        QCOMPARE(feed.rowCount(), Posts);
        QCOMPARE(historyRequests(server.url()), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
