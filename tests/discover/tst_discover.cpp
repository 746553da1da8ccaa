// Qt Quick Test runner for finding and joining communities against a real hearthd (HEARTHD_BIN)
// on a free loopback port. Each tst_*.qml file gets a newcomer of its own (nia<N>, in no
// community yet) with a real cache and sync engine, and communities of its own founded by an
// organizer (olive<N>): a public one with guidelines and topics, a request-only one, a full one
// (cap 2), one without guidelines and an invite-only one with an invite. QML sees the cache as
// `testStore`, the ids as `ids` and `live` for what the organizer does on the server and for the
// outbox.
//
// Any QML warning, binding loop or TypeError logged while the tests run fails the run.

#include "apicall.h"
#include "hearthdprocess.h"

#include "cache/cachestore.h"
#include "net/apiclient.h"
#include "net/syncengine.h"
#include "protocol/mutation.h"
#include "ui/qmlwarnings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(Hearth_UiPlugin)
Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

using namespace hearth;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One mutation as a member's client sends it; the server's result for it ({} when not applied).
QJsonObject mutate(const QUrl &server, const QString &token, const QString &name,
                   const QJsonObject &args) {
    protocol::MutationBatch batch;
    batch.clientId = newId();
    batch.mutations.append({newId(), name, args});
    const net::ApiResult r = testing::call(
        [&](net::ApiClient &api, QObject *ctx, auto cb) { api.sendMutations(batch, ctx, cb); },
        server, token);
    const QJsonArray results =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("results")).toArray();
    const QJsonObject first = results.isEmpty() ? QJsonObject() : results[0].toObject();
    if (first.value(QStringLiteral("status")).toString() != QLatin1String("applied")) {
        qWarning() << name << "was not applied:" << r.body;
        return {};
    }
    return first.value(QStringLiteral("result")).toObject();
}

} // namespace

// The server side of one test file: the organizer's account, the newcomer's client.
class LiveServer : public QObject {
    Q_OBJECT

public:
    LiveServer(QUrl server, protocol::AuthResponse organizer, protocol::AuthResponse newcomer,
               cache::CacheStore *store, net::SyncEngine *engine, QObject *parent)
        : QObject(parent)
        , m_server(std::move(server))
        , m_organizer(std::move(organizer))
        , m_newcomer(std::move(newcomer))
        , m_store(store)
        , m_engine(engine) {}

    // The organizer approves / denies the newcomer's request to join `communityId`.
    Q_INVOKABLE bool approve(const QString &communityId) {
        return decide(QStringLiteral("membership.approve"), communityId);
    }
    Q_INVOKABLE bool deny(const QString &communityId) {
        return decide(QStringLiteral("membership.deny"), communityId);
    }
    Q_INVOKABLE void syncNow() { m_engine->syncNow(); }
    // Nothing left to send, and the last sync went through.
    Q_INVOKABLE bool idle() const {
        return m_engine->status() == net::SyncEngine::Online && m_store->unsentCount() == 0;
    }
    // Every outbox row, oldest first: [{id, name, state, args, errorCode, errorMessage}].
    Q_INVOKABLE QVariantList outbox() const {
        QList<cache::OutboxEntry> entries = m_store->failedMutations();
        entries.append(m_store->pendingMutations(1000));
        std::sort(entries.begin(), entries.end(),
                  [](const auto &a, const auto &b) { return a.seq < b.seq; });
        QVariantList rows;
        for (const auto &e : std::as_const(entries))
            rows.append(QVariantMap{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("state"), e.state},
                                    {QStringLiteral("args"), e.args.toVariantMap()},
                                    {QStringLiteral("errorCode"), e.errorCode},
                                    {QStringLiteral("errorMessage"), e.errorMessage}});
        return rows;
    }

private:
    bool decide(const QString &name, const QString &communityId) {
        return !mutate(m_server, m_organizer.token, name,
                       {{QStringLiteral("communityId"), communityId},
                        {QStringLiteral("userId"), m_newcomer.userId}})
                    .isEmpty();
    }

    QUrl m_server;
    protocol::AuthResponse m_organizer;
    protocol::AuthResponse m_newcomer;
    cache::CacheStore *m_store;
    net::SyncEngine *m_engine;
};

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary folder for the test caches");
        QString error;
        if (testing::HearthdProcess::binary().isEmpty())
            qFatal("HEARTHD_BIN is not set: run through ctest");
        if (!m_hearthd.start(&error))
            qFatal("hearthd did not start: %s", qPrintable(error));
    }

    void qmlEngineAvailable(QQmlEngine *engine) {
        // Qt Test installs its own message handler for each file: ours goes in front of it.
        ui::QmlWarnings::install();
        engine->addImportPath(QStringLiteral("qrc:/"));
        const int n = int(m_stores.size()) + 1;
        const QUrl server = m_hearthd.url();
        const auto organizer = testing::registerUser(server, QStringLiteral("olive%1").arg(n));
        const auto regular = testing::registerUser(server, QStringLiteral("pat%1").arg(n));
        const auto newcomer = testing::registerUser(server, QStringLiteral("nia%1").arg(n));
        if (organizer.token.isEmpty() || regular.token.isEmpty() || newcomer.token.isEmpty())
            qFatal("cannot register the test accounts");

        QVariantMap ids;
        const auto found = [&](const char *key, const QString &name, const QJsonObject &more) {
            const QString id = newId();
            QJsonObject args{
                {QStringLiteral("id"), id},
                {QStringLiteral("slug"), QStringLiteral("%1-%2").arg(QLatin1String(key)).arg(n)},
                {QStringLiteral("name"), name}};
            for (auto it = more.begin(); it != more.end(); ++it)
                args.insert(it.key(), it.value());
            if (mutate(server, organizer.token, QStringLiteral("community.create"), args).isEmpty())
                qFatal("community.create %s failed", key);
            ids.insert(QString::fromLatin1(key), id);
            return id;
        };
        const QJsonArray potteryTopics{QStringLiteral("glaze"), QStringLiteral("kilns")};
        found("clay", QStringLiteral("Clay Collective"),
              {{QStringLiteral("tagline"), QStringLiteral("Wheel-thrown pottery, shared kilns")},
               {QStringLiteral("description"), QStringLiteral("We fire **every Friday**.")},
               {QStringLiteral("guidelines"),
                QStringLiteral("1. Be kind.\n2. Credit the maker of every piece you show.")},
               {QStringLiteral("topics"), potteryTopics}});
        found("sky", QStringLiteral("Night Sky Circle"),
              {{QStringLiteral("tagline"), QStringLiteral("Dark skies, shared telescopes")},
               {QStringLiteral("visibility"), QStringLiteral("request")},
               {QStringLiteral("guidelines"), QStringLiteral("No white lights at the field.")},
               {QStringLiteral("topics"), QJsonArray{QStringLiteral("astronomy")}}});
        const QString table =
            found("table", QStringLiteral("Tiny Table"),
                  {{QStringLiteral("tagline"), QStringLiteral("Board games for two")},
                   {QStringLiteral("memberCap"), 2}});
        if (mutate(server, regular.token, QStringLiteral("membership.join"),
                   {{QStringLiteral("communityId"), table}})
                .isEmpty())
            qFatal("cannot fill the small community");
        found("book", QStringLiteral("Book Nook"),
              {{QStringLiteral("tagline"), QStringLiteral("One novel a month")}});
        const QString hidden =
            found("hidden", QStringLiteral("Hidden Garden"),
                  {{QStringLiteral("tagline"), QStringLiteral("Seed swaps, by invitation")},
                   {QStringLiteral("visibility"), QStringLiteral("invite")},
                   {QStringLiteral("guidelines"), QStringLiteral("Bring seeds, take seeds.")}});
        const QJsonObject invite =
            mutate(server, organizer.token, QStringLiteral("invite.create"),
                   {{QStringLiteral("id"), newId()}, {QStringLiteral("communityId"), hidden}});
        ids.insert(QStringLiteral("inviteCode"), invite.value(QStringLiteral("code")).toString());
        ids.insert(QStringLiteral("me"), newcomer.userId);
        ids.insert(QStringLiteral("organizerName"), organizer.displayName);

        QString error;
        auto store =
            cache::CacheStore::open(m_dir.filePath(QStringLiteral("nia%1.sqlite").arg(n)), &error);
        if (!store)
            qFatal("cannot open a test cache: %s", qPrintable(error));
        store->setLocalUser(newcomer.userId, newcomer.displayName);
        auto sync = std::make_unique<net::SyncEngine>();
        sync->setStore(store.get());
        sync->setServerUrl(server);
        sync->setToken(newcomer.token);
        sync->setPollInterval(300);
        sync->setBackoff(100, 800);
        sync->start();
        // The directory is in the cache before the page loads, as after a first sync.
        if (!QTest::qWaitFor(
                [&] {
                    return sync->status() == net::SyncEngine::Online && !store->cursor().isEmpty();
                },
                15000))
            qFatal("the newcomer's first sync did not finish");
        store->waitForWrites();

        auto *live = new LiveServer(server, organizer, newcomer, store.get(), sync.get(), engine);
        // Test set-up only: the app itself registers everything declaratively.
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("testStore"), store.get());
        context->setContextProperty(QStringLiteral("ids"), ids);
        context->setContextProperty(QStringLiteral("live"), live);
        m_stores.push_back(std::move(store));
        m_engines.push_back(std::move(sync));
    }

    void cleanupTestCase() {
        for (auto &sync : m_engines)
            sync->stop();
        for (auto &store : m_stores)
            store->waitForWrites();
    }

private:
    QTemporaryDir m_dir;
    testing::HearthdProcess m_hearthd;
    std::vector<std::unique_ptr<cache::CacheStore>> m_stores;
    std::vector<std::unique_ptr<net::SyncEngine>> m_engines;
};

int main(int argc, char **argv) {
    ui::QmlWarnings::install();
    int status = 0;
    {
        Setup setup;
        status = quick_test_main_with_setup(argc, argv, "hearth_discover", QUICK_TEST_SOURCE_DIR,
                                            &setup);
    }
    return ui::QmlWarnings::exitStatus(status);
}

#include "tst_discover.moc"
