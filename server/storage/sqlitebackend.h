#pragma once
// SQLite storage: one file (hearthd.db) in the data folder, WAL journal, foreign keys on.

#include "server/storage/storagebackend.h"

namespace hearthd {

class SqliteBackend final : public StorageBackend {
public:
    // `path` is the database file; ":memory:" gives a private in-memory database (tests).
    explicit SqliteBackend(QString path)
        : m_path(std::move(path)) {}

    QString name() const override { return QStringLiteral("sqlite"); }
    bool open(const QString &connectionName, QString *error) const override;
    QString blobType() const override { return QStringLiteral("BLOB"); }
    QString sequenceKeyType() const override { return QStringLiteral("INTEGER"); }

private:
    QString m_path;
};

} // namespace hearthd
