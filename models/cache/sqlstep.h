#pragma once
// Small helpers for the cache's SQL: every failure becomes a SqlFailure exception that the writer
// catches at its transaction boundary and turns into a rollback plus a message. Values are always
// bound, never pasted into SQL.

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace hearth::cache {

struct SqlFailure {
    QString message;
};

// Prepares `sql` on `db`; throws SqlFailure when it does not prepare.
QSqlQuery prepareOrThrow(const QSqlDatabase &db, const QString &sql);
// Binds `values` positionally (a null QString as '') and executes; throws SqlFailure on error.
void execOrThrow(QSqlQuery &query, const QVariantList &values = {});
// Prepares, binds and executes one statement.
QSqlQuery runOrThrow(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// JSON objects in the outbox's text columns, which are NOT NULL: an empty object is ''.
QString jsonColumn(const QJsonObject &object);
QJsonObject jsonFromColumn(const QString &text);

} // namespace hearth::cache
