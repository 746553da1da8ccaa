#pragma once
// The recent window a new member receives: the community, its members and their profiles, and
// its newest posts with their comments and reactions, and its events with their RSVPs, appended as
// rows addressed to that member alone, served to them only while they are a member. They get
// fresh seqs, so a client whose cursor is already past the original rows still receives them,
// and a member is served the community's own rows only from the seq they joined at on
// (memberships.member_since): a late joiner receives this window, not the whole log. Older
// history is paged on demand.

#include <QString>

namespace hearthd {

struct MutationContext;

namespace JoinWindow {

inline constexpr int RecentPosts = 50;

void deliver(MutationContext &ctx, const QString &communityId, const QString &userId);

} // namespace JoinWindow
} // namespace hearthd
