#include "feedquery.h"

#include "readquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hearth::cache {

namespace {
// The reactions column as {emoji, count, mine} in first-use order: char(2) between the fields,
// char(1) between the emoji.
QList<ReactionCount> reactionsOf(const QString &column) {
    QList<ReactionCount> list;
    if (column.isEmpty())
        return list;
    const QStringList entries = column.split(QChar(1));
    for (const QString &entry : entries) {
        const QStringList fields = entry.split(QChar(2));
        if (fields.size() == 3)
            list.append({fields.at(0), fields.at(1).toInt(), fields.at(2).toInt() != 0});
    }
    return list;
}
} // namespace

FeedQuery::Position FeedQuery::positionOf(const FeedRow &row) const {
    return {row.pinned, order == Order::Activity ? row.activityAt : row.createdAt, row.id};
}

QList<FeedRow> FeedQuery::run(const QSqlDatabase &db) const {
    QList<FeedRow> rows;
    if (communityId.isEmpty() || limit == 0 || (ids && ids->isEmpty()))
        return rows;
    // Keyset paging with a row value over the feed index: no OFFSET. All key columns sort
    // descending, so "after" in feed order is simply "less than".
    const QString time =
        order == Order::Activity ? QStringLiteral("p.activity_at") : QStringLiteral("p.created_at");
    const QString key = pinnedFirst ? QStringLiteral("(p.pinned, %1, p.id)").arg(time)
                                    : QStringLiteral("(%1, p.id)").arg(time);
    const QString marks = pinnedFirst ? QStringLiteral("(?, ?, ?)") : QStringLiteral("(?, ?)");
    QString sql =
        QStringLiteral(
            "SELECT p.id, p.kind, p.title, p.body, p.author_name, p.created_at, p.comment_count,"
            " p.pinned, %1, p.topic, p.author_id, p.edited_at, p.activity_at,"
            " (SELECT group_concat(r.emoji || char(2) || r.n || char(2) || r.mine, char(1)) FROM"
            "  (SELECT emoji, count(*) AS n, max(user_id = ?) AS mine, min(created_at) AS first"
            "   FROM reactions WHERE target_type = 'post' AND target_id = p.id"
            "   GROUP BY emoji ORDER BY first, emoji) r),"
            " EXISTS(SELECT 1 FROM outbox c WHERE c.target_id = p.id AND c.name = 'post.create')"
            " FROM %2 WHERE p.community_id = ?"
            " AND NOT EXISTS(SELECT 1 FROM outbox d WHERE d.target_id = p.id"
            "  AND d.name = 'post.delete' AND d.state = 'pending')")
            .arg(OutboxMark::columns(QStringLiteral("p.id")),
                 // Refreshing given posts: look each one up by id (CROSS JOIN keeps json_each
                 // the outer loop), never walk the community's feed index.
                 ids ? QStringLiteral("json_each(?) j CROSS JOIN posts p ON p.id = j.value")
                     : QStringLiteral("posts p"));
    QVariantList values{localUserId};
    if (ids)
        values.append(jsonArrayOf(*ids));
    values.append(communityId);
    if (!kind.isEmpty()) {
        sql += QStringLiteral(" AND p.kind = ?");
        values.append(kind);
    }
    if (!topic.isEmpty()) {
        sql += QStringLiteral(" AND p.topic = ?");
        values.append(topic);
    }
    const auto bound = [&](const Position &at, const char *comparison) {
        sql += QStringLiteral(" AND ") + key + QLatin1Char(' ') + QLatin1StringView(comparison) +
               QLatin1Char(' ') + marks;
        if (pinnedFirst)
            values.append(int(at.pinned));
        values.append(at.time);
        values.append(at.id);
    };
    if (after)
        bound(*after, "<");
    if (upTo)
        bound(*upTo, ">=");
    sql += pinnedFirst ? QStringLiteral(" ORDER BY p.pinned DESC, %1 DESC, p.id DESC").arg(time)
                       : QStringLiteral(" ORDER BY %1 DESC, p.id DESC").arg(time);
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    QSqlQuery q = runRead(db, sql, values, "feed");
    while (q.next()) {
        FeedRow row;
        row.id = q.value(0).toString();
        row.kind = q.value(1).toString();
        row.title = q.value(2).toString();
        row.body = q.value(3).toString();
        row.authorName = q.value(4).toString();
        row.createdAt = q.value(5).toLongLong();
        row.commentCount = q.value(6).toInt();
        row.pinned = q.value(7).toBool();
        row.outbox = OutboxMark::read(q, 8);
        row.topic = q.value(10).toString();
        row.authorId = q.value(11).toString();
        row.edited = q.value(12).toLongLong() > 0;
        row.activityAt = q.value(13).toLongLong();
        row.reactions = reactionsOf(q.value(14).toString());
        row.unsent = q.value(15).toBool();
        rows.append(std::move(row));
    }
    return rows;
}

QList<ReactionCount> ReactionsQuery::run(const QSqlDatabase &db) const {
    QSqlQuery q = runRead(
        db,
        QStringLiteral(
            "SELECT group_concat(r.emoji || char(2) || r.n || char(2) || r.mine, char(1)) FROM"
            " (SELECT emoji, count(*) AS n, max(user_id = ?) AS mine, min(created_at) AS first"
            "  FROM reactions WHERE target_type = ? AND target_id = ?"
            "  GROUP BY emoji ORDER BY first, emoji) r"),
        {localUserId, targetType, targetId}, "reactions");
    return q.next() ? reactionsOf(q.value(0).toString()) : QList<ReactionCount>();
}

QList<Reactor> ReactorsQuery::run(const QSqlDatabase &db) const {
    QSqlQuery q = runRead(
        db,
        QStringLiteral("SELECT r.user_id, COALESCE(NULLIF(u.display_name, ''), u.handle, '')"
                       " FROM reactions r LEFT JOIN users u ON u.id = r.user_id"
                       " WHERE r.target_type = ? AND r.target_id = ? AND r.emoji = ?"
                       " ORDER BY r.created_at, r.user_id"),
        {targetType, targetId, emoji}, "reactors");
    QList<Reactor> reactors;
    while (q.next())
        reactors.append({q.value(0).toString(), q.value(1).toString()});
    return reactors;
}

QStringList CommunityTopicsQuery::run(const QSqlDatabase &db) const {
    QStringList topics;
    QSqlQuery q = runRead(db, QStringLiteral("SELECT topics FROM communities WHERE id = ?"),
                          {communityId}, "community topics");
    if (!q.next())
        return topics;
    const QJsonArray all = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    for (const QJsonValue &topic : all) {
        if (topic.isString() && !topic.toString().isEmpty())
            topics.append(topic.toString());
    }
    return topics;
}

} // namespace hearth::cache
