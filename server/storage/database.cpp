#include "database.h"

#include "server/storage/query.h"
#include "server/storage/schema.h"
#include "server/storage/storageerror.h"
#include "server/storage/storagelogging.h"

#include <QAtomicInt>
#include <QSqlError>

namespace hearthd {

namespace {
QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("hearthd-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(std::unique_ptr<StorageBackend> backend, QString connectionName)
    : m_backend(std::move(backend))
    , m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    for (const QString &name : std::as_const(m_extraConnections)) {
        {
            QSqlDatabase extra = QSqlDatabase::database(name, false);
            if (extra.isOpen())
                extra.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

std::unique_ptr<Database> Database::open(std::unique_ptr<StorageBackend> backend, QString *error,
                                         int schemaVersion) {
    const QString name = nextConnectionName();
    if (!backend->open(name, error)) {
        QSqlDatabase::removeDatabase(name);
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(std::move(backend), name));
    try {
        if (!Schema::migrate(*db, error, schemaVersion))
            return nullptr;
    } catch (const StorageError &e) {
        *error = QStringLiteral("schema migration failed: %1").arg(e.message());
        return nullptr;
    }
    return db;
}

QSqlDatabase Database::openExtraConnection(const QString &purpose, QString *error) {
    const QString name = m_connectionName + QLatin1Char('-') + purpose;
    m_extraConnections.append(name);
    if (!m_backend->open(name, error))
        return {};
    return QSqlDatabase::database(name, false);
}

QSqlQuery *Database::prepared(const QString &sql) {
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_shared<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            throw StorageError(QStringLiteral("prepare failed: %1 [%2]")
                                   .arg(q->lastError().text(), sql.simplified()));
        it = m_prepared.insert(sql, std::move(q));
    }
    return it.value().get();
}

QString Database::meta(const QString &key) const {
    Query q(connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bind(key).exec();
    return q.next() ? q.text(0) : QString();
}

void Database::setMeta(const QString &key, const QString &value) {
    Query(connection(), QStringLiteral("DELETE FROM meta WHERE key = ?")).bind(key).exec();
    Query(connection(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"))
        .bind(key)
        .bind(value)
        .exec();
}

} // namespace hearthd
