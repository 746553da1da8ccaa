#include "postgresbackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace hearthd {

std::unique_ptr<PostgresBackend> PostgresBackend::fromUrl(const QString &text, QString *error) {
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() ||
        (scheme != QLatin1StringView("postgres") && scheme != QLatin1StringView("postgresql"))) {
        *error = QStringLiteral("--database wants postgres://user:password@host:port/database");
        return nullptr;
    }
    if (url.path().size() < 2) {
        *error = QStringLiteral("--database: the URL names no database (…/database)");
        return nullptr;
    }
    return std::unique_ptr<PostgresBackend>(new PostgresBackend(url));
}

QString PostgresBackend::displayUrl() const {
    return m_url.toString(QUrl::RemovePassword);
}

bool PostgresBackend::open(const QString &connectionName, QString *error) const {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    const QUrlQuery query(m_url);
    const QString socketDir = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    db.setHostName(socketDir.isEmpty() ? m_url.host() : socketDir);
    if (m_url.port() > 0)
        db.setPort(m_url.port());
    db.setUserName(m_url.userName(QUrl::FullyDecoded));
    db.setPassword(m_url.password(QUrl::FullyDecoded));
    db.setDatabaseName(m_url.path(QUrl::FullyDecoded).mid(1));
    // Keepalives make a connection the network silently dropped fail within about a minute
    // instead of hanging a statement until TCP gives up.
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=hearthd;keepalives=1;"
                                        "keepalives_idle=30;keepalives_interval=10;"
                                        "keepalives_count=3"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(displayUrl(), db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // Notices (e.g. "relation already exists, skipping") are not errors worth logging.
    if (!q.exec(QStringLiteral("SET client_min_messages TO warning"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool PostgresBackend::worthRetrying(const QString &error) const {
    // libpq reports why in words only (no SQLSTATE before a session exists). These are refusals
    // that waiting does not cure; anything else (refused, timed out, "the database system is
    // starting up", "shutting down") may pass on the next attempt.
    static const char *const forGood[] = {"authentication failed", "does not exist", "pg_hba.conf"};
    for (const char *words : forGood) {
        if (error.contains(QLatin1StringView(words), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace hearthd
