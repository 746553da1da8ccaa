#pragma once
// PostgreSQL storage, for when one machine is not enough: several hearthd processes may share
// the database, and they tell each other about new changes with LISTEN/NOTIFY on
// changeChannel(), so pokes reach clients whichever process they are connected to.

#include "server/storage/storagebackend.h"

#include <QUrl>
#include <memory>

namespace hearthd {

class PostgresBackend final : public StorageBackend {
public:
    // postgres://user:password@host:port/database (or ?host=/socket/dir for a Unix socket).
    static std::unique_ptr<PostgresBackend> fromUrl(const QString &url, QString *error);

    QString name() const override { return QStringLiteral("postgres"); }
    bool open(const QString &connectionName, QString *error) const override;
    bool worthRetrying(const QString &error) const override;
    QString blobType() const override { return QStringLiteral("BYTEA"); }
    QString sequenceKeyType() const override { return QStringLiteral("BIGINT"); }
    QString changeChannel() const override { return QStringLiteral("hearthd_changes"); }
    // Any fixed number: the key of hearthd's migration lock among the database's advisory locks.
    QString schemaLockSql() const override {
        return QStringLiteral("SELECT pg_advisory_lock(4374526)");
    }
    QString schemaUnlockSql() const override {
        return QStringLiteral("SELECT pg_advisory_unlock(4374526)");
    }

    // The URL with the password masked, for messages.
    QString displayUrl() const;

private:
    explicit PostgresBackend(QUrl url)
        : m_url(std::move(url)) {}

    QUrl m_url;
};

} // namespace hearthd
