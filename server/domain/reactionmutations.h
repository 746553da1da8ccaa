#pragma once
// reaction.set and reaction.clear: one reaction per member x target (post or comment) x emoji.
// Setting twice or clearing what is not there is applied and changes nothing, so the last
// writer wins whatever order a member's devices send in.

#include "protocol/reactionargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::ReactionMutations {

// Active members.
hearth::protocol::MutationResult set(MutationContext &ctx,
                                     const hearth::protocol::ReactionSetArgs &args);
// The member's own reaction.
hearth::protocol::MutationResult clear(MutationContext &ctx,
                                       const hearth::protocol::ReactionClearArgs &args);

} // namespace hearthd::ReactionMutations
