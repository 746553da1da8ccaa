#include "eventsquery.h"

#include "readquery.h"

#include <QSqlQuery>

namespace hearth::cache {

QList<EventRow> EventsQuery::run(const QSqlDatabase &db) const {
    QString sql = QStringLiteral(
        "SELECT e.id, e.community_id, e.title, e.description, e.starts_at, e.ends_at, e.place,"
        " e.link, e.capacity, e.going_count, e.waitlist_count,"
        " coalesce((SELECT r.status FROM rsvps r WHERE r.event_id = e.id AND r.user_id = ?), ''),"
        " EXISTS(SELECT 1 FROM outbox o WHERE o.target_id = e.id AND o.name = 'rsvp.set'"
        "  AND o.state = 'pending'),"
        " e.cancelled, coalesce((SELECT c.name FROM communities c WHERE c.id = e.community_id),"
        " ''),"
        // My place in line: the server seats the waitlist in the order of answers, which
        // responded_at follows (the user id breaks a tie).
        " CASE WHEN mine.status = 'waitlisted' THEN 1 + (SELECT count(*) FROM rsvps w"
        "  WHERE w.event_id = e.id AND w.status = 'waitlisted' AND (w.responded_at <"
        "  mine.responded_at OR (w.responded_at = mine.responded_at AND w.user_id < mine.user_id)))"
        "  ELSE 0 END"
        " FROM events e LEFT JOIN rsvps mine ON mine.event_id = e.id AND mine.user_id = ? WHERE ");
    QVariantList values{localUserId, localUserId};
    if (communityId.isEmpty()) {
        sql += QStringLiteral("e.community_id IN (SELECT community_id FROM memberships"
                              " WHERE user_id = ? AND state = 'active')");
        values.append(localUserId);
    } else {
        sql += QStringLiteral("e.community_id = ?");
        values.append(communityId);
    }
    // An event is upcoming until it is over.
    const qint64 weekFromNow = nowMs + qint64(7) * 24 * 3600 * 1000;
    switch (when) {
    case When::Upcoming:
        sql += QStringLiteral(" AND e.ends_at >= ? ORDER BY e.starts_at, e.id");
        values.append(nowMs);
        break;
    case When::Past:
        sql += QStringLiteral(" AND e.ends_at < ? ORDER BY e.starts_at DESC, e.id DESC");
        values.append(nowMs);
        break;
    case When::ThisWeek:
        sql += QStringLiteral(" AND e.ends_at >= ? AND e.starts_at < ? ORDER BY e.starts_at, e.id");
        values << nowMs << weekFromNow;
        break;
    case When::Later:
        sql += QStringLiteral(" AND e.starts_at >= ? ORDER BY e.starts_at, e.id");
        values.append(weekFromNow);
        break;
    }
    QList<EventRow> rows;
    QSqlQuery q = runRead(db, sql, values, "events");
    while (q.next()) {
        EventRow row;
        row.id = q.value(0).toString();
        row.communityId = q.value(1).toString();
        row.title = q.value(2).toString();
        row.description = q.value(3).toString();
        row.startsAt = q.value(4).toLongLong();
        row.endsAt = q.value(5).toLongLong();
        row.place = q.value(6).toString();
        row.link = q.value(7).toString();
        row.capacity = q.value(8).toInt();
        row.goingCount = q.value(9).toInt();
        row.waitlistCount = q.value(10).toInt();
        row.myRsvp = q.value(11).toString();
        row.rsvpPending = q.value(12).toBool();
        row.cancelled = q.value(13).toBool();
        row.communityName = q.value(14).toString();
        row.waitlistPosition = q.value(15).toInt();
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace hearth::cache
