#pragma once
// One hearthd: storage, domain services and the HTTP front, wired together. main() and the
// in-process tests build the same object, so tests exercise exactly what the binary runs.

#include "server/domain/demoseeder.h"
#include "server/serverconfig.h"

#include <QObject>
#include <memory>

class QHttpServer;

namespace hearthd {

class Accounts;
class AuditLog;
class EngagementReport;
class HistoryService;
class ChangeListener;
class ChangeLog;
class Database;
class DatabaseSupervisor;
class EntityReader;
class HttpApi;
class HttpListener;
class Metrics;
class MutationService;
class StreamHub;
class StorageBackend;
class SyncService;

class Server : public QObject {
    Q_OBJECT

public:
    explicit Server(ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    // Opens the SQLite database in the config's data folder (creating both when missing).
    bool open(QString *error);
    // Opens a given backend (tests use an in-memory SQLite).
    bool open(std::unique_ptr<StorageBackend> backend, QString *error);
    // Starts serving on the configured address; port() then tells the bound port.
    bool listen(QString *error);
    quint16 port() const;
    // Stops accepting connections and closes streams with "going away"; the event loop may then
    // end. Requests are answered synchronously, so none is cut off half-way.
    void shutdown();

    Result<DemoSeeder::Summary> seed(const QByteArray &json);
    // Runs the operator command the config asks for (create user, reset password, make owner);
    // a line for the operator on success.
    Result<QString> runOperatorCommand(const QString &password);

    Database &database() { return *m_db; }
    Accounts &accounts() { return *m_accounts; }
    SyncService &sync() { return *m_sync; }
    ChangeLog &changeLog() { return *m_log; }
    MutationService &mutations() { return *m_mutations; }
    AuditLog &audit() { return *m_audit; }
    HistoryService &history() { return *m_history; }
    EngagementReport &engagement() { return *m_engagement; }
    StreamHub *streams() { return m_streams.get(); }

private:
    void addGauges();
    // Other processes on the database learn of our commits (PostgreSQL NOTIFY).
    void announceCommits(const QString &channel);

    ServerConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeLog> m_log;
    std::unique_ptr<EntityReader> m_reader;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<MutationService> m_mutations;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<HistoryService> m_history;
    std::unique_ptr<EngagementReport> m_engagement;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<DatabaseSupervisor> m_supervisor;
    std::unique_ptr<ChangeListener> m_listening;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<StreamHub> m_streams;
    HttpListener *m_listener = nullptr; // owned by m_http once bound
    std::unique_ptr<HttpApi> m_api;
};

} // namespace hearthd
