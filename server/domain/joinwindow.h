#pragma once
// The recent window a new member receives: the community, its members and their profiles, and
// its newest posts with their comments and reactions, and its events with their RSVPs, appended as
// rows addressed to that member alone. They get fresh seqs, so a client whose cursor is already
// past the original rows still receives them; older history is paged on demand.

#include <QString>

namespace hearthd {

struct MutationContext;

namespace JoinWindow {

inline constexpr int RecentPosts = 50;

void deliver(MutationContext &ctx, const QString &communityId, const QString &userId);

} // namespace JoinWindow
} // namespace hearthd
