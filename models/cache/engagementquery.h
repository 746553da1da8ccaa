#pragma once
// A community's engagement figures as last fetched (GET /v1/communities/{id}/engagement), kept
// whole, and what the cache knows of the people and things they name: a member's handle (to
// mention them) and whether a post or an event is cached (to open it).

#include "protocol/engagementreport.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hearth::cache {

struct CachedName {
    QString handle;      // "" when the profile is not cached
    QString displayName; // the handle when there is no display name
};

struct EngagementQuery {
    // The stored figures and when they were fetched (ms since the epoch; 0: never, and the
    // report is empty).
    static protocol::EngagementReport read(const QSqlDatabase &db, const QString &communityId,
                                           qint64 *fetchedAt);
    // The cached names of these users (those not cached are missing).
    static QHash<QString, CachedName> names(const QSqlDatabase &db, const QStringList &userIds);
    // Which of these posts / events the cache holds (and may open).
    static QSet<QString> cachedPosts(const QSqlDatabase &db, const QStringList &postIds);
    static QSet<QString> cachedEvents(const QSqlDatabase &db, const QStringList &eventIds);
};

} // namespace hearth::cache
