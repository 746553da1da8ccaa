#pragma once
// What organizers do to memberships: approve or deny join requests, remove, ban and unban
// members, and change roles. A moderator acts on members only; owners act on moderators and
// members; nobody removes or bans an owner (demote first), and the last owner stays.

#include "server/domain/mutationcontext.h"

namespace hearthd::ModerationMutations {

// All take args: communityId, userId (the member acted on).
hearth::protocol::MutationResult approve(MutationContext &ctx, const QJsonObject &args);
hearth::protocol::MutationResult deny(MutationContext &ctx, const QJsonObject &args);
// remove and ban also take reason? (for the record; at most 500 characters).
hearth::protocol::MutationResult remove(MutationContext &ctx, const QJsonObject &args);
hearth::protocol::MutationResult ban(MutationContext &ctx, const QJsonObject &args);
hearth::protocol::MutationResult unban(MutationContext &ctx, const QJsonObject &args);
// args also: role (owner, moderator, member). Owners only.
hearth::protocol::MutationResult setRole(MutationContext &ctx, const QJsonObject &args);

} // namespace hearthd::ModerationMutations
