#include "notificationsquery.h"

#include "readquery.h"

#include <QSqlQuery>

namespace hearth::cache {

QList<NotificationRow> NotificationsQuery::run(const QSqlDatabase &db) const {
    QList<NotificationRow> rows;
    if (limit == 0)
        return rows;
    QString sql = QStringLiteral(
        "SELECT n.id, n.kind, n.community_id,"
        // The actor's name as their profile says now (they may have renamed themselves since),
        // the one the server wrote when it made the notification otherwise.
        " coalesce(nullif(u.display_name, ''), n.actor_name), n.target_type, n.target_id, n.text,"
        " n.created_at, n.read_at, coalesce(c.name, '') FROM notifications n"
        " LEFT JOIN communities c ON c.id = n.community_id"
        " LEFT JOIN users u ON n.actor_id <> '' AND u.id = n.actor_id WHERE 1");
    QVariantList values;
    if (unreadOnly)
        sql += QStringLiteral(" AND n.read_at = 0");
    if (after) {
        sql += QStringLiteral(" AND (n.created_at, n.id) < (?, ?)");
        values << after->createdAt << after->id;
    }
    if (upTo) {
        sql += QStringLiteral(" AND (n.created_at, n.id) >= (?, ?)");
        values << upTo->createdAt << upTo->id;
    }
    sql += QStringLiteral(" ORDER BY n.created_at DESC, n.id DESC");
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    QSqlQuery q = runRead(db, sql, values, "notifications");
    while (q.next()) {
        NotificationRow row;
        row.id = q.value(0).toString();
        row.kind = q.value(1).toString();
        row.communityId = q.value(2).toString();
        row.actorName = q.value(3).toString();
        row.targetType = q.value(4).toString();
        row.targetId = q.value(5).toString();
        row.text = q.value(6).toString();
        row.createdAt = q.value(7).toLongLong();
        row.read = q.value(8).toLongLong() != 0;
        row.communityName = q.value(9).toString();
        rows.append(std::move(row));
    }
    return rows;
}

int NotificationsQuery::unreadCount(const QSqlDatabase &db) {
    QSqlQuery q =
        runRead(db, QStringLiteral("SELECT count(*) FROM notifications WHERE read_at = 0"), {},
                "unread notifications");
    return q.next() ? q.value(0).toInt() : 0;
}

QHash<QString, int> NotificationsQuery::unreadByCommunity(const QSqlDatabase &db) {
    QHash<QString, int> counts;
    QSqlQuery q = runRead(db,
                          QStringLiteral("SELECT community_id, count(*) FROM notifications"
                                         " WHERE read_at = 0 GROUP BY community_id"),
                          {}, "unread notifications per community");
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

} // namespace hearth::cache
