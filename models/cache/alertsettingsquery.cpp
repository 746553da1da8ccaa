#include "alertsettingsquery.h"

#include "readquery.h"

#include "protocol/alertcolumns.h"

namespace hearth::cache {

using hearth::protocol::AlertSettings;

QString AlertSettingsQuery::sql() {
    return QStringLiteral("SELECT digest, levels, version FROM alert_settings WHERE user_id = ?");
}

AlertSettings AlertSettingsQuery::fromRow(const QString &userId, const QSqlQuery &row) {
    AlertSettings fallback;
    fallback.userId = userId;
    QString error;
    const auto stored = protocol::alertSettingsFromColumns(
        userId, row.value(0).toInt() != 0, row.value(1).toString(), row.value(2).toInt(), &error);
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
