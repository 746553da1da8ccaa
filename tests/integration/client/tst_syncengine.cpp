// The sync engine against a real hearthd on a free loopback port: a client ends with the
// server's state, other members' writes reach it, and writes made while the server is down are
// sent, in order and exactly once, when it is back. Comments edited or deleted on the server
// (by their author, or by a moderator) are shown edited, or dropped, by a thread on the cache.

#include "apicall.h"
#include "dataview.h"
#include "hearthdmetrics.h"
#include "hearthdprocess.h"
#include "trywait.h"

#include "cache/cachestore.h"
#include "models/threadmodel.h"
#include "net/apiclient.h"
#include "net/syncengine.h"
#include "protocol/commentargs.h"
#include "protocol/entities.h"
#include "protocol/syncpage.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hearth::cache::CacheStore;
using hearth::models::ThreadModel;
using hearth::net::ApiClient;
using hearth::net::ApiResult;
using hearth::net::SyncEngine;
using hearth::testing::call;
using hearth::testing::DataView;
using hearth::testing::HearthdProcess;
using hearth::testing::registerUser;
using hearth::testing::requestsAnswered;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One member's app: their cache and sync engine.
struct Client {
    std::unique_ptr<CacheStore> store;
    std::unique_ptr<SyncEngine> engine;
    hearth::protocol::AuthResponse auth;

    bool idle() const {
        return engine->status() == SyncEngine::Online && store->unsentCount() == 0;
    }
};

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Writes as another member's client would, straight to the API.
    static bool sendMutation(const QUrl &server, const QString &token, const QString &name,
                             const QJsonObject &args) {
        hearth::protocol::MutationBatch batch;
        batch.clientId = newId();
        batch.mutations.append({newId(), name, args});
        const ApiResult r =
            call([&](ApiClient &api, QObject *ctx, auto cb) { api.sendMutations(batch, ctx, cb); },
                 server, token);
        return r.ok() && r.body.contains("\"applied\"");
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
        client->auth = auth;
        client->store->setLocalUser(auth.userId, auth.displayName);
        client->engine = std::make_unique<SyncEngine>();
        client->engine->setStore(client->store.get());
        client->engine->setServerUrl(server);
        client->engine->setToken(auth.token);
        client->engine->setPollInterval(300);
        client->engine->setBackoff(100, 800);
        return client;
    }

    static QJsonObject communityArgs(const QString &id, const QString &name) {
        return {
            {QStringLiteral("id"), id},
            {QStringLiteral("slug"), name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'))},
            {QStringLiteral("name"), name},
            {QStringLiteral("tagline"), QStringLiteral("A tagline")},
            {QStringLiteral("description"), QStringLiteral("About us")},
            {QStringLiteral("visibility"), QStringLiteral("public")}};
    }

    static QJsonObject postArgs(const QString &id, const QString &communityId,
                                const QString &title) {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("communityId"), communityId},
                {QStringLiteral("kind"), QStringLiteral("discussion")},
                {QStringLiteral("title"), title},
                {QStringLiteral("body"), QString(QStringLiteral("Body of ") + title)},
                {QStringLiteral("topic"), QString()}};
    }

    // `owner`'s new public community with `member`'s client in it: started, polling only every
    // ten minutes (so polling cannot explain what arrives), joined, idle and listening live.
    std::unique_ptr<Client> liveMember(const QUrl &server,
                                       const hearth::protocol::AuthResponse &member,
                                       const hearth::protocol::AuthResponse &owner,
                                       const QString &name, QString *community) {
        *community = newId();
        if (!sendMutation(server, owner.token, QStringLiteral("community.create"),
                          communityArgs(*community, name)))
            return nullptr;
        auto client = newClient(server, member);
        if (!client)
            return nullptr;
        client->engine->setPollInterval(10 * 60 * 1000);
        client->engine->start();
        client->store->enqueueMutation(QStringLiteral("membership.join"),
                                       {{QStringLiteral("communityId"), *community}});
        Client *c = client.get();
        if (!QTest::qWaitFor([c] { return c->idle() && c->engine->liveUpdates(); }, 15000))
            return nullptr;
        return client;
    }

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(m_dir.isValid());
    }

    void endsWithTheServersState() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-state")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        QVERIFY(!ada.token.isEmpty() && !bo.token.isEmpty());

        // Bo's community and posts exist before Ada's client first syncs.
        const QString runners = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("community.create"),
                             communityArgs(runners, QStringLiteral("Trail Runners"))));
        for (int i = 0; i < 3; ++i)
            QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("post.create"),
                                 postArgs(newId(), runners, QStringLiteral("Long run %1").arg(i))));

        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        client->engine->setPageLimit(2); // several pages per pull
        QSignalSpy synced(client->engine.get(), &SyncEngine::synced);
        client->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(synced.size() >= 1, 15000);
        // The first cycle may be followed by another (the stream's greeting poke): wait for the
        // engine to settle rather than read the status the instant the first one ended.
        HEARTH_TRY_VERIFY(client->engine->status() == SyncEngine::Online, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(client->engine->lastError().isEmpty(), 15000);
        QVERIFY(DataView::fromCache(*client->store).communities.contains(runners));

        // Ada joins Bo's community and starts her own, through her outbox.
        const QString makers = newId();
        client->store->enqueueMutation(QStringLiteral("membership.join"),
                                       {{QStringLiteral("communityId"), runners}});
        client->store->enqueueMutation(QStringLiteral("community.create"),
                                       communityArgs(makers, QStringLiteral("Makers")));
        QStringList mine;
        for (int i = 0; i < 4; ++i) {
            mine.append(newId());
            client->store->enqueueMutation(
                QStringLiteral("post.create"),
                postArgs(mine.last(), i % 2 ? makers : runners, QStringLiteral("Ada %1").arg(i)));
        }
        HEARTH_TRY_VERIFY(client->idle() && client->store->failedCount() == 0,
                          60000); // a ceiling: a loaded CI machine is slow
        QCOMPARE(client->engine->unsentCount(), 0);

        // Bo writes again; Ada's client picks it up by itself.
        const QString late = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("post.create"),
                             postArgs(late, runners, QStringLiteral("Late news"))));
        QTRY_VERIFY_WITH_TIMEOUT(DataView::fromCache(*client->store).posts.contains(late), 15000);
        HEARTH_TRY_VERIFY(client->idle(), 15000);

        const DataView onServer = DataView::fromServer(server.url(), ada.token, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const DataView inCache = DataView::fromCache(*client->store);
        QCOMPARE(inCache.communities, onServer.communities);
        QCOMPARE(inCache.memberships, onServer.memberships);
        QCOMPARE(inCache.posts, onServer.posts);
        QCOMPARE(onServer.posts.size(), 3 + 4 + 1);
        for (const QString &id : mine)
            QVERIFY(onServer.posts.contains(id));
    }

    void writesMadeWhileTheServerIsDownAreSentOnceWhenItIsBack() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-offline")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        QVERIFY(!ada.token.isEmpty());
        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        client->engine->start();
        const QString makers = newId();
        client->store->enqueueMutation(QStringLiteral("community.create"),
                                       communityArgs(makers, QStringLiteral("Makers")));
        HEARTH_TRY_VERIFY(client->idle(), 15000);

        server.stop();
        QStringList offline;
        for (int i = 0; i < 3; ++i) {
            offline.append(newId());
            client->store->enqueueMutation(
                QStringLiteral("post.create"),
                postArgs(offline.last(), makers, QStringLiteral("Offline %1").arg(i)));
        }
        HEARTH_TRY_VERIFY(client->engine->status() == SyncEngine::Offline, 10000);
        QVERIFY(!client->engine->lastError().isEmpty());
        // The writes reach the outbox on the cache's writer thread: on a loaded machine the lost
        // server can be noticed first.
        QTRY_COMPARE_WITH_TIMEOUT(client->engine->unsentCount(), 3, 10000);
        // Shown at once, before the server has them.
        QCOMPARE(DataView::fromCache(*client->store).posts.value(offline.at(0)),
                 QStringLiteral("Offline 0"));

        QVERIFY2(server.restart(&error), qPrintable(error));
        HEARTH_TRY_VERIFY(client->idle(), 20000);
        QCOMPARE(client->engine->unsentCount(), 0);
        QVERIFY(client->engine->lastError().isEmpty());

        const DataView onServer = DataView::fromServer(server.url(), ada.token, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Each exactly once, in the order written.
        QCOMPARE(onServer.posts.size(), 3);
        QCOMPARE(onServer.postOrder, offline);
        QCOMPARE(DataView::fromCache(*client->store).posts, onServer.posts);
    }

    // A post whose text hearthd refuses (a NUL character) fails on its own with the server's
    // reason; the writes queued behind it still go out, once, in order.
    void aPostRefusedForItsTextDoesNotHoldBackTheNextOnes() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-nul")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        QVERIFY(!ada.token.isEmpty());
        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        const QString makers = newId();
        client->store->enqueueMutation(QStringLiteral("community.create"),
                                       communityArgs(makers, QStringLiteral("Makers")));
        const QString refused = newId();
        QJsonObject withNul = postArgs(refused, makers, QStringLiteral("Pasted"));
        withNul.insert(QStringLiteral("body"), QString(QStringLiteral("copied from a terminal ") +
                                                       QChar(0) + QStringLiteral(" and more")));
        client->store->enqueueMutation(QStringLiteral("post.create"), withNul);
        const QString after = newId();
        client->store->enqueueMutation(QStringLiteral("post.create"),
                                       postArgs(after, makers, QStringLiteral("Behind it")));
        client->engine->start();

        QTRY_VERIFY_WITH_TIMEOUT(
            client->store->unsentCount() == 0 && client->store->failedCount() == 1, 15000);
        const auto failed = client->store->failedMutations();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().targetId, refused);
        QCOMPARE(failed.constFirst().errorCode, QStringLiteral("invalid_request"));
        QVERIFY2(failed.constFirst().errorMessage.contains(QLatin1StringView("NUL")),
                 qPrintable(failed.constFirst().errorMessage));
        const DataView onServer = DataView::fromServer(server.url(), ada.token, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(onServer.postOrder, QStringList{after});
    }

    void leavingACommunityPurgesItFromCacheAndSearch() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-leave")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        const QString runners = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("community.create"),
                             communityArgs(runners, QStringLiteral("Trail Runners"))));
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("post.create"),
                             postArgs(newId(), runners, QStringLiteral("Switchback technique"))));

        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        client->engine->start();
        client->store->enqueueMutation(QStringLiteral("membership.join"),
                                       {{QStringLiteral("communityId"), runners}});
        HEARTH_TRY_VERIFY(client->idle() &&
                              client->store->search(QStringLiteral("switchback")).size() == 1,
                          15000);

        client->store->enqueueMutation(QStringLiteral("membership.leave"),
                                       {{QStringLiteral("communityId"), runners}});
        HEARTH_TRY_VERIFY(client->idle(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(client->store->search(QStringLiteral("switchback")).size(), 0,
                                  15000);
        const DataView inCache = DataView::fromCache(*client->store);
        for (auto it = inCache.memberships.cbegin(); it != inCache.memberships.cend(); ++it)
            QVERIFY(!it.key().startsWith(runners + QLatin1Char(':')) ||
                    !it.key().endsWith(ada.userId));
        QVERIFY(inCache.posts.isEmpty());
        QCOMPARE(client->store->failedCount(), 0);
    }

    void twoClientsConvergeAfterInterleavedWrites() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-converge")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        auto a = newClient(server.url(), ada);
        auto b = newClient(server.url(), bo);
        QVERIFY(a && b);
        a->engine->start();
        b->engine->start();
        const QString shared = newId();
        a->store->enqueueMutation(QStringLiteral("community.create"),
                                  communityArgs(shared, QStringLiteral("Shared Shed")));
        HEARTH_TRY_VERIFY(a->idle(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(DataView::fromCache(*b->store).communities.contains(shared),
                                 15000);
        b->store->enqueueMutation(QStringLiteral("membership.join"),
                                  {{QStringLiteral("communityId"), shared}});
        HEARTH_TRY_VERIFY(b->idle(), 15000);

        // Random interleaving of posts and comments (on posts either side has seen) from both.
        QStringList posts;
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 40; ++i) {
            Client &c = rng->bounded(2) ? *a : *b;
            const QStringList known = DataView::fromCache(*c.store).posts.keys();
            if (!known.isEmpty() && rng->bounded(3) == 0) {
                c.store->enqueueMutation(
                    QStringLiteral("comment.create"),
                    {{QStringLiteral("id"), newId()},
                     {QStringLiteral("postId"), known.at(rng->bounded(int(known.size())))},
                     {QStringLiteral("body"), QStringLiteral("comment %1").arg(i)}});
            } else {
                posts.append(newId());
                c.store->enqueueMutation(
                    QStringLiteral("post.create"),
                    postArgs(posts.last(), shared, QStringLiteral("post %1").arg(i)));
            }
            QTest::qWait(int(rng->bounded(0, 30)));
        }
        HEARTH_TRY_VERIFY(a->idle() && b->idle(), 20000);
        const DataView onServer = DataView::fromServer(server.url(), ada.token, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(DataView::fromCache(*a->store).posts == onServer.posts &&
                                     DataView::fromCache(*b->store).posts == onServer.posts &&
                                     DataView::fromCache(*a->store).comments == onServer.comments &&
                                     DataView::fromCache(*b->store).comments == onServer.comments,
                                 20000);
        QCOMPARE(onServer.posts.size(), posts.size());
        QCOMPARE(a->store->failedCount() + b->store->failedCount(), 0);
    }

    // The cache's sync applier as it is: an edit of a comment (the member's own, sent through
    // their outbox, and another member's) replaces its text in the thread and in search, and a
    // delete (the author's, or a moderator's removal) takes it out of both.
    void editedCommentsAreShownAndDeletedOnesDropped() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-comments")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        const QString shed = newId();
        const QString post = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("community.create"),
                             communityArgs(shed, QStringLiteral("Glaze Shed"))));
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("post.create"),
                             postArgs(post, shed, QStringLiteral("Cones"))));
        QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("membership.join"),
                             {{QStringLiteral("communityId"), shed}}));
        const QString bos = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("comment.create"),
                             {{QStringLiteral("id"), bos},
                              {QStringLiteral("postId"), post},
                              {QStringLiteral("body"), QStringLiteral("Cone six, mostly")}}));

        auto a = newClient(server.url(), ada);
        QVERIFY(a);
        ThreadModel thread;
        QAbstractItemModelTester tester(&thread);
        thread.setStore(a->store.get());
        thread.setPostId(post);
        a->engine->start();
        const auto bodies = [&] {
            QMap<QString, QString> out;
            for (int i = 0; i < thread.rowCount(); ++i)
                out.insert(thread.data(thread.index(i), ThreadModel::CommentIdRole).toString(),
                           thread.data(thread.index(i), ThreadModel::BodyRole).toString());
            return out;
        };
        const auto searchHits = [&](const QString &word) {
            QSqlQuery q(a->store->readConnection());
            q.prepare(
                QStringLiteral("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH ?"));
            q.addBindValue(word);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(bodies().value(bos), QStringLiteral("Cone six, mostly"), 15000);
        const QString adas = thread.createComment(QStringLiteral("Cone five here"));
        QTRY_VERIFY_WITH_TIMEOUT(bodies().contains(adas), 15000);
        HEARTH_TRY_VERIFY(a->idle(), 15000);

        // Ada edits her comment from the thread (her outbox); bo edits his through his client.
        QVERIFY(!thread.editComment(adas, QStringLiteral("Cone seven, oxidation")).isEmpty());
        QVERIFY(sendMutation(
            server.url(), bo.token, QStringLiteral("comment.edit"),
            hearth::protocol::CommentEditArgs{bos, 1, QStringLiteral("Cone six, reduction")}
                .toJson()));
        QTRY_COMPARE_WITH_TIMEOUT(bodies().value(adas), QStringLiteral("Cone seven, oxidation"),
                                  15000);
        QTRY_COMPARE_WITH_TIMEOUT(bodies().value(bos), QStringLiteral("Cone six, reduction"),
                                  15000);
        HEARTH_TRY_VERIFY(a->idle(), 15000);
        QCOMPARE(a->store->failedCount(), 0);
        QCOMPARE(searchHits(QStringLiteral("five")), 0);
        QCOMPARE(searchHits(QStringLiteral("mostly")), 0);
        QCOMPARE(searchHits(QStringLiteral("oxidation")), 1);
        const auto edited = [&](const QString &id) {
            for (int i = 0; i < thread.rowCount(); ++i) {
                if (thread.data(thread.index(i), ThreadModel::CommentIdRole).toString() == id)
                    return thread.data(thread.index(i), ThreadModel::EditedRole).toBool();
            }
            return false;
        };
        QVERIFY(edited(adas));
        QVERIFY(edited(bos));

        // Ada takes back a second comment of hers: gone here and on the server.
        const QString second = thread.createComment(QStringLiteral("Or cone four?"));
        QTRY_VERIFY_WITH_TIMEOUT(bodies().contains(second), 15000);
        HEARTH_TRY_VERIFY(a->idle(), 15000);
        QVERIFY(!thread.deleteComment(second).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!bodies().contains(second), 5000);
        HEARTH_TRY_VERIFY(a->idle(), 15000);
        QCOMPARE(a->store->failedCount(), 0);
        QVERIFY(!bodies().contains(second));
        {
            const DataView now = DataView::fromServer(server.url(), ada.token, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!now.comments.contains(second));
            QVERIFY(now.comments.contains(adas));
        }

        // Bo, the owner, removes Ada's comment; then deletes his own.
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("comment.delete"),
                             {{QStringLiteral("id"), adas}}));
        QTRY_VERIFY_WITH_TIMEOUT(!bodies().contains(adas), 15000);
        QCOMPARE(bodies().keys(), QStringList{bos});
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("comment.delete"),
                             {{QStringLiteral("id"), bos}}));
        QTRY_COMPARE_WITH_TIMEOUT(thread.rowCount(), 0, 15000);
        QCOMPARE(searchHits(QStringLiteral("cone")), 0);
        const DataView onServer = DataView::fromServer(server.url(), ada.token, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(onServer.comments.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(DataView::fromCache(*a->store).posts == onServer.posts, 15000);
    }

    void anRsvpReachesTheServerAndAnotherClientSeesTheCount() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-rsvp")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        auto a = newClient(server.url(), ada);
        auto b = newClient(server.url(), bo);
        QVERIFY(a && b);
        a->engine->start();
        b->engine->start();
        const QString shared = newId();
        const QString event = newId();
        const qint64 startsAt = QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * 1000;
        a->store->enqueueMutation(QStringLiteral("community.create"),
                                  communityArgs(shared, QStringLiteral("Raku Club")));
        a->store->enqueueMutation(QStringLiteral("event.create"),
                                  {{QStringLiteral("id"), event},
                                   {QStringLiteral("communityId"), shared},
                                   {QStringLiteral("title"), QStringLiteral("Raku night")},
                                   {QStringLiteral("startsAt"), double(startsAt)},
                                   {QStringLiteral("endsAt"), double(startsAt + 3600000)},
                                   {QStringLiteral("place"), QStringLiteral("The yard")},
                                   {QStringLiteral("capacity"), 8}});
        HEARTH_TRY_VERIFY(a->idle(), 15000);
        QCOMPARE(a->store->failedCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(DataView::fromCache(*b->store).communities.contains(shared),
                                 15000);
        b->store->enqueueMutation(QStringLiteral("membership.join"),
                                  {{QStringLiteral("communityId"), shared}});
        auto scalar = [](CacheStore &store, const QString &sql, const QVariantList &args) {
            QSqlQuery q(store.readConnection());
            q.prepare(sql);
            for (const QVariant &arg : args)
                q.addBindValue(arg);
            return q.exec() && q.next() ? q.value(0) : QVariant();
        };
        const QString goingCount = QStringLiteral("SELECT going_count FROM events WHERE id = ?");
        QTRY_VERIFY_WITH_TIMEOUT(scalar(*b->store, goingCount, {event}).isValid(), 15000);
        QCOMPARE(scalar(*b->store, goingCount, {event}).toInt(), 0);

        b->store->enqueueMutation(QStringLiteral("rsvp.set"),
                                  {{QStringLiteral("eventId"), event},
                                   {QStringLiteral("status"), QStringLiteral("going")}});
        HEARTH_TRY_VERIFY(b->idle(), 15000);
        QCOMPARE(b->store->failedCount(), 0);
        // The other client sees the new count and Bo's answer.
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*a->store, goingCount, {event}).toInt(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(*a->store,
                   QStringLiteral("SELECT status FROM rsvps WHERE event_id = ? AND user_id = ?"),
                   {event, bo.userId})
                .toString(),
            QStringLiteral("going"), 15000);
    }

    void pokesBringChangesWithoutPollingAndSurviveARestart() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-stream")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        QString shared;
        auto client = liveMember(server.url(), ada, bo, QStringLiteral("Pokes"), &shared);
        QVERIFY(client);

        const QString first = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("post.create"),
                             postArgs(first, shared, QStringLiteral("Poked"))));
        QTRY_VERIFY_WITH_TIMEOUT(DataView::fromCache(*client->store).posts.contains(first), 10000);

        // The server goes away and comes back: the stream reconnects by itself (with backoff)
        // and catches up on what happened meanwhile.
        server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!client->engine->liveUpdates(), 10000);
        QVERIFY2(server.restart(&error), qPrintable(error));
        const QString whileAway = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("post.create"),
                             postArgs(whileAway, shared, QStringLiteral("While you were away"))));
        QTRY_VERIFY_WITH_TIMEOUT(client->engine->liveUpdates(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(DataView::fromCache(*client->store).posts.contains(whileAway),
                                 10000);
        const QString after = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("post.create"),
                             postArgs(after, shared, QStringLiteral("After the restart"))));
        QTRY_VERIFY_WITH_TIMEOUT(DataView::fromCache(*client->store).posts.contains(after), 10000);
    }

    void aPokeForWhatWasJustPulledStartsNoCycle() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-pokecursor")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        QString shared;
        // Only pokes and writes start cycles.
        auto client = liveMember(server.url(), ada, bo, QStringLiteral("Counted"), &shared);
        QVERIFY(client);
        // Let the greeting poke and the join's pokes be answered before counting.
        HEARTH_TRY_VERIFY(client->idle(), 15000);
        const int before = requestsAnswered(server.url(), QStringLiteral("/v1/sync"));
        QVERIFY(before > 0);

        // Ada posts: one cycle sends it and pulls once. hearthd pokes her stream for her own
        // change meanwhile; that poke announces the head the cycle pulled to, so no second
        // cycle follows.
        const QString mine = newId();
        QSignalSpy synced(client->engine.get(), &SyncEngine::synced);
        client->store->enqueueMutation(QStringLiteral("post.create"),
                                       postArgs(mine, shared, QStringLiteral("My own")));
        HEARTH_TRY_VERIFY(client->idle() && synced.size() >= 1 &&
                              DataView::fromCache(*client->store).posts.contains(mine),
                          15000);
        // Bo's post comes after it, by a poke: when it has arrived, any cycle Ada's own poke
        // could have caused is over.
        const QString theirs = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("post.create"),
                             postArgs(theirs, shared, QStringLiteral("Theirs"))));
        HEARTH_TRY_VERIFY(
            DataView::fromCache(*client->store).posts.contains(theirs) && client->idle(), 15000);
        QCOMPARE(requestsAnswered(server.url(), QStringLiteral("/v1/sync")) - before, 2);
        QCOMPARE(synced.size(), 2);
    }

    void theStatusSaysOfflineAsSoonAsTheServerIsGone() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-gone")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        // Polling cannot explain it: the next poll would be ten minutes away.
        client->engine->setPollInterval(10 * 60 * 1000);
        client->engine->setBackoff(2000, 4000);
        client->engine->start();
        HEARTH_TRY_VERIFY(client->idle() && client->engine->liveUpdates(), 15000);
        QVERIFY(client->engine->lastError().isEmpty());

        // Stopped: the stream is cut and the engine asks the server at once, which refuses the
        // connection.
        server.stop();
        HEARTH_TRY_VERIFY(client->engine->status() == SyncEngine::Offline, 3000);
        QVERIFY(!client->engine->online());
        QVERIFY(!client->engine->lastError().isEmpty());
        QVERIFY(!client->engine->liveUpdates());

        // Back: Online again by itself (the stream's backoff or the engine's retry).
        QVERIFY2(server.restart(&error), qPrintable(error));
        HEARTH_TRY_VERIFY(client->idle() && client->engine->liveUpdates(), 15000);

        // Killed outright (no goodbye on the stream): the same.
        server.kill();
        HEARTH_TRY_VERIFY(client->engine->status() == SyncEngine::Offline, 3000);
    }

    void aRetriedWriteIsSentUnderANewIdAndArrivesOnce() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-retry")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        const QString guild = newId();
        QJsonObject community = communityArgs(guild, QStringLiteral("Quiet Guild"));
        community.insert(QStringLiteral("visibility"), QStringLiteral("request"));
        QVERIFY(
            sendMutation(server.url(), bo.token, QStringLiteral("community.create"), community));

        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        client->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(DataView::fromCache(*client->store).communities.contains(guild),
                                 15000);
        // Ada asks to join and posts while her request is pending: hearthd refuses the post.
        client->store->enqueueMutation(QStringLiteral("membership.join"),
                                       {{QStringLiteral("communityId"), guild}});
        const QString post = newId();
        client->store->enqueueMutation(QStringLiteral("post.create"),
                                       postArgs(post, guild, QStringLiteral("Hello, guild")));
        QTRY_COMPARE_WITH_TIMEOUT(client->store->failedCount(), 1, 15000);
        const auto refused = client->store->failedMutations().constFirst();
        QCOMPARE(refused.name, QStringLiteral("post.create"));
        QCOMPARE(refused.errorCode, QStringLiteral("forbidden"));

        // Bo approves her; Ada retries. The same post goes out under a new mutation id (the
        // refused id would only get its stored answer replayed) and arrives once.
        QVERIFY(sendMutation(
            server.url(), bo.token, QStringLiteral("membership.approve"),
            {{QStringLiteral("communityId"), guild}, {QStringLiteral("userId"), ada.userId}}));
        QTRY_VERIFY_WITH_TIMEOUT(DataView::fromCache(*client->store)
                                     .memberships.contains(guild + QLatin1Char(':') + ada.userId),
                                 15000);
        client->store->retryMutation(refused.id);
        HEARTH_TRY_VERIFY(client->idle() && client->store->failedCount() == 0, 15000);
        const DataView onServer = DataView::fromServer(server.url(), bo.token, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(onServer.posts.value(post), QStringLiteral("Hello, guild"));
        QCOMPARE(onServer.postOrder.count(post), 1);
        QTRY_COMPARE_WITH_TIMEOUT(DataView::fromCache(*client->store).posts.value(post),
                                  QStringLiteral("Hello, guild"), 15000);
    }

    void aRefusedTokenStopsSyncAndSaysSo() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-token")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto ada = registerUser(server.url(), QStringLiteral("ada"));
        ada.token = QStringLiteral("not-a-token-the-server-issued");
        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        QSignalSpy unauthorized(client->engine.get(), &SyncEngine::unauthorized);
        client->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(unauthorized.size(), 1, 10000);
        QCOMPARE(client->engine->status(), SyncEngine::Offline);
        QVERIFY(!client->engine->lastError().isEmpty());
        // Stopped: no retries hammer the server.
        QTest::qWait(1500);
        QCOMPARE(unauthorized.size(), 1);
    }

    void aCursorTheServerCannotServeRebuildsTheCache() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-resync")));
        HearthdProcess other(m_dir.filePath(QStringLiteral("server-other")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(other.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto stranger = registerUser(other.url(), QStringLiteral("stranger"));
        const QString makers = newId();
        QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("community.create"),
                             communityArgs(makers, QStringLiteral("Makers"))));

        // The cache holds content and a cursor from another server's log (as after the server's
        // database was rebuilt): the server answers "resync".
        const ApiResult foreign = call([&](ApiClient &api, QObject *ctx,
                                           auto cb) { api.fetchSyncPage(QString(), 10, ctx, cb); },
                                       other.url(), stranger.token);
        QVERIFY(foreign.ok());
        const QString foreignCursor = QJsonDocument::fromJson(foreign.body)
                                          .object()
                                          .value(QStringLiteral("cursor"))
                                          .toString();
        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        hearth::protocol::SyncPage stale;
        stale.cursor = foreignCursor;
        hearth::protocol::Post ghost;
        ghost.id = newId();
        ghost.communityId = makers;
        ghost.title = QStringLiteral("Ghost");
        ghost.body = QStringLiteral("not on this server");
        stale.changes.append({1, QStringLiteral("post"), QStringLiteral("upsert"), ghost.id, makers,
                              ghost.toJson()});
        client->store->applySyncPage(stale.toJson());
        client->store->waitForWrites();
        QCOMPARE(client->store->cursor(), foreignCursor);

        QSignalSpy reset(client->store.get(), &CacheStore::resetDone);
        client->engine->start();
        HEARTH_TRY_VERIFY(client->idle(), 15000);
        QCOMPARE(reset.size(), 1);
        const DataView onServer = DataView::fromServer(server.url(), ada.token, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const DataView inCache = DataView::fromCache(*client->store);
        QVERIFY(!inCache.posts.contains(ghost.id));
        QCOMPARE(inCache.communities, onServer.communities);
        QCOMPARE(inCache.posts, onServer.posts);
        QVERIFY(client->store->cursor() != foreignCursor);
    }

    void aRestoredServerIsNoticedAndTheCacheRebuilt() {
        const QString dataDir = m_dir.filePath(QStringLiteral("server-restored"));
        HearthdProcess server(dataDir);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const QString makers = newId();
        QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("community.create"),
                             communityArgs(makers, QStringLiteral("Makers"))));
        const QString kept = newId();
        QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("post.create"),
                             postArgs(kept, makers, QStringLiteral("In the backup"))));

        // The operator's backup, taken while hearthd serves.
        const QString backup = m_dir.filePath(QStringLiteral("restored-backup.db"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            db.setDatabaseName(dataDir + QStringLiteral("/hearthd.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("VACUUM INTO ?")));
            q.addBindValue(backup);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));

        // After the backup: a new post and the deletion of the old one, synced by the client.
        const QString lost = newId();
        QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("post.create"),
                             postArgs(lost, makers, QStringLiteral("Lost with the restore"))));
        QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("post.delete"),
                             {{QStringLiteral("id"), kept}}));
        auto client = newClient(server.url(), ada);
        QVERIFY(client);
        client->engine->start();
        HEARTH_TRY_VERIFY(client->idle() &&
                              DataView::fromCache(*client->store).posts.contains(lost) &&
                              !DataView::fromCache(*client->store).posts.contains(kept),
                          15000);
        client->engine->stop();

        server.stop();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dataDir + QStringLiteral("/hearthd.db") + suffix);
        QVERIFY(QFile::copy(backup, dataDir + QStringLiteral("/hearthd.db")));
        QVERIFY2(server.restart(&error), qPrintable(error));
        // The restored server lives on: its log grows well past the client's cursor (two rows
        // were written after the backup) before the client comes back.
        QStringList later;
        for (int i = 0; i < 10; ++i) {
            later.append(newId());
            QVERIFY(sendMutation(
                server.url(), ada.token, QStringLiteral("post.create"),
                postArgs(later.last(), makers, QStringLiteral("After the restore %1").arg(i))));
        }

        QSignalSpy reset(client->store.get(), &CacheStore::resetDone);
        client->engine->start();
        HEARTH_TRY_VERIFY(reset.size() == 1 && client->idle(), 15000);
        const DataView onServer = DataView::fromServer(server.url(), ada.token, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const DataView inCache = DataView::fromCache(*client->store);
        QVERIFY(inCache.posts.contains(kept)); // back with the backup
        QVERIFY(!inCache.posts.contains(lost));
        for (const QString &id : std::as_const(later))
            QVERIFY(inCache.posts.contains(id));
        QCOMPARE(inCache.posts, onServer.posts);
        QCOMPARE(inCache.communities, onServer.communities);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
