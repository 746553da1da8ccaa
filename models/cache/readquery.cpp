#include "readquery.h"

#include "cachelogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace hearth::cache {

QSqlQuery runRead(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                  const char *what) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcCache) << what << "query does not prepare:" << q.lastError().text();
        return q;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qCWarning(lcCache) << what << "query failed:" << q.lastError().text();
    return q;
}

QString jsonArrayOf(const QStringList &values) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace hearth::cache
