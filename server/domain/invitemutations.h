#pragma once
// invite.create and invite.revoke (organizers, audited), and redeeming a code when joining.
// Codes are made by the server from a cryptographic random source; they are unique across
// communities, so a code alone finds its community (invite-only communities are not listed).
// Invites sync to the community's organizers only.

#include "protocol/inviteargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::InviteMutations {

// expiresAt must be in the future (or 0 = never). Result {id, code}.
hearth::protocol::MutationResult create(MutationContext &ctx,
                                        const hearth::protocol::InviteCreateArgs &args);
// Result {id, revoked: true}; revoking again changes nothing.
hearth::protocol::MutationResult revoke(MutationContext &ctx,
                                        const hearth::protocol::InviteRevokeArgs &args);

// The invite `code` names if it can be used now; otherwise not_found (unknown code) or
// forbidden (revoked, expired, used up).
Result<hearth::protocol::Invite> redeemable(MutationContext &ctx, const QString &code);
// Counts one use of the invite and logs it for the organizers.
void use(MutationContext &ctx, const hearth::protocol::Invite &invite);
// Every invite of a community, oldest first (for a newly promoted organizer).
QList<hearth::protocol::Invite> ofCommunity(const MutationContext &ctx, const QString &communityId);

} // namespace hearthd::InviteMutations
