#include "membersquery.h"

#include "readquery.h"

#include <QSqlQuery>

namespace hearth::cache {

QList<MemberRow> MembersQuery::run(const QSqlDatabase &db) const {
    QList<MemberRow> rows;
    if (communityId.isEmpty())
        return rows;
    QString sql = QStringLiteral(
        "SELECT m.user_id, coalesce(u.handle, ''),"
        " coalesce(nullif(u.display_name, ''), u.handle, ''), coalesce(u.bio, ''), m.role,"
        " m.state, m.joined_at"
        " FROM memberships m LEFT JOIN users u ON u.id = m.user_id WHERE m.community_id = ?");
    if (!includeInactive)
        sql += QStringLiteral(" AND m.state = 'active'");
    sql += QStringLiteral(
        " ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'moderator' THEN 1 ELSE 2 END,"
        " coalesce(nullif(u.display_name, ''), u.handle, m.user_id) COLLATE NOCASE, m.user_id");
    QSqlQuery q = runRead(db, sql, {communityId}, "members");
    // Filtered here rather than with LIKE, which ignores case only for ASCII ("Ö" vs "ö").
    const QString needle = search.trimmed();
    while (q.next()) {
        if (!needle.isEmpty() && !q.value(1).toString().contains(needle, Qt::CaseInsensitive) &&
            !q.value(2).toString().contains(needle, Qt::CaseInsensitive))
            continue;
        MemberRow row;
        row.userId = q.value(0).toString();
        row.handle = q.value(1).toString();
        row.displayName = q.value(2).toString();
        row.bio = q.value(3).toString();
        row.role = q.value(4).toString();
        row.state = q.value(5).toString();
        row.joinedAt = q.value(6).toLongLong();
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace hearth::cache
