#pragma once
// The members of one community: owners, then moderators, then members, each by name (the handle
// when the profile has no display name), with their profile basics. Active members only unless
// `includeInactive` (join requests and bans too), optionally only those matching `search`, one
// role or one state. For the organizer's pane each row also carries the member's posts in the
// cache and the latest organizer decision about them still in the outbox (pending, or refused
// with the server's reason).

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hearth::cache {

struct MemberRow {
    QString userId;
    QString handle;      // "" until the profile is cached
    QString displayName; // the handle when there is no display name
    QString bio;
    QString role;  // owner | moderator | member
    QString state; // active | pending | banned
    qint64 joinedAt = 0;
    int postCount = 0; // their posts in this community, as far as the cache holds them
    // The newest organizer decision about this membership in the outbox ("" when none): its
    // mutation name (membership.approve, .ban, ...), id, state (pending | failed) and, when the
    // server refused it, why.
    QString decision;
    QString decisionId;
    QString decisionState;
    QString decisionError;
};

struct MembersQuery {
    QString communityId;
    bool includeInactive = false;
    QString search; // only members whose display name or handle contains it (any case); "": all
    QString role;   // only this role (owner | moderator | member); "": any
    QString state;  // only this state (active | pending | banned; implies includeInactive); "": any

    QList<MemberRow> run(const QSqlDatabase &db) const;
};

// A community's member cap and its active members as hearthd last counted them (0 and 0 when
// the community is not cached): the seats left that approvals and invites fill.
struct SeatsQuery {
    QString communityId;

    struct Seats {
        int cap = 0;
        int taken = 0;
    };
    Seats run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
