#pragma once
// Args of post.create, post.edit, post.delete, post.pin and post.lock (docs/api.md, Mutations).

#include "argscheck.h"
#include "mutation.h"
#include "vocabulary.h"

namespace hearth::protocol {

struct PostCreateArgs {
    HEARTH_MUTATION_ARGS(PostCreateArgs, MutationName::PostCreate)
    QString id;
    QString communityId;
    QString kind = QString::fromLatin1(PostKind::Discussion); // announcement: organizers only
    QString title;
    QString body; // markdown, not empty
    QString topic;
};

// Changes only the fields it carries, and names the version it was based on (a stale one is
// answered "conflict" with the post as it is).
struct PostEditArgs {
    HEARTH_MUTATION_ARGS(PostEditArgs, MutationName::PostEdit)
    QString id;
    int version = 0;
    std::optional<QString> title;
    std::optional<QString> body;
    std::optional<QString> topic;
    std::optional<QString> kind;
};

struct PostDeleteArgs {
    HEARTH_MUTATION_ARGS(PostDeleteArgs, MutationName::PostDelete)
    QString id;
};

struct PostPinArgs {
    HEARTH_MUTATION_ARGS(PostPinArgs, MutationName::PostPin)
    QString id;
    bool pinned = true;
};

struct PostLockArgs {
    HEARTH_MUTATION_ARGS(PostLockArgs, MutationName::PostLock)
    QString id;
    bool locked = true; // on a locked post only organizers comment
};

} // namespace hearth::protocol
