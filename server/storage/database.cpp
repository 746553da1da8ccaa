#include "database.h"

#include "server/storage/query.h"
#include "server/storage/schema.h"
#include "server/storage/storageerror.h"
#include "server/storage/storagelogging.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QSqlError>
#include <QThread>

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
                                         int waitMs, int schemaVersion) {
    const QString name = nextConnectionName();
    const QDeadlineTimer deadline(waitMs);
    int delayMs = 100;
    bool waited = false;
    while (!backend->open(name, error)) {
        QSqlDatabase::removeDatabase(name);
        if (!backend->worthRetrying(*error) || deadline.hasExpired()) {
            if (waited)
                *error = QStringLiteral("the database did not come up within %1 s: %2")
                             .arg(waitMs / 1000)
                             .arg(*error);
            return nullptr;
        }
        if (!waited)
            qCWarning(lcStorage).noquote() << "waiting for the database:" << *error;
        waited = true;
        // Nothing is served yet, so blocking here holds nobody up.
        QThread::msleep(ulong(qMin<qint64>(delayMs, qMax<qint64>(deadline.remainingTime(), 1))));
        delayMs = qMin(delayMs * 2, 2000);
    }
    if (waited)
        qCInfo(lcStorage) << "the database is up";
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

QString Database::extraName(const QString &purpose) const {
    return m_connectionName + QLatin1Char('-') + purpose;
}

QSqlDatabase Database::openExtraConnection(const QString &purpose, QString *error) {
    const QString name = extraName(purpose);
    m_extraConnections.append(name);
    if (!m_backend->open(name, error))
        return {};
    return QSqlDatabase::database(name, false);
}

QSqlDatabase Database::extraConnection(const QString &purpose) const {
    return QSqlDatabase::database(extraName(purpose), false);
}

bool Database::reopen(const QString &connectionName, QString *error) {
    QSqlDatabase::removeDatabase(connectionName);
    return m_backend->open(connectionName, error);
}

bool Database::reconnect(QString *error) {
    // Their QSqlQuery objects name server-side statements of the old session; freed after the
    // old driver is gone, they are dropped without a word to the (dead) server.
    auto prepared = std::move(m_prepared);
    m_prepared.clear();
    const bool ok = reopen(m_connectionName, error);
    prepared.clear();
    return ok;
}

QSqlDatabase Database::reconnectExtra(const QString &purpose, QString *error) {
    if (!reopen(extraName(purpose), error))
        return {};
    return extraConnection(purpose);
}

bool Database::probe(QString *error) const {
    static QAtomicInt counter;
    const QString name =
        m_connectionName + QStringLiteral("-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    const bool ok = m_backend->open(name, error);
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QSqlQuery *Database::prepared(const QString &sql) {
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_shared<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            throw StorageError::from(QStringLiteral("prepare failed [%1]").arg(sql.simplified()),
                                     q->lastError(), isConnected());
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
