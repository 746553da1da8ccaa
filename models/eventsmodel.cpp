#include "eventsmodel.h"

#include "cache/cacheactions.h"
#include "cache/eventsquery.h"

#include <QDateTime>

namespace hearth::models {

using hearth::cache::CacheActions;
using hearth::cache::ChangeSet;
using hearth::cache::EventRow;
using hearth::cache::EventsQuery;

namespace {
EventsQuery::When whenOf(EventsModel::When when) {
    switch (when) {
    case EventsModel::Past:
        return EventsQuery::When::Past;
    case EventsModel::ThisWeek:
        return EventsQuery::When::ThisWeek;
    case EventsModel::Later:
        return EventsQuery::When::Later;
    case EventsModel::Upcoming:
        break;
    }
    return EventsQuery::When::Upcoming;
}
} // namespace

EventsModel::EventsModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> EventsModel::roleNames() const {
    return {{EventIdRole, "eventId"},
            {CommunityIdRole, "communityId"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {StartsAtRole, "startsAt"},
            {EndsAtRole, "endsAt"},
            {PlaceRole, "place"},
            {LinkRole, "link"},
            {CapacityRole, "capacity"},
            {GoingCountRole, "goingCount"},
            {WaitlistCountRole, "waitlistCount"},
            {MyRsvpRole, "myRsvp"},
            {PendingRole, "pending"},
            {CancelledRole, "cancelled"},
            {CommunityNameRole, "communityName"},
            {WaitlistPositionRole, "waitlistPosition"}};
}

void EventsModel::setCommunityId(const QString &communityId) {
    if (m_communityId == communityId)
        return;
    m_communityId = communityId;
    reload();
    Q_EMIT communityIdChanged();
}

void EventsModel::setWhen(When when) {
    if (m_when == when)
        return;
    m_when = when;
    reload();
    Q_EMIT whenChanged();
}

QList<CacheRowModel::Row> EventsModel::loadInitialRows() {
    QList<Row> rows;
    if (!store())
        return rows;
    EventsQuery query;
    query.communityId = m_communityId;
    query.localUserId = store()->localUserId();
    query.when = whenOf(m_when);
    query.nowMs = QDateTime::currentMSecsSinceEpoch();
    const QList<EventRow> events = query.run(store()->readConnection());
    rows.reserve(events.size());
    for (const EventRow &e : events) {
        Row row;
        row.key = e.id;
        row.order = e.startsAt;
        row.values = {e.id,
                      e.communityId,
                      e.title,
                      e.description,
                      QDateTime::fromMSecsSinceEpoch(e.startsAt),
                      QDateTime::fromMSecsSinceEpoch(e.endsAt),
                      e.place,
                      e.link,
                      e.capacity,
                      e.goingCount,
                      e.waitlistCount,
                      e.myRsvp,
                      e.rsvpPending,
                      e.cancelled,
                      e.communityName,
                      e.waitlistPosition};
        rows.append(std::move(row));
    }
    return rows;
}

void EventsModel::cacheChanged(const ChangeSet &changes) {
    // New events of any shown community, my memberships (the "all my communities" set) and
    // purges all change which rows are shown; the query is small (one row per event).
    const bool touched = changes.reset || !changes.events.isEmpty() ||
                         !changes.purgedCommunities.isEmpty() ||
                         (m_communityId.isEmpty() ? !changes.communities.isEmpty()
                                                  : changes.communities.contains(m_communityId));
    if (touched)
        applyRows(loadInitialRows());
}

void EventsModel::outboxUpdated() {
    applyRows(loadInitialRows());
}

QString EventsModel::rsvp(const QString &eventId, const QString &status) {
    return CacheActions(store()).rsvp(eventId, status);
}

int EventsModel::indexOf(const QString &eventId) const {
    for (int i = 0; i < rows().size(); ++i) {
        if (rows().at(i).key == eventId)
            return i;
    }
    return -1;
}

} // namespace hearth::models
