#pragma once
// A prepared statement that throws StorageError on failure, so domain code reads as a sequence of
// statements instead of a ladder of error checks. Values are always bound, never pasted into SQL.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace hearthd {

class Database;

class Query {
public:
    Query(const QSqlDatabase &db, const QString &sql);
    // A statement prepared once per connection and reused (hot paths: auth, sync, receipts).
    // Not for a statement that may run again while its earlier results are still being read.
    static Query cached(Database &db, const QString &sql);
    // Runs a statement with no values to bind (DDL, NOTIFY) without preparing it: PostgreSQL
    // can prepare only queries and DML.
    static void execute(const QSqlDatabase &db, const QString &sql);
    ~Query();
    Query(Query &&) = delete; // returned by value only through guaranteed elision

    Query &bind(const QVariant &value);
    // Binds text (QString) and bytes: the payloads are bound as blobs on every backend.
    Query &bindText(const QString &value) { return bind(QVariant(value)); }
    Query &bindNullableText(const QString &value);
    Query &exec();

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QString text(int column) const { return m_query->value(column).toString(); }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    QByteArray bytes(int column) const { return m_query->value(column).toByteArray(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }

    // Runs a statement whose single value is wanted (COUNT, MAX ...); `fallback` when no row.
    qint64 scalar(qint64 fallback = 0);

private:
    Query(QSqlQuery *prepared, const QString &sql);

    std::optional<QSqlQuery> m_owned; // empty for a cached statement
    QSqlQuery *m_query;               // m_owned's, or the cache's
    QString m_sql;
    int m_bindIndex = 0;
};

} // namespace hearthd
