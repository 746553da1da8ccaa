#include "commentargs.h"

#include "limits.h"
#include "wireschema.h"

namespace hearth::protocol {

namespace {

const WireSchema<CommentCreateArgs> &createSchema() {
    using A = CommentCreateArgs;
    static const WireSchema<A> schema{{
        field::uuid("id", &A::id),
        field::uuid("postId", &A::postId),
        field::uuid("parentId", &A::parentId, Presence::Optional),
        field::text("body", &A::body, {Limits::CommentBodyMax, 1, Presence::Required}),
    }};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(CommentCreateArgs, createSchema)

} // namespace hearth::protocol
