#pragma once
// A community's events, or those of every community the local member is an active member of:
// upcoming ones (not over yet) soonest first, or past ones most recent first, with the seats taken,
// the waitlist and the member's own answer (whether it still waits in the outbox, and their place
// on the waitlist).

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hearth::cache {

struct EventRow {
    QString id;
    QString communityId;
    QString title;
    QString description;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    QString place;
    QString link;
    int capacity = 0; // 0: no limit
    int goingCount = 0;
    int waitlistCount = 0;
    QString myRsvp;           // "" (no answer) | going | waitlisted | maybe | not_going
    bool rsvpPending = false; // my answer is in the outbox
    bool cancelled = false;
    QString communityName;
    int waitlistPosition = 0; // my place on the waitlist (1 = next in line), 0 when not on it
};

struct EventsQuery {
    // ThisWeek: upcoming and starting within seven days; Later: starting seven days on or later.
    enum class When { Upcoming, Past, ThisWeek, Later };

    QString communityId; // "": every community the local member is active in
    QString localUserId;
    When when = When::Upcoming;
    qint64 nowMs = 0; // upcoming: ends at or after this; past: ended before it

    QList<EventRow> run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
