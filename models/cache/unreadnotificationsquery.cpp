#include "unreadnotificationsquery.h"

#include "readquery.h"

#include <QSqlQuery>

namespace hearth::cache {

QList<UnreadNotification> UnreadNotificationsQuery::run(const QSqlDatabase &db) const {
    QList<UnreadNotification> out;
    QSqlQuery q = runRead(
        db,
        QStringLiteral("SELECT n.id, n.kind, n.community_id, coalesce(c.name, ''),"
                       " coalesce(nullif(u.display_name, ''), n.actor_name), n.text,"
                       " n.target_type, n.target_id, n.created_at, coalesce(e.starts_at, 0) FROM "
                       "notifications n"
                       " LEFT JOIN communities c ON c.id = n.community_id"
                       " LEFT JOIN users u ON n.actor_id <> '' AND u.id = n.actor_id"
                       " LEFT JOIN events e ON n.target_type = 'event' AND e.id = n.target_id"
                       " WHERE n.read_at = 0 AND n.created_at >= ? ORDER BY n.created_at, n.id"),
        {since}, "unread notifications");
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString(), q.value(8).toLongLong(),
                    q.value(9).toLongLong()});
    return out;
}

qint64 UnreadNotificationsQuery::newest(const QSqlDatabase &db) {
    QSqlQuery q =
        runRead(db, QStringLiteral("SELECT coalesce(max(created_at), 0) FROM notifications"), {},
                "newest notification");
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace hearth::cache
