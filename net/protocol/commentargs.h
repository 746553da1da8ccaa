#pragma once
// Args of comment.create (docs/api.md, Mutations).

#include "argscheck.h"
#include "mutation.h"

namespace hearth::protocol {

struct CommentCreateArgs {
    HEARTH_MUTATION_ARGS(CommentCreateArgs, MutationName::CommentCreate)
    QString id;
    QString postId;
    QString parentId; // a comment on the same post, for a threaded reply; "" for a top-level one
    QString body;     // markdown, not empty
};

} // namespace hearth::protocol
