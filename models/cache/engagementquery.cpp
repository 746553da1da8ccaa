#include "engagementquery.h"

#include "readquery.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace hearth::cache {

namespace {
QSet<QString> cachedIds(const QSqlDatabase &db, const char *table, const QStringList &ids,
                        const char *what) {
    QSet<QString> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q = runRead(db,
                          QStringLiteral("SELECT id FROM %1 WHERE id IN"
                                         " (SELECT value FROM json_each(?))")
                              .arg(QLatin1StringView(table)),
                          {jsonArrayOf(ids)}, what);
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}
} // namespace

protocol::EngagementReport EngagementQuery::read(const QSqlDatabase &db, const QString &communityId,
                                                 qint64 *fetchedAt) {
    *fetchedAt = 0;
    QSqlQuery q = runRead(db,
                          QStringLiteral("SELECT fetched_at, report FROM engagement_reports"
                                         " WHERE community_id = ?"),
                          {communityId}, "engagement report");
    if (!q.next())
        return {};
    QString error;
    const auto report = protocol::EngagementReport::fromJson(
        QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), &error);
    if (!report)
        return {}; // stored only after it parsed: a damaged row reads as never fetched
    *fetchedAt = q.value(0).toLongLong();
    return *report;
}

QHash<QString, CachedName> EngagementQuery::names(const QSqlDatabase &db,
                                                  const QStringList &userIds) {
    QHash<QString, CachedName> out;
    if (userIds.isEmpty())
        return out;
    QSqlQuery q = runRead(db,
                          QStringLiteral("SELECT id, handle, coalesce(nullif(display_name, ''),"
                                         " handle) FROM users WHERE id IN"
                                         " (SELECT value FROM json_each(?))"),
                          {jsonArrayOf(userIds)}, "engagement names");
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    return out;
}

QSet<QString> EngagementQuery::cachedPosts(const QSqlDatabase &db, const QStringList &postIds) {
    return cachedIds(db, "posts", postIds, "engagement posts");
}

QSet<QString> EngagementQuery::cachedEvents(const QSqlDatabase &db, const QStringList &eventIds) {
    return cachedIds(db, "events", eventIds, "engagement events");
}

} // namespace hearth::cache
