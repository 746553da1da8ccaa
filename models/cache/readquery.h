#pragma once
// How the cache's query objects run a read: prepare, bind, execute on the caller's read
// connection. A read that fails is logged (hearth.cache) and yields no rows, so a view shows
// what it can instead of stopping; `what` names the query in the warning.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace hearth::cache {

QSqlQuery runRead(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                  const char *what);

// `values` as one JSON array text, for `x IN (SELECT value FROM json_each(?))`: one bound
// value however many ids a refresh asks for.
QString jsonArrayOf(const QStringList &values);

} // namespace hearth::cache
