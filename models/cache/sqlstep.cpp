#include "sqlstep.h"

#include <QJsonDocument>

#include <QSqlError>

namespace hearth::cache {

QSqlQuery prepareOrThrow(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw SqlFailure{QStringLiteral("cannot prepare \"%1\": %2")
                             .arg(sql.left(80), query.lastError().text())};
    return query;
}

void execOrThrow(QSqlQuery &query, const QVariantList &values) {
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // The cache's text columns are NOT NULL; a null QString (an absent field) means ''.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), v);
    }
    if (!query.exec())
        throw SqlFailure{QStringLiteral("\"%1\" failed: %2")
                             .arg(query.lastQuery().left(80), query.lastError().text())};
}

QSqlQuery runOrThrow(const QSqlDatabase &db, const QString &sql, const QVariantList &values) {
    QSqlQuery query = prepareOrThrow(db, sql);
    execOrThrow(query, values);
    return query;
}

QString jsonColumn(const QJsonObject &object) {
    if (object.isEmpty())
        return QStringLiteral("");
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonFromColumn(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace hearth::cache
