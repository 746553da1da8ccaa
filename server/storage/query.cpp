#include "query.h"

#include "server/storage/database.h"
#include "server/storage/storageerror.h"

#include <QSqlDriver>
#include <QSqlError>

namespace hearthd {

namespace {
bool connectionOpen(const QSqlQuery &q) {
    return q.driver() && q.driver()->isOpen();
}
} // namespace

Query::Query(const QSqlDatabase &db, const QString &sql)
    : m_owned(std::in_place, db)
    , m_query(&*m_owned)
    , m_sql(sql) {
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        throw StorageError::from(QStringLiteral("prepare failed [%1]").arg(sql.simplified()),
                                 m_query->lastError(), connectionOpen(*m_query));
}

Query::Query(QSqlQuery *prepared, const QString &sql)
    : m_query(prepared)
    , m_sql(sql) {}

Query Query::cached(Database &db, const QString &sql) {
    return Query(db.prepared(sql), sql);
}

void Query::execute(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StorageError::from(QStringLiteral("query failed [%1]").arg(sql.simplified()),
                                 q.lastError(), connectionOpen(q));
}

Query::~Query() {
    // Ends the statement now: an open SELECT would hold its read snapshot (and, in WAL, block
    // checkpoints) until the cached statement is next used.
    if (m_query->isActive())
        m_query->finish();
}

Query &Query::bind(const QVariant &value) {
    // A default-constructed QString would be bound as NULL; text columns hold '' instead.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(m_bindIndex++, QVariant(QStringLiteral("")));
    else
        m_query->bindValue(m_bindIndex++, value);
    return *this;
}

Query &Query::bindNullableText(const QString &value) {
    if (value.isEmpty())
        m_query->bindValue(m_bindIndex++, QVariant(QMetaType::fromType<QString>()));
    else
        m_query->bindValue(m_bindIndex++, QVariant(value));
    return *this;
}

Query &Query::exec() {
    m_bindIndex = 0;
    if (!m_query->exec())
        throw StorageError::from(QStringLiteral("query failed [%1]").arg(m_sql.simplified()),
                                 m_query->lastError(), connectionOpen(*m_query));
    return *this;
}

qint64 Query::scalar(qint64 fallback) {
    exec();
    return next() ? m_query->value(0).toLongLong() : fallback;
}

} // namespace hearthd
