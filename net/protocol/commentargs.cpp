#include "commentargs.h"

#include "limits.h"
#include "wireschema.h"

namespace hearth::protocol {

namespace {

const TextRule Body{Limits::CommentBodyMax, 1, Presence::Required};

const WireSchema<CommentCreateArgs> &createSchema() {
    using A = CommentCreateArgs;
    static const WireSchema<A> schema{{
        field::uuid("id", &A::id),
        field::uuid("postId", &A::postId),
        field::uuid("parentId", &A::parentId, Presence::Optional),
        field::text("body", &A::body, Body),
    }};
    return schema;
}

const WireSchema<CommentEditArgs> &editSchema() {
    using A = CommentEditArgs;
    static const WireSchema<A> schema{{
        field::uuid("id", &A::id),
        field::integer("version", &A::version, {1, Limits::VersionMax}, Presence::Required),
        field::text("body", &A::body, Body),
    }};
    return schema;
}

const WireSchema<CommentDeleteArgs> &deleteSchema() {
    static const WireSchema<CommentDeleteArgs> schema{{field::uuid("id", &CommentDeleteArgs::id)}};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(CommentCreateArgs, createSchema)
HEARTH_MUTATION_ARGS_CODEC(CommentEditArgs, editSchema)
HEARTH_MUTATION_ARGS_CODEC(CommentDeleteArgs, deleteSchema)

} // namespace hearth::protocol
