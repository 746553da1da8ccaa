#pragma once
// Reads one event and everyone's answers to it from the cache, for an event's detail view.

#include "eventdetail.h"

#include <QSqlDatabase>
#include <optional>

namespace hearth::cache {

struct EventDetailQuery {
    QString eventId;
    QString userId; // whose answer is "mine"

    // nullopt when the event is not cached (never synced, or its community was purged).
    std::optional<EventDetail> run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
