#pragma once
// The members of one community: owners, then moderators, then members, each by name (the handle
// when the profile has no display name), with their profile basics. Active members only unless
// `includeInactive` (join requests and bans too), optionally only those matching `search`.

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
};

struct MembersQuery {
    QString communityId;
    bool includeInactive = false;
    QString search; // only members whose display name or handle contains it (any case); "": all

    QList<MemberRow> run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
