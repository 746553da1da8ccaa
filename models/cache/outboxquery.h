#pragma once
// The member's writes the server has not confirmed, in the order they were made (and will be
// sent): pending ones, failed ones, or both.

#include "outboxentry.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hearth::cache {

struct OutboxQuery {
    QString state; // "pending", "failed", or "" for both
    int limit = 1000;

    QList<OutboxEntry> run(const QSqlDatabase &db) const;
    // How many entries are in `state` ("": all).
    static int count(const QSqlDatabase &db, const QString &state);
};

} // namespace hearth::cache
