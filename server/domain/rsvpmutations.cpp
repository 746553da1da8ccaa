#include "rsvpmutations.h"

#include "server/domain/activityreader.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::RsvpMutations {

using namespace hearth::protocol;

namespace {

const QString Going = QStringLiteral("going");
const QString Waitlisted = QStringLiteral("waitlisted");

bool hasFreeSeat(const ActivityReader &activity, const Event &event) {
    return event.capacity == 0 || activity.countRsvps(event.id, Going) < event.capacity;
}

// The next place in the event's arrival order.
qint64 nextQueue(MutationContext &ctx, const QString &eventId) {
    Query q(ctx.db.connection(),
            QStringLiteral("SELECT COALESCE(MAX(queue), 0) + 1 FROM rsvps WHERE event_id = ?"));
    return q.bind(eventId).scalar(1);
}

} // namespace

int fillSeats(MutationContext &ctx, const QString &eventId) {
    const ActivityReader activity(ctx.db);
    const auto event = activity.event(eventId);
    if (!event || event->cancelled)
        return 0;
    int promoted = 0;
    for (const Rsvp &r : activity.rsvps(eventId)) {
        if (r.status != Waitlisted)
            continue;
        if (!hasFreeSeat(activity, *event))
            break;
        Query(ctx.db.connection(),
              QStringLiteral("UPDATE rsvps SET status = ? WHERE event_id = ? AND user_id = ?"))
            .bind(Going)
            .bind(eventId)
            .bind(r.userId)
            .exec();
        ctx.emitRsvp(eventId, r.userId);
        ++promoted;
    }
    return promoted;
}

void withdraw(MutationContext &ctx, const QString &communityId, const QString &userId) {
    Query q(ctx.db.connection(),
            QStringLiteral(
                "SELECT r.event_id, r.status FROM rsvps r JOIN events e ON e.id = r.event_id "
                "WHERE e.community_id = ? AND e.cancelled = 0 AND r.user_id = ? "
                "AND r.status IN ('going', 'waitlisted') ORDER BY r.event_id"));
    q.bind(communityId).bind(userId).exec();
    QList<std::pair<QString, bool>> held; // event, held a seat
    while (q.next())
        held.append({q.text(0), q.text(1) == Going});
    for (const auto &[eventId, hadSeat] : held) {
        Query(ctx.db.connection(),
              QStringLiteral("UPDATE rsvps SET status = 'not_going', responded_at = ? "
                             "WHERE event_id = ? AND user_id = ?"))
            .bind(ctx.now)
            .bind(eventId)
            .bind(userId)
            .exec();
        ctx.emitRsvp(eventId, userId);
        if (hadSeat)
            fillSeats(ctx, eventId);
        ctx.emitEvent(eventId);
    }
}

MutationResult set(MutationContext &ctx, const RsvpSetArgs &args) {
    const QString &eventId = args.eventId;
    const QString &wanted = args.status;

    const ActivityReader activity(ctx.db);
    const auto event = activity.event(eventId);
    if (!event)
        return MutationContext::rejected(DomainError::notFound(QStringLiteral("no such event")));
    if (auto denied = Policy::check(Policy::Action::Rsvp,
                                    ctx.reader.membership(event->communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (event->cancelled)
        return MutationContext::rejected(
            DomainError::forbidden(QStringLiteral("the event was cancelled")));

    const auto current = activity.rsvp(eventId, ctx.userId);
    const bool holdsPlace = current && (current->status == Going || current->status == Waitlisted);
    const auto answer = [&](const QString &status) {
        return MutationContext::applied(
            {{QStringLiteral("eventId"), eventId}, {QStringLiteral("status"), status}});
    };
    // Saying "going" again keeps the seat or the place in the waitlist.
    if (wanted == Going && holdsPlace)
        return answer(current->status);
    if (current && current->status == wanted)
        return answer(wanted);

    const bool freedSeat = current && current->status == Going;
    QString status = wanted;
    if (wanted == Going && !hasFreeSeat(activity, *event))
        status = Waitlisted;
    const qint64 queue = nextQueue(ctx, eventId);
    if (current) {
        Query(ctx.db.connection(),
              QStringLiteral("UPDATE rsvps SET status = ?, queue = ?, responded_at = ? "
                             "WHERE event_id = ? AND user_id = ?"))
            .bind(status)
            .bind(queue)
            .bind(ctx.now)
            .bind(eventId)
            .bind(ctx.userId)
            .exec();
    } else {
        Query(ctx.db.connection(),
              QStringLiteral("INSERT INTO rsvps (event_id, user_id, community_id, status, queue, "
                             "responded_at) VALUES (?, ?, ?, ?, ?, ?)"))
            .bind(eventId)
            .bind(ctx.userId)
            .bind(event->communityId)
            .bind(status)
            .bind(queue)
            .bind(ctx.now)
            .exec();
    }
    ctx.emitRsvp(eventId, ctx.userId);
    if (freedSeat)
        fillSeats(ctx, eventId);
    ctx.emitEvent(eventId); // going and waitlist counts
    return answer(status);
}

} // namespace hearthd::RsvpMutations
