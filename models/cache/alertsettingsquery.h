#pragma once
// My alert settings as the cache holds them (alerts.set, synced from hearthd): the daily digest
// and the level of each community whose level is not "all". The defaults when I never chose.

#include "protocol/entities.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace hearth::cache {

struct AlertSettingsQuery {
    QString userId;

    protocol::AlertSettings run(const QSqlDatabase &db) const;

    // The SQL that reads them (one row or none), and the settings from its current row.
    static QString sql();
    static protocol::AlertSettings fromRow(const QString &userId, const QSqlQuery &row);
};

} // namespace hearth::cache
