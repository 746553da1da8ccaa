#pragma once
// hearthd's database: one connection owned by the server thread, opened through a StorageBackend
// and migrated to the current schema before anything else touches it. A connection the database
// closed (a PostgreSQL restart) is opened again with reconnect(); DatabaseSupervisor decides when.

#include "server/storage/storagebackend.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <memory>

namespace hearthd {

class Database {
public:
    // Opens and migrates. nullptr and a message in *error on failure (including a database made
    // by a newer hearthd). A database that refuses connections is tried again, with backoff, for
    // up to `waitMs` (a PostgreSQL still starting when hearthd does). `schemaVersion` migrates to
    // that version instead of the current one (tests of a migration).
    static std::unique_ptr<Database> open(std::unique_ptr<StorageBackend> backend, QString *error,
                                          int waitMs = 0, int schemaVersion = -1);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const StorageBackend &backend() const { return *m_backend; }

    // Another connection to the same database, for a job that must not share the main one
    // (listening for notifications). Closed with this object; invalid (and *error) on failure.
    QSqlDatabase openExtraConnection(const QString &purpose, QString *error);
    QSqlDatabase extraConnection(const QString &purpose) const;

    // Whether the main connection is open as far as the driver knows (PostgreSQL's notices a
    // closed connection when a statement fails; no round trip is made here).
    bool isConnected() const { return connection().isOpen(); }
    // Opens the main connection again after it was lost: the prepared statements go with the old
    // one (they belonged to its server session). False, with *error, when the database still
    // refuses. Must not run while a statement of the old connection is under way.
    bool reconnect(QString *error);
    // The same for an extra connection; the caller subscribes again what it had subscribed.
    QSqlDatabase reconnectExtra(const QString &purpose, QString *error);
    // Whether the database takes a new connection now: one is opened and closed in the calling
    // thread, so a slow or unreachable server blocks only that thread (any thread may call it).
    bool probe(QString *error) const;

    // A prepared statement for `sql`, made once and shared (see Query::cached). Throws
    // StorageError when the statement does not prepare.
    QSqlQuery *prepared(const QString &sql);

    // The meta table: small key/value facts about this database (schema version, log id).
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

private:
    Database(std::unique_ptr<StorageBackend> backend, QString connectionName);
    QString extraName(const QString &purpose) const;
    // Removes a connection and adds it anew: the old driver goes first, so the statements
    // prepared on it are then dropped without trying to free them on a dead session.
    bool reopen(const QString &connectionName, QString *error);

    std::unique_ptr<StorageBackend> m_backend;
    QString m_connectionName;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    QStringList m_extraConnections;
};

} // namespace hearthd
