#include "discoverquery.h"

#include "readquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hearth::cache {

namespace {

// %, _ and the escape itself stand for themselves in the LIKE pattern.
QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString selectSql() {
    return QStringLiteral(
        "SELECT c.id, c.name, c.slug, c.tagline, c.description, c.guidelines, c.visibility,"
        " c.member_count, c.member_cap, c.topics, c.organizers, coalesce(m.state, ''),"
        " EXISTS(SELECT 1 FROM outbox o WHERE o.target_id = c.id AND o.state = 'pending'"
        "  AND o.name = 'membership.join'),"
        " (SELECT o.error_message FROM outbox o WHERE o.target_id = c.id AND o.state = 'failed'"
        "  AND o.name = 'membership.join' ORDER BY o.seq DESC LIMIT 1),"
        " (SELECT o.id FROM outbox o WHERE o.target_id = c.id AND o.state = 'failed'"
        "  AND o.name = 'membership.join' ORDER BY o.seq DESC LIMIT 1)"
        " FROM communities c LEFT JOIN memberships m ON m.community_id = c.id AND m.user_id = ?"
        " WHERE c.visibility IN ('public', 'request')");
}

DiscoverRow rowOf(const QSqlQuery &q) {
    DiscoverRow row;
    row.id = q.value(0).toString();
    row.name = q.value(1).toString();
    row.slug = q.value(2).toString();
    row.tagline = q.value(3).toString();
    row.description = q.value(4).toString();
    row.guidelines = q.value(5).toString();
    row.visibility = q.value(6).toString();
    row.memberCount = q.value(7).toInt();
    row.memberCap = q.value(8).toInt();
    for (const QJsonValue &t : QJsonDocument::fromJson(q.value(9).toByteArray()).array())
        row.topics.append(t.toString());
    row.organizers = QJsonDocument::fromJson(q.value(10).toByteArray()).array().toVariantList();
    row.membershipState = q.value(11).toString();
    row.joinPending = q.value(12).toBool();
    row.joinError = q.value(13).toString();
    row.joinErrorId = q.value(14).toString();
    return row;
}

} // namespace

QList<DiscoverRow> DiscoverQuery::run(const QSqlDatabase &db) const {
    QString sql = selectSql();
    QVariantList values{localUserId};
    const QString needle = search.trimmed();
    if (!needle.isEmpty()) {
        const QString pattern = likePattern(needle);
        sql += QStringLiteral(
            " AND (c.name LIKE ? ESCAPE '\\' OR c.tagline LIKE ? ESCAPE '\\'"
            " OR EXISTS(SELECT 1 FROM json_each(c.topics) t WHERE t.value LIKE ? ESCAPE '\\'))");
        values << pattern << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY c.name COLLATE NOCASE, c.id");
    QList<DiscoverRow> rows;
    QSqlQuery q = runRead(db, sql, values, "discover");
    while (q.next())
        rows.append(rowOf(q));
    return rows;
}

} // namespace hearth::cache
