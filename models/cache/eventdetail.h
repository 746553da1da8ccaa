#pragma once
// One event as its detail view shows it: the event row, its community, who answered what (in the
// order they answered), and where my own answer stands (in the outbox, refused, on the waitlist).

#include <QList>
#include <QString>

namespace hearth::cache {

struct EventAttendee {
    QString userId;
    QString displayName; // the handle when the profile has no display name; "" when not cached
    QString handle;
    qint64 respondedAt = 0;
};

struct EventDetail {
    QString id;
    QString communityId;
    QString communityName;
    QString creatorId;
    QString title;
    QString description;
    QString place;
    QString link;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    qint64 editedAt = 0;
    int capacity = 0; // 0 = no limit
    bool cancelled = false;

    // Everyone's answers as the cache holds them (mine included, at once when I answer here),
    // each list in the order the answers were given.
    QList<EventAttendee> going;
    QList<EventAttendee> waitlisted;
    QList<EventAttendee> maybe;
    int notGoingCount = 0;

    QString myStatus;         // "" | going | waitlisted | maybe | not_going
    int waitlistPosition = 0; // 1 = next in line; 0 when I am not on the waitlist
    bool myAnswerPending = false;
    QString failedMutationId; // my last answer, refused by the server ("" when none)
    QString failedReason;
};

} // namespace hearth::cache
