#include "alertsettingsquery.h"

#include "readquery.h"

#include <QJsonDocument>

namespace hearth::cache {

using hearth::protocol::AlertSettings;

QString AlertSettingsQuery::sql() {
    return QStringLiteral("SELECT digest, levels, version FROM alert_settings WHERE user_id = ?");
}

AlertSettings AlertSettingsQuery::fromRow(const QString &userId, const QSqlQuery &row) {
    AlertSettings fallback;
    fallback.userId = userId;
    QString error;
    const auto stored = AlertSettings::fromJson(
        {{QStringLiteral("userId"), userId},
         {QStringLiteral("digest"), row.value(0).toInt() != 0},
         {QStringLiteral("levels"),
          QJsonDocument::fromJson(row.value(1).toString().toUtf8()).object()},
         {QStringLiteral("version"), row.value(2).toInt()}},
        &error);
    return stored ? *stored : fallback;
}

AlertSettings AlertSettingsQuery::run(const QSqlDatabase &db) const {
    QSqlQuery q = runRead(db, sql(), {userId}, "alert settings");
    if (q.next())
        return fromRow(userId, q);
    AlertSettings defaults;
    defaults.userId = userId;
    return defaults;
}

} // namespace hearth::cache
