#pragma once
// Args of the membership mutations (docs/api.md, Mutations): joining and leaving, and the
// organizers' decisions on one member (approve, deny, remove, ban, unban, setRole).

#include "argscheck.h"
#include "mutation.h"

namespace hearth::protocol {

struct MembershipJoinArgs {
    HEARTH_MUTATION_ARGS(MembershipJoinArgs, MutationName::MembershipJoin)
    QString communityId; // may be left out with an invite code: the code finds its community
    QString inviteCode;  // joins any visibility at once
    // The member read and accepted the community's guidelines (required when it has any).
    bool acceptGuidelines = false;
};

struct MembershipLeaveArgs {
    HEARTH_MUTATION_ARGS(MembershipLeaveArgs, MutationName::MembershipLeave)
    QString communityId;
};

// The member an organizer acts on.
struct MemberTarget {
    QString communityId;
    QString userId;
    friend bool operator==(const MemberTarget &, const MemberTarget &) = default;
};

struct MembershipApproveArgs : MemberTarget {
    HEARTH_MUTATION_ARGS(MembershipApproveArgs, MutationName::MembershipApprove)
};

struct MembershipDenyArgs : MemberTarget {
    HEARTH_MUTATION_ARGS(MembershipDenyArgs, MutationName::MembershipDeny)
    QString reason; // told to the applicant (their join_denied notification)
};

struct MembershipRemoveArgs : MemberTarget {
    HEARTH_MUTATION_ARGS(MembershipRemoveArgs, MutationName::MembershipRemove)
    QString reason;
};

struct MembershipBanArgs : MemberTarget {
    HEARTH_MUTATION_ARGS(MembershipBanArgs, MutationName::MembershipBan)
    QString reason;
};

struct MembershipUnbanArgs : MemberTarget {
    HEARTH_MUTATION_ARGS(MembershipUnbanArgs, MutationName::MembershipUnban)
};

struct MembershipSetRoleArgs : MemberTarget {
    HEARTH_MUTATION_ARGS(MembershipSetRoleArgs, MutationName::MembershipSetRole)
    QString role; // Role
};

} // namespace hearth::protocol
