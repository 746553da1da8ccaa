#pragma once
// membership.join and membership.leave, and the one function every path that changes a
// membership goes through (founding, joining, seeding).

#include "server/domain/mutationcontext.h"

namespace hearthd::MembershipMutations {

// args: communityId. Public: active at once, with the recent window delivered. Request: pending
// until an organizer approves. Invite-only: forbidden without an invite.
hearth::protocol::MutationResult join(MutationContext &ctx, const QJsonObject &args);
// args: communityId. The last owner cannot leave. The leaver's client is told to purge the
// community's content.
hearth::protocol::MutationResult leave(MutationContext &ctx, const QJsonObject &args);

// Writes the membership (insert or update) and logs it; an active membership also re-logs the
// community (member count) and the member's profile, which the other members now may read.
void setMembership(MutationContext &ctx, const QString &communityId, const QString &userId,
                   const QString &role, const QString &state);

// Deletes the membership row and logs its tombstone.
void removeMembership(MutationContext &ctx, const QString &communityId, const QString &userId);
// Tells `userId`'s client to purge the community's content (and re-lists a public community).
void revokeAccess(MutationContext &ctx, const QString &communityId, const QString &userId);

} // namespace hearthd::MembershipMutations
