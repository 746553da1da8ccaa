#pragma once
// membership.join and membership.leave, and the one function every path that changes a
// membership goes through (founding, joining, seeding).

#include "protocol/membershipargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::MembershipMutations {

// A community with guidelines is joined (on any path) only with acceptGuidelines; the
// acceptance is stored on the membership.
// Public: active at once, with the recent window delivered.
// Request: pending until an organizer approves. Invite-only: forbidden without an invite. With
// a valid inviteCode (communityId may then be left out): active at once, whatever the
// visibility. The member cap holds on every path.
hearth::protocol::MutationResult join(MutationContext &ctx,
                                      const hearth::protocol::MembershipJoinArgs &args);
// The last owner cannot leave. The leaver's client is told to purge the
// community's content.
hearth::protocol::MutationResult leave(MutationContext &ctx,
                                       const hearth::protocol::MembershipLeaveArgs &args);

// Writes the membership (insert or update) and logs it; an active membership also re-logs the
// community (member count) and the member's profile, which the other members now may read.
// With `acceptedGuidelines`, the acceptance of that text (now) is stored on it as well.
void setMembership(MutationContext &ctx, const QString &communityId, const QString &userId,
                   const QString &role, const QString &state,
                   const std::optional<QString> &acceptedGuidelines = std::nullopt);

// forbidden when the community has no room for one more active member.
std::optional<DomainError> checkRoom(MutationContext &ctx, const QString &communityId);

// Deletes the membership row and logs its tombstone.
void removeMembership(MutationContext &ctx, const QString &communityId, const QString &userId);
// Tells `userId`'s client to purge the community's content (and re-lists a public community),
// and gives up their seats at the community's events.
void revokeAccess(MutationContext &ctx, const QString &communityId, const QString &userId);

} // namespace hearthd::MembershipMutations
