#include "eventmutations.h"

#include "server/domain/activityreader.h"
#include "server/domain/auditlog.h"
#include "server/domain/policy.h"
#include "server/domain/rsvpmutations.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::EventMutations {

using namespace hearth::protocol;

namespace {

DomainError eventNotFound() {
    return DomainError::notFound(QStringLiteral("no such event"));
}

} // namespace

MutationResult create(MutationContext &ctx, const EventCreateArgs &args) {
    const QString &id = args.id;
    const QString &communityId = args.communityId;
    if (!ctx.reader.communityExists(communityId))
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("no such community")));
    if (auto denied = Policy::check(Policy::Action::ManageEvents,
                                    ctx.reader.membership(communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (ActivityReader(ctx.db).eventExists(id))
        return MutationContext::rejected(
            DomainError::conflict(QStringLiteral("an event with this id already exists")));

    Query(ctx.db.connection(),
          QStringLiteral("INSERT INTO events (id, community_id, creator_id, title, description, "
                         "starts_at, ends_at, place, link, capacity, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(communityId)
        .bind(ctx.userId)
        .bind(args.title)
        .bind(args.description)
        .bind(args.startsAt)
        .bind(args.endsAt)
        .bind(args.place)
        .bind(args.link)
        .bind(args.capacity)
        .bind(ctx.now)
        .exec();
    ctx.emitEvent(id);
    AuditLog::record(ctx, communityId, QStringLiteral("event.create"), id);
    return MutationContext::applied({{QStringLiteral("id"), id}});
}

MutationResult edit(MutationContext &ctx, const EventEditArgs &args) {
    const QString &id = args.id;
    const auto current = ActivityReader(ctx.db).event(id);
    if (!current)
        return MutationContext::rejected(eventNotFound());
    if (auto denied = Policy::check(Policy::Action::ManageEvents,
                                    ctx.reader.membership(current->communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (current->cancelled)
        return MutationContext::rejected(
            DomainError::forbidden(QStringLiteral("the event was cancelled")));
    const Event e = args.appliedTo(*current);
    if (const QString problem = eventProblem(e); !problem.isEmpty())
        return MutationContext::rejected(DomainError::invalid(problem));

    Query(ctx.db.connection(),
          QStringLiteral("UPDATE events SET title = ?, description = ?, starts_at = ?, "
                         "ends_at = ?, place = ?, link = ?, capacity = ?, edited_at = ? "
                         "WHERE id = ?"))
        .bind(e.title)
        .bind(e.description)
        .bind(e.startsAt)
        .bind(e.endsAt)
        .bind(e.place)
        .bind(e.link)
        .bind(e.capacity)
        .bind(ctx.now)
        .bind(id)
        .exec();
    RsvpMutations::fillSeats(ctx, id);
    ctx.emitEvent(id);
    AuditLog::record(ctx, current->communityId, QStringLiteral("event.edit"), id);
    return MutationContext::applied({{QStringLiteral("id"), id}});
}

MutationResult cancel(MutationContext &ctx, const EventCancelArgs &args) {
    const QString &id = args.id;
    const auto current = ActivityReader(ctx.db).event(id);
    if (!current)
        return MutationContext::rejected(eventNotFound());
    if (auto denied = Policy::check(Policy::Action::ManageEvents,
                                    ctx.reader.membership(current->communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    const QJsonObject result{{QStringLiteral("id"), id}, {QStringLiteral("cancelled"), true}};
    if (current->cancelled) // cancelling again changes nothing
        return MutationContext::applied(result);
    Query(ctx.db.connection(),
          QStringLiteral("UPDATE events SET cancelled = 1, edited_at = ? WHERE id = ?"))
        .bind(ctx.now)
        .bind(id)
        .exec();
    ctx.emitEvent(id);
    AuditLog::record(ctx, current->communityId, QStringLiteral("event.cancel"), id, args.reason);
    return MutationContext::applied(result);
}

} // namespace hearthd::EventMutations
