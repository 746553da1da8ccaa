#include "server.h"

#include "server/domain/accounts.h"
#include "server/domain/auditlog.h"
#include "server/domain/changelog.h"
#include "server/domain/engagementreport.h"
#include "server/domain/entityreader.h"
#include "server/domain/historyservice.h"
#include "server/domain/mutationservice.h"
#include "server/domain/operatorcommands.h"
#include "server/domain/passwordhasher.h"
#include "server/domain/syncservice.h"
#include "server/http/httpapi.h"
#include "server/http/httplistener.h"
#include "server/http/httplogging.h"
#include "server/http/streamhub.h"
#include "server/http/tlsconfig.h"
#include "server/metrics.h"
#include "server/storage/changelistener.h"
#include "server/storage/database.h"
#include "server/storage/databasesupervisor.h"
#include "server/storage/postgresbackend.h"
#include "server/storage/query.h"
#include "server/storage/sqlitebackend.h"
#include "server/storage/storageerror.h"

#include <QDir>
#include <QHttpServer>
#include <QSqlDriver>

namespace hearthd {

Server::Server(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config)) {}

Server::~Server() {
    // Streams hold sockets the HTTP server created: close them while it still exists.
    m_streams.reset();
    m_api.reset();
    m_http.reset();
    m_listening.reset();
    m_supervisor.reset();
}

bool Server::open(QString *error) {
    if (!m_config.databaseUrl.isEmpty()) {
        auto backend = PostgresBackend::fromUrl(m_config.databaseUrl, error);
        return backend && open(std::move(backend), error);
    }
    if (!QDir().mkpath(m_config.dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(m_config.dataDir);
        return false;
    }
    return open(std::make_unique<SqliteBackend>(m_config.databasePath()), error);
}

bool Server::open(std::unique_ptr<StorageBackend> backend, QString *error) {
    if (!PasswordHasher::initialize()) {
        *error = QStringLiteral("libsodium failed to initialise");
        return false;
    }
    m_db = Database::open(std::move(backend), error, m_config.databaseWaitMs);
    if (!m_db)
        return false;
    try {
        m_log = std::make_unique<ChangeLog>(*m_db);
        m_reader = std::make_unique<EntityReader>(*m_db);
        m_accounts = std::make_unique<Accounts>(*m_db, *m_log, *m_reader);
        m_sync = std::make_unique<SyncService>(*m_db, *m_log, *m_reader);
        m_mutations = std::make_unique<MutationService>(*m_db, *m_log, *m_reader);
        m_audit = std::make_unique<AuditLog>(*m_db, *m_reader);
        m_history = std::make_unique<HistoryService>(*m_db, *m_reader);
        m_engagement = std::make_unique<EngagementReport>(*m_db, *m_reader);
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
    return true;
}

bool Server::listen(QString *error) {
    Q_ASSERT(m_db);
    m_metrics = std::make_unique<Metrics>();
    m_supervisor = std::make_unique<DatabaseSupervisor>(*m_db);
    m_http = std::make_unique<QHttpServer>();
    m_api = std::make_unique<HttpApi>(
        *m_http, *m_accounts, *m_sync, *m_mutations, *m_audit, *m_history, *m_engagement,
        *m_metrics, *m_supervisor,
        HttpApi::Limits{m_config.userRequestsPerSecond, m_config.authAttemptsPerSecond},
        m_config.trustedProxies);
    m_streams = std::make_unique<StreamHub>(*m_http, *m_accounts, *m_log, *m_sync, *m_supervisor,
                                            m_config.heartbeatMs);
    m_api->setOnSignedOut([this](const QString &tokenHash) { m_streams->tokenRevoked(tokenHash); });
    const QString channel = m_db->backend().changeChannel();
    if (channel.isEmpty()) {
        m_mutations->setOnCommitted([this] { m_streams->changesCommitted(); });
    } else {
        // Other processes on the same database commit too: every commit is announced on the
        // channel, and every announcement (our own included) leads to pokes.
        m_listening = std::make_unique<ChangeListener>(*m_db, channel);
        if (!m_listening->start(error))
            return false;
        connect(m_listening.get(), &ChangeListener::announced, m_streams.get(),
                &StreamHub::changesCommitted);
        m_supervisor->watch(m_listening.get());
        m_mutations->setOnCommitted([this, channel] { announceCommits(channel); });
    }
    // Back from an outage: our streams missed what others announced meanwhile, and the others
    // may have missed a commit of ours whose announcement was lost with the connection.
    connect(m_supervisor.get(), &DatabaseSupervisor::restored, this, [this, channel] {
        m_streams->pokeAll();
        if (!channel.isEmpty())
            announceCommits(channel);
    });
    HttpListener::Limits limits = m_config.limits;
    limits.maxWebSocketFrameBytes = StreamHub::MaxIncomingBytes;
    m_listener = new HttpListener(limits, m_config.trustedProxies);
    if (!m_config.tlsCertFile.isEmpty()) {
        const auto tls = loadTlsConfiguration(m_config.tlsCertFile, m_config.tlsKeyFile, error);
        if (!tls) {
            delete m_listener;
            m_listener = nullptr;
            return false;
        }
        m_listener->setTlsConfiguration(*tls);
    }
    if (!m_listener->listen(m_config.address, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_config.address.toString())
                     .arg(m_config.port)
                     .arg(m_listener->errorString());
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    m_http->bind(m_listener); // QHttpServer takes ownership
    addGauges();
    qCInfo(lcHttp) << "serving" << (m_listener->isTls() ? "HTTPS" : "HTTP") << "on"
                   << m_config.address.toString() << m_listener->serverPort();
    return true;
}

void Server::announceCommits(const QString &channel) {
    if (!m_supervisor->isAvailable())
        return;
    try {
        Query::execute(m_db->connection(), QStringLiteral("NOTIFY ") + channel);
    } catch (const StorageError &e) {
        if (e.isConnectionLost())
            m_supervisor->connectionLost(e.message());
        else
            qCWarning(lcStream) << "NOTIFY failed:" << e.message();
    }
}

void Server::addGauges() {
    Metrics &m = *m_metrics;
    m.addGauge(QStringLiteral("hearthd_database_up"),
               QStringLiteral("1 while the database connection is usable, 0 while hearthd is "
                              "reconnecting (requests are answered 503 meanwhile)."),
               [this] { return m_supervisor->isAvailable() ? 1.0 : 0.0; });
    m.addCounter(QStringLiteral("hearthd_database_reconnects_total"),
                 QStringLiteral("Database outages survived: connections lost and opened again."),
                 [this] { return double(m_supervisor->reconnects()); });
    m.addGauge(QStringLiteral("hearthd_change_log_head"),
               QStringLiteral("Last seq in the change log."), [this] {
                   if (!m_supervisor->isAvailable())
                       return -1.0;
                   try {
                       return double(m_log->head());
                   } catch (const StorageError &) {
                       return -1.0;
                   }
               });
    m.addCounter(QStringLiteral("hearthd_mutation_replays_total"),
                 QStringLiteral("Mutations answered from their receipt: a client sent again "
                                "what it had not seen settled."),
                 [this] { return double(m_mutations->replays()); });
    m.addGauge(QStringLiteral("hearthd_stream_connections"),
               QStringLiteral("Open /v1/stream WebSockets."),
               [this] { return double(m_streams->connectionCount()); });
    m.addGauge(QStringLiteral("hearthd_stream_pokes_sent"),
               QStringLiteral("Pokes sent since start (counter)."),
               [this] { return double(m_streams->pokesSent()); });
    m.addGauge(QStringLiteral("hearthd_http_connections_open"),
               QStringLiteral("Open HTTP connections (WebSockets included)."),
               [this] { return double(m_listener->openConnections()); });
    const auto counter = [&](const char *name, const char *help,
                             quint64 HttpListener::Counters::*field) {
        m.addGauge(QString::fromLatin1(name), QString::fromLatin1(help),
                   [this, field] { return double(m_listener->counters().*field); });
    };
    using C = HttpListener::Counters;
    counter("hearthd_http_connections_accepted", "Connections accepted since start (counter).",
            &C::accepted);
    counter("hearthd_http_connections_refused",
            "Connections refused for too many from one client (counter).", &C::refused);
    counter("hearthd_http_requests_oversized", "Requests refused with 413, 414 or 431 (counter).",
            &C::oversized);
    counter("hearthd_http_requests_malformed",
            "Requests refused for their framing: 400, 411 or 505 (counter).", &C::malformed);
    counter("hearthd_http_requests_timed_out",
            "Requests refused with 408, and WebSocket handshakes that never finished (counter).",
            &C::timedOut);
    counter("hearthd_http_connections_idle_closed", "Connections closed for idleness (counter).",
            &C::idleClosed);
    counter("hearthd_stream_frames_refused",
            "WebSocket frames refused: unmasked, too large or malformed (counter).", &C::badFrames);
    counter("hearthd_tls_handshakes_failed", "TLS handshakes that failed or timed out (counter).",
            &C::failedHandshakes);
}

void Server::shutdown() {
    if (m_listener)
        m_listener->close();
    if (m_streams)
        m_streams->closeAll();
    qCInfo(lcHttp) << "shutting down";
}

quint16 Server::port() const {
    return m_listener ? m_listener->serverPort() : 0;
}

Result<QString> Server::runOperatorCommand(const QString &password) {
    OperatorCommands commands(*m_db, *m_log, *m_reader, *m_accounts);
    const QString handle = m_config.operatorHandle;
    try {
        switch (m_config.mode) {
        case ServerConfig::Mode::CreateUser: {
            const auto id = commands.createUser(handle, password, m_config.displayName);
            if (!id)
                return id.error();
            return QStringLiteral("created %1 (%2)").arg(handle, id.value());
        }
        case ServerConfig::Mode::ResetPassword: {
            const auto revoked = commands.resetPassword(handle, password);
            if (!revoked)
                return revoked.error();
            return QStringLiteral("new password set for %1; %2 sessions signed out")
                .arg(handle)
                .arg(revoked.value());
        }
        case ServerConfig::Mode::MakeOwner: {
            const auto id = commands.makeOwner(handle, m_config.operatorCommunity);
            if (!id)
                return id.error();
            return QStringLiteral("%1 is now an owner of %2")
                .arg(handle, m_config.operatorCommunity);
        }
        default:
            return DomainError::invalid(QStringLiteral("no operator command given"));
        }
    } catch (const StorageError &e) {
        return DomainError{DomainError::internal().code, e.message()};
    }
}

Result<DemoSeeder::Summary> Server::seed(const QByteArray &json) {
    DemoSeeder seeder(*m_db, *m_log, *m_reader, *m_accounts, *m_mutations);
    try {
        return seeder.seed(json);
    } catch (const StorageError &e) {
        return DomainError{DomainError::internal().code, e.message()};
    }
}

} // namespace hearthd
