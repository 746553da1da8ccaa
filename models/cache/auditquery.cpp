#include "auditquery.h"

#include "readquery.h"

#include <QSqlQuery>

namespace hearth::cache {

QString AuditQuery::targetTypeOf(const QString &action) {
    const QString area = action.section(QLatin1Char('.'), 0, 0);
    if (area == QLatin1StringView("membership"))
        return QStringLiteral("user");
    if (area == QLatin1StringView("post") || area == QLatin1StringView("comment") ||
        area == QLatin1StringView("event") || area == QLatin1StringView("invite") ||
        area == QLatin1StringView("report") || area == QLatin1StringView("community"))
        return area;
    return {};
}

QList<AuditRow> AuditQuery::run(const QSqlDatabase &db) const {
    QList<AuditRow> rows;
    if (communityId.isEmpty())
        return rows;
    QString sql = QStringLiteral(
        "SELECT a.id, a.action, a.actor_id, coalesce(nullif(au.display_name, ''), au.handle, ''),"
        " a.target_id,"
        " CASE WHEN a.action LIKE 'membership.%' THEN"
        "   coalesce(nullif(tu.display_name, ''), tu.handle, '')"
        "  WHEN a.action LIKE 'post.%' THEN"
        "   coalesce(CASE WHEN p.title <> '' THEN p.title ELSE substr(p.body, 1, 80) END, '')"
        "  WHEN a.action LIKE 'event.%' THEN coalesce(e.title, '')"
        "  WHEN a.action LIKE 'community.%' THEN coalesce(c.name, '')"
        "  ELSE '' END,"
        " a.reason, a.created_at"
        " FROM audit_entries a"
        " LEFT JOIN users au ON au.id = a.actor_id"
        " LEFT JOIN users tu ON a.action LIKE 'membership.%' AND tu.id = a.target_id"
        " LEFT JOIN posts p ON a.action LIKE 'post.%' AND p.id = a.target_id"
        " LEFT JOIN events e ON a.action LIKE 'event.%' AND e.id = a.target_id"
        " LEFT JOIN communities c ON a.action LIKE 'community.%' AND c.id = a.target_id"
        " WHERE a.community_id = ?");
    QVariantList values{communityId};
    if (!actorId.isEmpty()) {
        sql += QStringLiteral(" AND a.actor_id = ?");
        values.append(actorId);
    }
    if (!action.isEmpty()) {
        sql += QStringLiteral(" AND a.action = ?");
        values.append(action);
    }
    sql += QStringLiteral(" ORDER BY a.created_at DESC, a.id");
    QSqlQuery q = runRead(db, sql, values, "audit log");
    while (q.next()) {
        AuditRow row;
        row.id = q.value(0).toString();
        row.action = q.value(1).toString();
        row.actorId = q.value(2).toString();
        row.actorName = q.value(3).toString();
        row.targetId = q.value(4).toString();
        row.targetType = targetTypeOf(row.action);
        row.targetLabel = q.value(5).toString();
        row.reason = q.value(6).toString();
        row.createdAt = q.value(7).toLongLong();
        rows.append(std::move(row));
    }
    return rows;
}

qint64 AuditQuery::fetchedAt(const QSqlDatabase &db, const QString &communityId) {
    QSqlQuery q =
        runRead(db, QStringLiteral("SELECT fetched_at FROM audit_fetches WHERE community_id = ?"),
                {communityId}, "audit fetch time");
    return q.next() ? q.value(0).toLongLong() : 0;
}

QStringList AuditQuery::actors(const QSqlDatabase &db, const QString &communityId) {
    QSqlQuery q =
        runRead(db,
                QStringLiteral("SELECT DISTINCT a.actor_id,"
                               " coalesce(nullif(u.display_name, ''), u.handle, a.actor_id) AS name"
                               " FROM audit_entries a LEFT JOIN users u ON u.id = a.actor_id"
                               " WHERE a.community_id = ? ORDER BY name COLLATE NOCASE"),
                {communityId}, "audit actors");
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString() + QLatin1Char('\t') + q.value(1).toString());
    return out;
}

QStringList AuditQuery::actions(const QSqlDatabase &db, const QString &communityId) {
    QSqlQuery q = runRead(db,
                          QStringLiteral("SELECT DISTINCT action FROM audit_entries"
                                         " WHERE community_id = ? ORDER BY action"),
                          {communityId}, "audit actions");
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace hearth::cache
