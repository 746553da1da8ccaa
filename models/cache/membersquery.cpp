#include "membersquery.h"

#include "readquery.h"

#include <QHash>
#include <QSqlQuery>

namespace hearth::cache {

QList<MemberRow> MembersQuery::run(const QSqlDatabase &db) const {
    QList<MemberRow> rows;
    if (communityId.isEmpty())
        return rows;
    QString sql = QStringLiteral(
        "SELECT m.user_id, coalesce(u.handle, ''),"
        " coalesce(nullif(u.display_name, ''), u.handle, ''), coalesce(u.bio, ''), m.role,"
        " m.state, m.joined_at,"
        " (SELECT count(*) FROM posts p WHERE p.community_id = m.community_id"
        "  AND p.author_id = m.user_id)"
        " FROM memberships m LEFT JOIN users u ON u.id = m.user_id WHERE m.community_id = ?");
    QVariantList binds{communityId};
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND m.state = ?");
        binds.append(state);
    } else if (!includeInactive) {
        sql += QStringLiteral(" AND m.state = 'active'");
    }
    if (!role.isEmpty()) {
        sql += QStringLiteral(" AND m.role = ?");
        binds.append(role);
    }
    sql += QStringLiteral(
        " ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'moderator' THEN 1 ELSE 2 END,"
        " coalesce(nullif(u.display_name, ''), u.handle, m.user_id) COLLATE NOCASE, m.user_id");
    QSqlQuery q = runRead(db, sql, binds, "members");
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
        row.postCount = q.value(7).toInt();
        rows.append(std::move(row));
    }
    if (rows.isEmpty())
        return rows;
    // Decisions in the order they were made: the newest per membership wins.
    QHash<QString, qsizetype> byTarget;
    for (qsizetype i = 0; i < rows.size(); ++i)
        byTarget.insert(communityId + QLatin1Char(':') + rows.at(i).userId, i);
    QSqlQuery d = runRead(db,
                          QStringLiteral("SELECT target_id, name, id, state, error_message"
                                         " FROM outbox WHERE community_id = ?"
                                         " AND name LIKE 'membership.%' AND target_id <> ?"
                                         " ORDER BY seq"),
                          {communityId, communityId}, "member decisions");
    while (d.next()) {
        const auto it = byTarget.constFind(d.value(0).toString());
        if (it == byTarget.cend())
            continue;
        MemberRow &row = rows[*it];
        row.decision = d.value(1).toString();
        row.decisionId = d.value(2).toString();
        row.decisionState = d.value(3).toString();
        row.decisionError = d.value(4).toString();
    }
    return rows;
}

SeatsQuery::Seats SeatsQuery::run(const QSqlDatabase &db) const {
    Seats seats;
    QSqlQuery q = runRead(db,
                          QStringLiteral("SELECT member_cap, member_count FROM communities"
                                         " WHERE id = ?"),
                          {communityId}, "seats");
    if (q.next()) {
        seats.cap = q.value(0).toInt();
        seats.taken = q.value(1).toInt();
    }
    return seats;
}

} // namespace hearth::cache
