#pragma once
// post.create, post.edit, post.delete and post.pin.

#include "protocol/postargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::PostMutations {

// announcement: organizers only.
hearth::protocol::MutationResult create(MutationContext &ctx,
                                        const hearth::protocol::PostCreateArgs &args);
// A stale version is answered "conflict" with the current post; a deleted post is not_found.
hearth::protocol::MutationResult edit(MutationContext &ctx,
                                      const hearth::protocol::PostEditArgs &args);
// The author, or an organizer (moderation removal). Leaves a tombstone in the log.
hearth::protocol::MutationResult remove(MutationContext &ctx,
                                        const hearth::protocol::PostDeleteArgs &args);
// Organizers only.
hearth::protocol::MutationResult pin(MutationContext &ctx,
                                     const hearth::protocol::PostPinArgs &args);
// Organizers only; on a locked post only organizers comment.
hearth::protocol::MutationResult lock(MutationContext &ctx,
                                      const hearth::protocol::PostLockArgs &args);

} // namespace hearthd::PostMutations
