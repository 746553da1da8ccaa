#include "eventargs.h"

#include "entities.h"
#include "limits.h"
#include "wireschema.h"

namespace hearth::protocol {

namespace {

const Range Time{0, Limits::TimeMax};
const Range Capacity{0, Limits::EventCapacityMax};

QString createProblem(const EventCreateArgs &a) {
    return eventProblem(a.startsAt, a.endsAt, a.place, a.link);
}

const WireSchema<EventCreateArgs> &createSchema() {
    using A = EventCreateArgs;
    static const WireSchema<A> schema{
        {
            field::uuid("id", &A::id),
            field::uuid("communityId", &A::communityId),
            field::text("title", &A::title, {Limits::EventTitleMax, 1, Presence::Required}),
            field::text("description", &A::description, {Limits::EventDescriptionMax}),
            field::integer("startsAt", &A::startsAt, Time, Presence::Required),
            field::integer("endsAt", &A::endsAt, Time, Presence::Required),
            field::text("place", &A::place, {Limits::EventPlaceMax}),
            field::text("link", &A::link, {Limits::EventLinkMax}),
            field::integer("capacity", &A::capacity, Capacity),
        },
        createProblem};
    return schema;
}

QString changesSomething(const EventEditArgs &a) {
    if (a.title || a.description || a.startsAt || a.endsAt || a.place || a.link || a.capacity)
        return {};
    return QStringLiteral("an edit needs at least one field to change");
}

const WireSchema<EventEditArgs> &editSchema() {
    using A = EventEditArgs;
    static const WireSchema<A> schema{
        {
            field::uuid("id", &A::id),
            field::text("title", &A::title, {Limits::EventTitleMax, 1}),
            field::text("description", &A::description, {Limits::EventDescriptionMax}),
            field::integer("startsAt", &A::startsAt, Time),
            field::integer("endsAt", &A::endsAt, Time),
            field::text("place", &A::place, {Limits::EventPlaceMax}),
            field::text("link", &A::link, {Limits::EventLinkMax}),
            field::integer("capacity", &A::capacity, Capacity),
        },
        changesSomething};
    return schema;
}

const WireSchema<EventCancelArgs> &cancelSchema() {
    static const WireSchema<EventCancelArgs> schema{{
        field::uuid("id", &EventCancelArgs::id),
        field::text("reason", &EventCancelArgs::reason, {Limits::ReasonMax}),
    }};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(EventCreateArgs, createSchema)
HEARTH_MUTATION_ARGS_CODEC(EventEditArgs, editSchema)
HEARTH_MUTATION_ARGS_CODEC(EventCancelArgs, cancelSchema)

Event EventEditArgs::appliedTo(Event event) const {
    event.title = title.value_or(event.title);
    event.description = description.value_or(event.description);
    event.startsAt = startsAt.value_or(event.startsAt);
    event.endsAt = endsAt.value_or(event.endsAt);
    event.place = place.value_or(event.place);
    event.link = link.value_or(event.link);
    event.capacity = capacity.value_or(event.capacity);
    return event;
}

QString eventProblem(qint64 startsAt, qint64 endsAt, const QString &place, const QString &link) {
    if (endsAt < startsAt)
        return QStringLiteral("field 'endsAt' must not be before 'startsAt'");
    if (place.isEmpty() && link.isEmpty())
        return QStringLiteral("an event needs a 'place' or a 'link'");
    return {};
}

QString eventProblem(const Event &event) {
    return eventProblem(event.startsAt, event.endsAt, event.place, event.link);
}

} // namespace hearth::protocol
