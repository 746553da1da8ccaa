#include "eventmutations.h"

#include "server/domain/activityreader.h"
#include "server/domain/argsreader.h"
#include "server/domain/auditlog.h"
#include "server/domain/policy.h"
#include "server/domain/rsvpmutations.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::EventMutations {

using namespace hearth::protocol;

namespace {

constexpr qint64 MaxTime = qint64(1) << 50; // far beyond any calendar; fits a JSON double
constexpr int MaxCapacity = 100000;

// The fields create and edit share, read over `base` (the event as it is, for an edit).
struct Fields {
    Event event;
    std::optional<DomainError> error;
};

Fields readFields(ArgsReader &a, const QJsonObject &args, Event base, bool creating) {
    const auto has = [&](const char *key) {
        return creating || args.contains(QLatin1StringView(key));
    };
    const QString title = a.text(QStringLiteral("title"), 200, creating, 1);
    const QString description = a.text(QStringLiteral("description"), 4000);
    const qint64 startsAt = a.integer(QStringLiteral("startsAt"), 0, MaxTime, creating, 0);
    const qint64 endsAt = a.integer(QStringLiteral("endsAt"), 0, MaxTime, creating, 0);
    const QString place = a.text(QStringLiteral("place"), 200);
    const QString link = a.text(QStringLiteral("link"), 500);
    const int capacity = int(a.integer(QStringLiteral("capacity"), 0, MaxCapacity, false, 0));
    Fields out;
    if ((out.error = a.error()))
        return out;
    if (has("title"))
        base.title = title;
    if (has("description"))
        base.description = description;
    if (has("startsAt"))
        base.startsAt = startsAt;
    if (has("endsAt"))
        base.endsAt = endsAt;
    if (has("place"))
        base.place = place;
    if (has("link"))
        base.link = link;
    if (has("capacity"))
        base.capacity = capacity;
    if (base.endsAt < base.startsAt)
        out.error =
            DomainError::invalid(QStringLiteral("field 'endsAt' must not be before 'startsAt'"));
    else if (base.place.isEmpty() && base.link.isEmpty())
        out.error = DomainError::invalid(QStringLiteral("an event needs a 'place' or a 'link'"));
    out.event = base;
    return out;
}

DomainError eventNotFound() {
    return DomainError::notFound(QStringLiteral("no such event"));
}

} // namespace

MutationResult create(MutationContext &ctx, const QJsonObject &args) {
    ArgsReader a(args);
    const QString id = a.uuid(QStringLiteral("id"));
    const QString communityId = a.uuid(QStringLiteral("communityId"));
    a.rejectUnknown({QLatin1StringView("id"), QLatin1StringView("communityId"),
                     QLatin1StringView("title"), QLatin1StringView("description"),
                     QLatin1StringView("startsAt"), QLatin1StringView("endsAt"),
                     QLatin1StringView("place"), QLatin1StringView("link"),
                     QLatin1StringView("capacity")});
    const Fields f = readFields(a, args, Event{}, true);
    if (f.error)
        return MutationContext::rejected(*f.error);
    if (!ctx.reader.communityExists(communityId))
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("no such community")));
    if (auto denied = Policy::check(Policy::Action::ManageEvents,
                                    ctx.reader.membership(communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (ActivityReader(ctx.db).eventExists(id))
        return MutationContext::rejected(
            DomainError::conflict(QStringLiteral("an event with this id already exists")));

    const Event &e = f.event;
    Query(ctx.db.connection(),
          QStringLiteral("INSERT INTO events (id, community_id, creator_id, title, description, "
                         "starts_at, ends_at, place, link, capacity, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(communityId)
        .bind(ctx.userId)
        .bind(e.title)
        .bind(e.description)
        .bind(e.startsAt)
        .bind(e.endsAt)
        .bind(e.place)
        .bind(e.link)
        .bind(e.capacity)
        .bind(ctx.now)
        .exec();
    ctx.emitEvent(id);
    AuditLog::record(ctx, communityId, QStringLiteral("event.create"), id);
    return MutationContext::applied({{QStringLiteral("id"), id}});
}

MutationResult edit(MutationContext &ctx, const QJsonObject &args) {
    ArgsReader a(args);
    const QString id = a.uuid(QStringLiteral("id"));
    a.rejectUnknown({QLatin1StringView("id"), QLatin1StringView("title"),
                     QLatin1StringView("description"), QLatin1StringView("startsAt"),
                     QLatin1StringView("endsAt"), QLatin1StringView("place"),
                     QLatin1StringView("link"), QLatin1StringView("capacity")});
    if (auto e = a.error())
        return MutationContext::rejected(*e);
    if (args.size() < 2)
        return MutationContext::rejected(
            DomainError::invalid(QStringLiteral("an edit needs at least one field to change")));
    const auto current = ActivityReader(ctx.db).event(id);
    if (!current)
        return MutationContext::rejected(eventNotFound());
    if (auto denied = Policy::check(Policy::Action::ManageEvents,
                                    ctx.reader.membership(current->communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (current->cancelled)
        return MutationContext::rejected(
            DomainError::forbidden(QStringLiteral("the event was cancelled")));
    const Fields f = readFields(a, args, *current, false);
    if (f.error)
        return MutationContext::rejected(*f.error);

    const Event &e = f.event;
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

MutationResult cancel(MutationContext &ctx, const QJsonObject &args) {
    ArgsReader a(args);
    const QString id = a.uuid(QStringLiteral("id"));
    const QString reason = a.text(QStringLiteral("reason"), 500);
    a.rejectUnknown({QLatin1StringView("id"), QLatin1StringView("reason")});
    if (auto e = a.error())
        return MutationContext::rejected(*e);
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
    AuditLog::record(ctx, current->communityId, QStringLiteral("event.cancel"), id, reason);
    return MutationContext::applied(result);
}

} // namespace hearthd::EventMutations
