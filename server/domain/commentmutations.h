#pragma once
// comment.create: a reply to a post or, with parentId, to another comment on it.

#include "server/domain/mutationcontext.h"

namespace hearthd::CommentMutations {

// args: id (UUID), postId, parentId?, body
hearth::protocol::MutationResult create(MutationContext &ctx, const QJsonObject &args);

} // namespace hearthd::CommentMutations
