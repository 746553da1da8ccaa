#include "eventsmodel.h"

#include "modelslogging.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hearth::models {

using hearth::cache::ChangeSet;

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
    const QString me = store()->localUserId();
    QString sql = QStringLiteral(
        "SELECT e.id, e.community_id, e.title, e.description, e.starts_at, e.ends_at, e.place,"
        " e.link, e.capacity, e.going_count, e.waitlist_count,"
        " coalesce((SELECT r.status FROM rsvps r WHERE r.event_id = e.id AND r.user_id = ?), ''),"
        " EXISTS(SELECT 1 FROM outbox o WHERE o.target_id = e.id AND o.name = 'rsvp.set'"
        "  AND o.state = 'pending'),"
        " e.cancelled, coalesce((SELECT c.name FROM communities c WHERE c.id = e.community_id), "
        "''),"
        // My place in line: the server seats the waitlist in the order of answers, which
        // responded_at follows (the user id breaks a tie).
        " CASE WHEN mine.status = 'waitlisted' THEN 1 + (SELECT count(*) FROM rsvps w"
        "  WHERE w.event_id = e.id AND w.status = 'waitlisted' AND (w.responded_at <"
        "  mine.responded_at OR (w.responded_at = mine.responded_at AND w.user_id < mine.user_id)))"
        "  ELSE 0 END"
        " FROM events e LEFT JOIN rsvps mine ON mine.event_id = e.id AND mine.user_id = ? WHERE ");
    QVariantList values{me, me};
    if (m_communityId.isEmpty()) {
        sql += QStringLiteral("e.community_id IN (SELECT community_id FROM memberships"
                              " WHERE user_id = ? AND state = 'active')");
        values.append(me);
    } else {
        sql += QStringLiteral("e.community_id = ?");
        values.append(m_communityId);
    }
    // An event is upcoming until it is over.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 weekFromNow = now + qint64(7) * 24 * 3600 * 1000;
    switch (m_when) {
    case Upcoming:
        sql += QStringLiteral(" AND e.ends_at >= ? ORDER BY e.starts_at, e.id");
        values.append(now);
        break;
    case Past:
        sql += QStringLiteral(" AND e.ends_at < ? ORDER BY e.starts_at DESC, e.id DESC");
        values.append(now);
        break;
    case ThisWeek:
        sql += QStringLiteral(" AND e.ends_at >= ? AND e.starts_at < ? ORDER BY e.starts_at, e.id");
        values << now << weekFromNow;
        break;
    case Later:
        sql += QStringLiteral(" AND e.starts_at >= ? ORDER BY e.starts_at, e.id");
        values.append(weekFromNow);
        break;
    }
    QSqlQuery q(store()->readConnection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcModels) << "events query failed:" << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        Row row;
        row.key = q.value(0).toString();
        row.order = q.value(4).toLongLong();
        row.values = {row.key,
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong()),
                      QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong()),
                      q.value(6).toString(),
                      q.value(7).toString(),
                      q.value(8).toInt(),
                      q.value(9).toInt(),
                      q.value(10).toInt(),
                      q.value(11).toString(),
                      q.value(12).toBool(),
                      q.value(13).toBool(),
                      q.value(14).toString(),
                      q.value(15).toInt()};
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
    static const QStringList statuses = {QStringLiteral("going"), QStringLiteral("maybe"),
                                         QStringLiteral("not_going")};
    if (!store() || store()->localUserId().isEmpty() || !statuses.contains(status)) {
        qCWarning(lcModels) << "rsvp without a store, a signed-in member or a valid status"
                            << status;
        return {};
    }
    QSqlQuery q(store()->readConnection());
    q.prepare(QStringLiteral("SELECT 1 FROM events WHERE id = ?"));
    q.addBindValue(eventId);
    if (!q.exec() || !q.next()) {
        qCWarning(lcModels) << "rsvp to an event that is not cached:" << eventId;
        return {};
    }
    return store()->enqueueMutation(
        QStringLiteral("rsvp.set"),
        {{QStringLiteral("eventId"), eventId}, {QStringLiteral("status"), status}});
}

int EventsModel::indexOf(const QString &eventId) const {
    for (int i = 0; i < rows().size(); ++i) {
        if (rows().at(i).key == eventId)
            return i;
    }
    return -1;
}

} // namespace hearth::models
