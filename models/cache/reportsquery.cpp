#include "reportsquery.h"

#include "readquery.h"
#include "sqlstep.h"

#include "protocol/mutation.h"

#include <QHash>
#include <QSqlQuery>

namespace hearth::cache {

QList<ReportRow> ReportsQuery::run(const QSqlDatabase &db) const {
    QList<ReportRow> rows;
    if (communityId.isEmpty())
        return rows;
    // The reported object: the comment for a comment (its post for the title), else the post.
    const QString sql =
        QStringLiteral(
            "SELECT r.id, r.community_id, r.reporter_id,"
            " coalesce(nullif(ru.display_name, ''), ru.handle, ''), r.target_type, r.target_id,"
            " r.post_id, r.reason, r.status, r.resolved_by,"
            " coalesce(nullif(bu.display_name, ''), bu.handle, ''), r.note, r.created_at,"
            " r.resolved_at,"
            " CASE WHEN r.target_type = 'comment' THEN c.author_id ELSE p.author_id END,"
            " coalesce(nullif(au.display_name, ''),"
            "  CASE WHEN r.target_type = 'comment' THEN c.author_name ELSE p.author_name END, ''),"
            " CASE WHEN r.target_type = 'comment' THEN c.body ELSE p.body END,"
            " CASE WHEN p.title <> '' THEN p.title ELSE substr(p.body, 1, 80) END,"
            " CASE WHEN r.target_type = 'comment' THEN c.id IS NOT NULL ELSE p.id IS NOT NULL END,"
            " p.id IS NOT NULL"
            " FROM reports r"
            " LEFT JOIN posts p ON p.id = r.post_id"
            " LEFT JOIN comments c ON r.target_type = 'comment' AND c.id = r.target_id"
            " LEFT JOIN users ru ON ru.id = r.reporter_id"
            " LEFT JOIN users bu ON bu.id = r.resolved_by AND r.resolved_by <> ''"
            " LEFT JOIN users au ON au.id ="
            "  CASE WHEN r.target_type = 'comment' THEN c.author_id ELSE p.author_id END"
            " WHERE r.community_id = ? AND %1")
            .arg(resolved ? QStringLiteral("r.status <> 'open'"
                                           " ORDER BY r.resolved_at DESC, r.id")
                          : QStringLiteral("r.status = 'open'"
                                           " ORDER BY r.created_at, r.id"));
    QSqlQuery q = runRead(db, sql, {communityId}, "reports");
    QHash<QString, qsizetype> byId;
    while (q.next()) {
        ReportRow row;
        row.id = q.value(0).toString();
        row.communityId = q.value(1).toString();
        row.reporterId = q.value(2).toString();
        row.reporterName = q.value(3).toString();
        row.targetType = q.value(4).toString();
        row.targetId = q.value(5).toString();
        row.postId = q.value(6).toString();
        row.reason = q.value(7).toString();
        row.status = q.value(8).toString();
        row.resolvedBy = q.value(9).toString();
        row.resolvedByName = q.value(10).toString();
        row.note = q.value(11).toString();
        row.createdAt = q.value(12).toLongLong();
        row.resolvedAt = q.value(13).toLongLong();
        row.authorId = q.value(14).toString();
        row.authorName = q.value(15).toString();
        row.text = q.value(16).toString();
        row.postTitle = q.value(17).toString();
        row.contentAvailable = q.value(18).toBool();
        row.postAvailable = q.value(19).toBool();
        byId.insert(row.id, rows.size());
        rows.append(std::move(row));
    }
    if (rows.isEmpty())
        return rows;
    // Resolutions in the order they were made: the newest per report wins.
    QSqlQuery d = runRead(db,
                          QStringLiteral("SELECT target_id, id, state, error_message, args"
                                         " FROM outbox WHERE community_id = ? AND name = ?"
                                         " ORDER BY seq"),
                          {communityId, QString::fromLatin1(protocol::MutationName::ReportResolve)},
                          "report resolutions");
    while (d.next()) {
        const auto it = byId.constFind(d.value(0).toString());
        if (it == byId.cend())
            continue;
        ReportRow &row = rows[*it];
        const QJsonObject args = jsonFromColumn(d.value(4).toString());
        row.decisionId = d.value(1).toString();
        row.decisionState = d.value(2).toString();
        row.decisionError = d.value(3).toString();
        row.decisionAction = args.value(QStringLiteral("action")).toString();
        row.decisionNote = args.value(QStringLiteral("note")).toString();
    }
    return rows;
}

int ReportsQuery::openCount(const QSqlDatabase &db, const QString &communityId) {
    QSqlQuery q = runRead(db,
                          QStringLiteral("SELECT count(*) FROM reports"
                                         " WHERE community_id = ? AND status = 'open'"),
                          {communityId}, "open reports");
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace hearth::cache
