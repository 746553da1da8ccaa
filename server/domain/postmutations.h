#pragma once
// post.create, post.edit, post.delete and post.pin.

#include "server/domain/mutationcontext.h"

namespace hearthd::PostMutations {

// args: id (UUID), communityId, kind?, title?, body, topic?
hearth::protocol::MutationResult create(MutationContext &ctx, const QJsonObject &args);
// args: id, version (the one the edit is based on), title?, body?, topic?, kind?
// A stale version is answered "conflict" with the current post; a deleted post is not_found.
hearth::protocol::MutationResult edit(MutationContext &ctx, const QJsonObject &args);
// args: id. The author, or an organizer (moderation removal). Leaves a tombstone in the log.
hearth::protocol::MutationResult remove(MutationContext &ctx, const QJsonObject &args);
// args: id, pinned (bool). Organizers only.
hearth::protocol::MutationResult pin(MutationContext &ctx, const QJsonObject &args);
// args: id, locked (bool). Organizers only; on a locked post only organizers comment.
hearth::protocol::MutationResult lock(MutationContext &ctx, const QJsonObject &args);

} // namespace hearthd::PostMutations
