#include "eventdetailquery.h"

#include "readquery.h"

#include <QSqlQuery>

namespace hearth::cache {

std::optional<EventDetail> EventDetailQuery::run(const QSqlDatabase &db) const {
    if (eventId.isEmpty())
        return std::nullopt;
    QSqlQuery e = runRead(
        db,
        QStringLiteral("SELECT e.community_id, coalesce(c.name, ''), e.creator_id, e.title,"
                       " e.description, e.place, e.link, e.starts_at, e.ends_at, e.edited_at,"
                       " e.capacity, e.cancelled FROM events e"
                       " LEFT JOIN communities c ON c.id = e.community_id WHERE e.id = ?"),
        {eventId}, "event");
    if (!e.next())
        return std::nullopt;
    EventDetail d;
    d.id = eventId;
    d.communityId = e.value(0).toString();
    d.communityName = e.value(1).toString();
    d.creatorId = e.value(2).toString();
    d.title = e.value(3).toString();
    d.description = e.value(4).toString();
    d.place = e.value(5).toString();
    d.link = e.value(6).toString();
    d.startsAt = e.value(7).toLongLong();
    d.endsAt = e.value(8).toLongLong();
    d.editedAt = e.value(9).toLongLong();
    d.capacity = e.value(10).toInt();
    d.cancelled = e.value(11).toBool();

    // The server lets the waitlist in by the order of answers; responded_at follows that order
    // (every answer that changes the status stamps it), the user id breaks a tie.
    QSqlQuery r = runRead(
        db,
        QStringLiteral("SELECT r.user_id, r.status, r.responded_at,"
                       " coalesce(nullif(u.display_name, ''), u.handle, ''), coalesce(u.handle, '')"
                       " FROM rsvps r LEFT JOIN users u ON u.id = r.user_id WHERE r.event_id = ?"
                       " ORDER BY r.responded_at, r.user_id"),
        {eventId}, "event");
    while (r.next()) {
        EventAttendee a{r.value(0).toString(), r.value(3).toString(), r.value(4).toString(),
                        r.value(2).toLongLong()};
        const QString status = r.value(1).toString();
        if (a.userId == userId)
            d.myStatus = status;
        if (status == QLatin1String("going")) {
            d.going.append(a);
        } else if (status == QLatin1String("waitlisted")) {
            d.waitlisted.append(a);
            if (a.userId == userId)
                d.waitlistPosition = int(d.waitlisted.size());
        } else if (status == QLatin1String("maybe")) {
            d.maybe.append(a);
        } else {
            ++d.notGoingCount;
        }
    }

    QSqlQuery o =
        runRead(db,
                QStringLiteral("SELECT state, id, CASE error_message WHEN '' THEN error_code"
                               " ELSE error_message END FROM outbox"
                               " WHERE name = 'rsvp.set' AND target_id = ? ORDER BY seq"),
                {eventId}, "event");
    while (o.next()) {
        if (o.value(0).toString() == QLatin1String("pending")) {
            d.myAnswerPending = true;
        } else {
            d.failedMutationId = o.value(1).toString();
            d.failedReason = o.value(2).toString();
        }
    }
    return d;
}

} // namespace hearth::cache
