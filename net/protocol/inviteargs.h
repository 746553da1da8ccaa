#pragma once
// Args of invite.create and invite.revoke (docs/api.md, Mutations). The server makes the code.

#include "argscheck.h"
#include "mutation.h"

namespace hearth::protocol {

struct InviteCreateArgs {
    HEARTH_MUTATION_ARGS(InviteCreateArgs, MutationName::InviteCreate)
    QString id;
    QString communityId;
    qint64 expiresAt = 0; // ms since the epoch, in the future; 0 = never
    int maxUses = 0;      // 0 = no limit
};

struct InviteRevokeArgs {
    HEARTH_MUTATION_ARGS(InviteRevokeArgs, MutationName::InviteRevoke)
    QString id;
};

} // namespace hearth::protocol
