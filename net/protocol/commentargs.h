#pragma once
// Args of comment.create, comment.edit and comment.delete (docs/api.md, Mutations).

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

// Replaces the body, and names the version it was based on (a stale one is answered
// "conflict" with the comment as it is), like post.edit.
struct CommentEditArgs {
    HEARTH_MUTATION_ARGS(CommentEditArgs, MutationName::CommentEdit)
    QString id;
    int version = 0;
    QString body; // markdown, not empty
};

struct CommentDeleteArgs {
    HEARTH_MUTATION_ARGS(CommentDeleteArgs, MutationName::CommentDelete)
    QString id;
};

} // namespace hearth::protocol
