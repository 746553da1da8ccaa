#pragma once
// Args of reaction.set and reaction.clear (docs/api.md, Mutations): both name one reaction, a
// member's emoji on a post or a comment.

#include "argscheck.h"
#include "mutation.h"

namespace hearth::protocol {

struct ReactionTarget {
    QString targetType; // TargetType
    QString targetId;
    QString emoji; // no spaces or control characters
    friend bool operator==(const ReactionTarget &, const ReactionTarget &) = default;
};

struct ReactionSetArgs : ReactionTarget {
    HEARTH_MUTATION_ARGS(ReactionSetArgs, MutationName::ReactionSet)
};

struct ReactionClearArgs : ReactionTarget {
    HEARTH_MUTATION_ARGS(ReactionClearArgs, MutationName::ReactionClear)
};

} // namespace hearth::protocol
