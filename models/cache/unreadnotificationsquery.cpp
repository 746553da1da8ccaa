#include "unreadnotificationsquery.h"

#include "cachelogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hearth::cache {

QList<UnreadNotification> UnreadNotificationsQuery::run(const QSqlDatabase &db) const {
    QList<UnreadNotification> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT n.id, n.kind, n.community_id, coalesce(c.name, ''), n.actor_name, n.text,"
        " n.target_type, n.target_id, n.created_at, coalesce(e.starts_at, 0) FROM notifications n"
        " LEFT JOIN communities c ON c.id = n.community_id"
        " LEFT JOIN events e ON n.target_type = 'event' AND e.id = n.target_id"
        " WHERE n.read_at = 0 AND n.created_at >= ? ORDER BY n.created_at, n.id"));
    q.addBindValue(since);
    if (!q.exec()) {
        qCWarning(lcCache) << "unread notifications query failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString(), q.value(8).toLongLong(),
                    q.value(9).toLongLong()});
    return out;
}

qint64 UnreadNotificationsQuery::newest(const QSqlDatabase &db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(created_at), 0) FROM notifications")) ||
        !q.next()) {
        qCWarning(lcCache) << "newest notification query failed:" << q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace hearth::cache
