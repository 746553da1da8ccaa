#pragma once
// community.create: a member founds a community and becomes its owner. community.update: its
// organizers change its settings (owners only its visibility and member cap), every guidelines
// version kept. membership.acceptGuidelines: a member accepts the current guidelines, which an
// update may require before they post or comment again.

#include "protocol/communityargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::CommunityMutations {

hearth::protocol::MutationResult create(MutationContext &ctx,
                                        const hearth::protocol::CommunityCreateArgs &args);
hearth::protocol::MutationResult update(MutationContext &ctx,
                                        const hearth::protocol::CommunityUpdateArgs &args);
hearth::protocol::MutationResult
acceptGuidelines(MutationContext &ctx,
                 const hearth::protocol::MembershipAcceptGuidelinesArgs &args);

// Why the actor may not post or comment in the community yet (guidelines_not_accepted: an update
// required accepting new guidelines after they last accepted), or nullopt.
std::optional<DomainError> guidelinesRefusal(MutationContext &ctx, const QString &communityId);

} // namespace hearthd::CommunityMutations
