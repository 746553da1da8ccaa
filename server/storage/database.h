#pragma once
// hearthd's database: one connection owned by the server thread, opened through a StorageBackend
// and migrated to the current schema before anything else touches it.

#include "server/storage/storagebackend.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <memory>

namespace hearthd {

class Database {
public:
    // Opens and migrates (to `schemaVersion` instead of the current one: tests of a migration).
    // nullptr and a message in *error on failure (including a database made by a newer hearthd).
    static std::unique_ptr<Database> open(std::unique_ptr<StorageBackend> backend, QString *error,
                                          int schemaVersion = -1);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const StorageBackend &backend() const { return *m_backend; }

    // Another connection to the same database, for a job that must not share the main one
    // (listening for notifications). Closed with this object; invalid (and *error) on failure.
    QSqlDatabase openExtraConnection(const QString &purpose, QString *error);

    // A prepared statement for `sql`, made once and shared (see Query::cached). Throws
    // StorageError when the statement does not prepare.
    QSqlQuery *prepared(const QString &sql);

    // The meta table: small key/value facts about this database (schema version, log id).
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

private:
    Database(std::unique_ptr<StorageBackend> backend, QString connectionName);

    std::unique_ptr<StorageBackend> m_backend;
    QString m_connectionName;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    QStringList m_extraConnections;
};

} // namespace hearthd
