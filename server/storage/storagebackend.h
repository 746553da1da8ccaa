#pragma once
// What differs between the storage engines hearthd runs on. Everything else (schema, queries)
// is portable SQL shared by all backends; a backend only opens and tunes the connection and
// names the few column types SQL does not spell the same everywhere.

#include <QSqlDatabase>
#include <QString>

namespace hearthd {

class StorageBackend {
public:
    virtual ~StorageBackend() = default;

    // Short name for logs and /metrics ("sqlite", "postgres").
    virtual QString name() const = 0;
    // Adds and opens a connection under `connectionName`, tuned for the server. Reads only the
    // backend's settings, so any thread may open a connection of its own.
    virtual bool open(const QString &connectionName, QString *error) const = 0;
    // Whether an open() that failed with `error` may succeed if tried again soon (the server is
    // starting, restarting or unreachable), rather than being refused for good (bad password,
    // no such database, a file that cannot be opened).
    virtual bool worthRetrying(const QString &error) const {
        Q_UNUSED(error);
        return false;
    }
    // Column type for opaque bytes (change payloads).
    virtual QString blobType() const = 0;
    // Column type of a 64-bit integer primary key that the engine stores most directly (for
    // SQLite, INTEGER PRIMARY KEY is the rowid itself: no separate index to walk).
    virtual QString sequenceKeyType() const = 0;
    // A channel on which processes sharing the database announce new changes (PostgreSQL
    // LISTEN/NOTIFY); empty when the backend has no such thing (SQLite: one process).
    virtual QString changeChannel() const { return {}; }
    // Statements that make processes starting together on one database migrate its schema one
    // after the other (PostgreSQL: a session advisory lock); empty where one process owns the
    // database (SQLite).
    virtual QString schemaLockSql() const { return {}; }
    virtual QString schemaUnlockSql() const { return {}; }
};

} // namespace hearthd
