#include "inviteargs.h"

#include "limits.h"
#include "wireschema.h"

namespace hearth::protocol {

namespace {

const WireSchema<InviteCreateArgs> &createSchema() {
    using A = InviteCreateArgs;
    static const WireSchema<A> schema{{
        field::uuid("id", &A::id),
        field::uuid("communityId", &A::communityId),
        field::integer("expiresAt", &A::expiresAt, {0, Limits::TimeMax}),
        field::integer("maxUses", &A::maxUses, {0, Limits::InviteUsesMax}),
    }};
    return schema;
}

const WireSchema<InviteRevokeArgs> &revokeSchema() {
    static const WireSchema<InviteRevokeArgs> schema{{field::uuid("id", &InviteRevokeArgs::id)}};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(InviteCreateArgs, createSchema)
HEARTH_MUTATION_ARGS_CODEC(InviteRevokeArgs, revokeSchema)

} // namespace hearth::protocol
