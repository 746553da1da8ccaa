#include "communitylistquery.h"

#include "readquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hearth::cache {

QList<CommunityRow> CommunityListQuery::run(const QSqlDatabase &db) const {
    QString sql = QStringLiteral(
        "SELECT c.id, c.name, c.slug, c.tagline, c.member_count, coalesce(m.role, ''),"
        " coalesce(s.post_count, 0), c.visibility, c.description, coalesce(m.state, ''),"
        " EXISTS(SELECT 1 FROM outbox o WHERE o.target_id = c.id AND o.state = 'pending'),"
        " coalesce(s.unread_count, 0), c.guidelines, c.welcome, c.member_cap,"
        " coalesce(s.keep_offline, 0), coalesce(s.history_complete, 0),"
        " (m.state = 'active' AND trim(c.guidelines) <> ''"
        "  AND c.guidelines_required_at > m.guidelines_accepted_at),"
        " c.topics, c.version"
        " FROM communities c LEFT JOIN memberships m ON m.community_id = c.id AND m.user_id = ?"
        " LEFT JOIN community_state s ON s.community_id = c.id");
    // A join the server refused is no membership, though its optimistic row stays until the
    // member retries or dismisses it (Discover shows the reason).
    QStringList where;
    QVariantList values{localUserId};
    if (joinedOnly)
        where.append(QStringLiteral(
            "m.state IN ('active', 'pending') AND NOT EXISTS(SELECT 1 FROM outbox f"
            " WHERE f.target_id = c.id AND f.name = 'membership.join' AND f.state = 'failed')"));
    if (!communityId.isEmpty()) {
        where.append(QStringLiteral("c.id = ?"));
        values.append(communityId);
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(
        " ORDER BY (m.state IS NULL OR m.state <> 'active'), c.name COLLATE NOCASE, c.id");
    QList<CommunityRow> rows;
    QSqlQuery q = runRead(db, sql, values, "community list");
    while (q.next()) {
        CommunityRow row;
        row.id = q.value(0).toString();
        row.name = q.value(1).toString();
        row.slug = q.value(2).toString();
        row.tagline = q.value(3).toString();
        row.memberCount = q.value(4).toInt();
        row.myRole = q.value(5).toString();
        row.postCount = q.value(6).toInt();
        row.visibility = q.value(7).toString();
        row.description = q.value(8).toString();
        row.membershipState = q.value(9).toString();
        row.pending = q.value(10).toBool();
        row.unreadCount = q.value(11).toInt();
        row.guidelines = q.value(12).toString();
        row.welcome = q.value(13).toString();
        row.memberCap = q.value(14).toInt();
        row.keepOffline = q.value(15).toBool();
        row.historyComplete = q.value(16).toBool();
        row.mustAcceptGuidelines = q.value(17).toBool();
        for (const QJsonValue &t : QJsonDocument::fromJson(q.value(18).toByteArray()).array())
            row.topics.append(t.toString());
        row.version = q.value(19).toInt();
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace hearth::cache
