#include "notificationsquery.h"

#include "readquery.h"

#include <QSqlQuery>

namespace hearth::cache {

QList<NotificationRow> NotificationsQuery::run(const QSqlDatabase &db) const {
    QList<NotificationRow> rows;
    if (limit == 0)
        return rows;
    QString sql = QStringLiteral("SELECT id, kind, community_id, actor_name, target_type,"
                                 " target_id, text, created_at, read_at FROM notifications"
                                 " WHERE 1");
    QVariantList values;
    if (unreadOnly)
        sql += QStringLiteral(" AND read_at = 0");
    if (after) {
        sql += QStringLiteral(" AND (created_at, id) < (?, ?)");
        values << after->createdAt << after->id;
    }
    if (upTo) {
        sql += QStringLiteral(" AND (created_at, id) >= (?, ?)");
        values << upTo->createdAt << upTo->id;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC");
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

} // namespace hearth::cache
