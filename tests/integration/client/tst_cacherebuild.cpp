// The app's cache damaged between two runs, against a real hearthd: posts written offline,
// one of them already received by the server before the app went away without hearing back,
// then the cache file damaged on disk. At the next start the cache is rebuilt around the outbox,
// the sync engine sends it, and every post reaches the server exactly once: the one the server
// already had is answered from its receipt (the carried-over client id), not refused or doubled.

#include "apicall.h"
#include "cachefilefaults.h"
#include "dataview.h"
#include "hearthdprocess.h"
#include "httpclient.h"

#include "cache/cachestore.h"
#include "net/apiclient.h"
#include "net/syncengine.h"
#include "protocol/mutation.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hearth::cache::CacheOpenReport;
using hearth::cache::CacheStore;
using hearth::net::ApiClient;
using hearth::net::ApiResult;
using hearth::net::SyncEngine;
using hearth::testing::call;
using hearth::testing::DataView;
using hearth::testing::HearthdProcess;
using hearth::testing::HttpClient;
using hearth::testing::registerUser;
namespace Faults = hearth::testing::CacheFileFaults;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::unique_ptr<SyncEngine> engineFor(CacheStore &store, const QUrl &server, const QString &token) {
    auto engine = std::make_unique<SyncEngine>();
    engine->setStore(&store);
    engine->setServerUrl(server);
    engine->setToken(token);
    engine->setPollInterval(300);
    engine->setBackoff(100, 800);
    return engine;
}

QJsonObject postArgs(const QString &id, const QString &communityId, const QString &title) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("kind"), QStringLiteral("discussion")},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), QString(QStringLiteral("Body of ") + title)},
            {QStringLiteral("topic"), QString()}};
}

} // namespace

class TestCacheRebuild : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(m_dir.isValid());
    }

    void offlinePostsInADamagedCacheReachTheServerExactlyOnce() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        QVERIFY(!ada.token.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("ada.sqlite"));

        // First run: online, a community with enough posts that the cache spans many pages.
        const QString makers = newId();
        QStringList offline;
        {
            auto store = CacheStore::open(path, nullptr);
            QVERIFY(store);
            store->setLocalUser(ada.userId, ada.displayName);
            auto engine = engineFor(*store, server.url(), ada.token);
            engine->start();
            store->enqueueMutation(
                QString::fromLatin1(hearth::protocol::MutationName::CommunityCreate),
                {{QStringLiteral("id"), makers},
                 {QStringLiteral("slug"), QStringLiteral("makers")},
                 {QStringLiteral("name"), QStringLiteral("Makers")},
                 {QStringLiteral("visibility"), QStringLiteral("public")}});
            for (int i = 0; i < 120; ++i)
                store->enqueueMutation(
                    QString::fromLatin1(hearth::protocol::MutationName::PostCreate),
                    postArgs(newId(), makers,
                             QStringLiteral("Online post %1, long enough to fill pages").arg(i)));
            QTRY_VERIFY_WITH_TIMEOUT(
                engine->status() == SyncEngine::Online && store->unsentCount() == 0, 30000);

            // Offline: three posts wait in the outbox.
            engine->stop();
            for (int i = 0; i < 3; ++i) {
                offline.append(newId());
                store->enqueueMutation(
                    QString::fromLatin1(hearth::protocol::MutationName::PostCreate),
                    postArgs(offline.last(), makers, QStringLiteral("Offline %1").arg(i)));
            }
            store->waitForWrites();
            QCOMPARE(store->unsentCount(), 3);

            // The first of them reached the server, but the app went away before the answer
            // came back: the server has it, the outbox still does too.
            const auto first = store->pendingMutations(1);
            hearth::protocol::MutationBatch batch;
            batch.clientId = store->clientId();
            batch.mutations.append({first.first().id, first.first().name, first.first().args});
            const ApiResult sent = call(
                [&](ApiClient &api, QObject *ctx, auto cb) { api.sendMutations(batch, ctx, cb); },
                server.url(), ada.token);
            QVERIFY2(sent.ok() && sent.body.contains("\"applied\""), sent.body.constData());
        }

        // Between the runs, the disk damages pages of the cached posts.
        const QList<int> leaves = Faults::leafPagesOf(path, QStringLiteral("posts"));
        QVERIFY(leaves.size() > 4);
        QVERIFY(Faults::scribble(path, leaves.at(1)));
        QVERIFY(Faults::scribble(path, leaves.at(3)));

        // Second run.
        CacheOpenReport report;
        auto store = CacheStore::open(path, report);
        QVERIFY2(store, qPrintable(report.message()));
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Rebuilt);
        QCOMPARE(report.keptWrites, 3);
        QVERIFY(QFile::exists(report.brokenCopy));
        store->setLocalUser(ada.userId, ada.displayName);
        store->waitForWrites();
        // The unsent posts show at once, before the server is asked anything.
        for (const QString &id : std::as_const(offline))
            QVERIFY(DataView::fromCache(*store).posts.contains(id));

        auto engine = engineFor(*store, server.url(), ada.token);
        QSignalSpy synced(engine.get(), &SyncEngine::synced);
        engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(synced.size() >= 1 && engine->status() == SyncEngine::Online &&
                                     store->unsentCount() == 0,
                                 30000);
        // Settled as applied, all three: none refused as a duplicate.
        QCOMPARE(store->failedCount(), 0);

        const DataView onServer = DataView::fromServer(server.url(), ada.token, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(onServer.posts.size(), 120 + 3);
        for (const QString &id : std::as_const(offline))
            QCOMPARE(onServer.postOrder.count(id), 1);
        // The one the server already had was answered from its receipt.
        HttpClient http(server.url());
        const QString metrics = QString::fromUtf8(http.get(QStringLiteral("/metrics")).body);
        const auto replays =
            QRegularExpression(QStringLiteral("^hearthd_mutation_replays_total (\\d+)"),
                               QRegularExpression::MultilineOption)
                .match(metrics);
        QVERIFY2(replays.hasMatch() && replays.captured(1).toInt() >= 1, qPrintable(metrics));
        // And the rebuilt cache holds what the server holds.
        QTRY_COMPARE_WITH_TIMEOUT(DataView::fromCache(*store).posts, onServer.posts, 15000);
    }
};

QTEST_GUILESS_MAIN(TestCacheRebuild)
#include "tst_cacherebuild.moc"
