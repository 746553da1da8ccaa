#pragma once
// What organizers do to memberships: approve or deny join requests, remove, ban and unban
// members, and change roles. A moderator acts on members only; owners act on moderators and
// members; nobody removes or bans an owner (demote first), and the last owner stays.

#include "protocol/membershipargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::ModerationMutations {

hearth::protocol::MutationResult approve(MutationContext &ctx,
                                         const hearth::protocol::MembershipApproveArgs &args);
hearth::protocol::MutationResult deny(MutationContext &ctx,
                                      const hearth::protocol::MembershipDenyArgs &args);
// remove and ban keep their reason in the audit log.
hearth::protocol::MutationResult remove(MutationContext &ctx,
                                        const hearth::protocol::MembershipRemoveArgs &args);
hearth::protocol::MutationResult ban(MutationContext &ctx,
                                     const hearth::protocol::MembershipBanArgs &args);
hearth::protocol::MutationResult unban(MutationContext &ctx,
                                       const hearth::protocol::MembershipUnbanArgs &args);
// Owners only.
hearth::protocol::MutationResult setRole(MutationContext &ctx,
                                         const hearth::protocol::MembershipSetRoleArgs &args);

} // namespace hearthd::ModerationMutations
