#pragma once
// comment.create: a reply to a post or, with parentId, to another comment on it.

#include "protocol/commentargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::CommentMutations {

hearth::protocol::MutationResult create(MutationContext &ctx,
                                        const hearth::protocol::CommentCreateArgs &args);

} // namespace hearthd::CommentMutations
