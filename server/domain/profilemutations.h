#pragma once
// profile.update: a member rewrites their own profile.

#include "protocol/profileargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::ProfileMutations {

// Only the user themself; a stale version is answered "conflict" with the profile as it is.
// The new profile reaches the user and whoever shares an active community with them.
hearth::protocol::MutationResult update(MutationContext &ctx,
                                        const hearth::protocol::ProfileUpdateArgs &args);

} // namespace hearthd::ProfileMutations
