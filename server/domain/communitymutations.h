#pragma once
// community.create: a member founds a community and becomes its owner.

#include "protocol/communityargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::CommunityMutations {

hearth::protocol::MutationResult create(MutationContext &ctx,
                                        const hearth::protocol::CommunityCreateArgs &args);

} // namespace hearthd::CommunityMutations
