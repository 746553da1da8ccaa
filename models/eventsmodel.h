#pragma once
// A community's events (or those of all my communities) for an events pane: upcoming ones soonest
// first, or past ones most recent first, with the seats taken, the waitlist and my answer.
// Updated in place when events or RSVPs change; answering goes through the outbox and shows at
// once (pending) until the server settles it ("going" may come back "waitlisted").
//
//   EventsModel { store: AppContext.store; communityId: rail.currentCommunityId }

#include "cacherowmodel.h"

namespace hearth::models {

class EventsModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    // "" (the default): the events of every community I am an active member of.
    Q_PROPERTY(QString communityId READ communityId WRITE setCommunityId NOTIFY communityIdChanged)
    // Upcoming (the default): events not over yet (ends at or after now), soonest first.
    // Past: events that ended, most recent first.
    // ThisWeek: upcoming events that start within the next seven days, soonest first.
    // Later: events that start seven days from now or later, soonest first.
    Q_PROPERTY(When when READ when WRITE setWhen NOTIFY whenChanged)

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1, // QString
        CommunityIdRole,                // QString
        TitleRole,                      // QString
        DescriptionRole,                // QString
        StartsAtRole,                   // QDateTime (local time)
        EndsAtRole,                     // QDateTime (local time)
        PlaceRole,                      // QString
        LinkRole,                       // QString
        CapacityRole,                   // int: 0 = no limit
        GoingCountRole,                 // int: as the server last counted
        WaitlistCountRole,              // int
        MyRsvpRole,           // QString: "" (no answer) | going | waitlisted | maybe | not_going
        PendingRole,          // bool: my answer is in the outbox, not yet settled by the server
        CancelledRole,        // bool: the organizers cancelled it (answers are refused)
        CommunityNameRole,    // QString: the event's community
        WaitlistPositionRole, // int: my place on the waitlist (1 = next in line), 0 when not on it
    };
    Q_ENUM(Role)

    enum When {
        Upcoming,
        Past,
        ThisWeek,
        Later,
    };
    Q_ENUM(When)

    explicit EventsModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString communityId() const { return m_communityId; }
    void setCommunityId(const QString &communityId);
    When when() const { return m_when; }
    void setWhen(When when);

    // Answers an event (status: going, maybe or not_going) through the outbox; myRsvp changes at
    // once and pending stays true until the server answers. Returns the mutation's id, or "" for
    // an unknown status or event, or without a store or a signed-in member.
    Q_INVOKABLE QString rsvp(const QString &eventId, const QString &status);
    // The row of an event, or -1 when it is not shown.
    Q_INVOKABLE int indexOf(const QString &eventId) const;

Q_SIGNALS:
    void communityIdChanged();
    void whenChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;
    void outboxUpdated() override;

private:
    QString m_communityId;
    When m_when = Upcoming;
};

} // namespace hearth::models
