#pragma once
// Args of event.create, event.edit and event.cancel (docs/api.md, Mutations).

#include "argscheck.h"
#include "mutation.h"

namespace hearth::protocol {

struct Event;

struct EventCreateArgs {
    HEARTH_MUTATION_ARGS(EventCreateArgs, MutationName::EventCreate)
    QString id;
    QString communityId;
    QString title;
    QString description;
    qint64 startsAt = 0; // ms since the epoch
    qint64 endsAt = 0;   // not before startsAt
    QString place;       // at least one of place and link
    QString link;
    int capacity = 0; // 0 = no limit
};

// Changes only the fields it carries; what results must still be a valid event (see
// eventProblem), which only the server can tell, as it holds the rest.
struct EventEditArgs {
    HEARTH_MUTATION_ARGS(EventEditArgs, MutationName::EventEdit)
    QString id;
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<qint64> startsAt;
    std::optional<qint64> endsAt;
    std::optional<QString> place;
    std::optional<QString> link;
    std::optional<int> capacity;

    // The event with this edit's fields put over it.
    Event appliedTo(Event event) const;
};

struct EventCancelArgs {
    HEARTH_MUTATION_ARGS(EventCancelArgs, MutationName::EventCancel)
    QString id;
    QString reason;
};

// The rule every event meets, as created or after an edit: it does not end before it starts,
// and it has a place or a link. The problem, or "" when it holds.
QString eventProblem(qint64 startsAt, qint64 endsAt, const QString &place, const QString &link);
QString eventProblem(const Event &event);

} // namespace hearth::protocol
