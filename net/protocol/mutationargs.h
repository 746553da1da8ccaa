#pragma once
// Every mutation's args struct, and the list of them all. To add a mutation: its name in
// MutationName (mutation.h), its struct (HEARTH_MUTATION_ARGS) and schema in the area's
// *args.h/.cpp, the struct in AllMutationArgs below, and its handler in hearthd's
// MutationService table; tst_protocol round-trips every type in this list, and the server's
// tests fail while a listed mutation has no handler.

#include "alertargs.h"
#include "commentargs.h"
#include "communityargs.h"
#include "eventargs.h"
#include "inviteargs.h"
#include "membershipargs.h"
#include "notificationargs.h"
#include "postargs.h"
#include "profileargs.h"
#include "reactionargs.h"
#include "reportargs.h"
#include "rsvpargs.h"

#include <tuple>

namespace hearth::protocol {

using AllMutationArgs =
    std::tuple<CommunityCreateArgs, CommunityUpdateArgs, MembershipAcceptGuidelinesArgs,
               MembershipJoinArgs, MembershipLeaveArgs, MembershipApproveArgs, MembershipDenyArgs,
               MembershipRemoveArgs, MembershipBanArgs, MembershipUnbanArgs, MembershipSetRoleArgs,
               PostCreateArgs, PostEditArgs, PostDeleteArgs, PostPinArgs, PostLockArgs,
               CommentCreateArgs, CommentEditArgs, CommentDeleteArgs, ReactionSetArgs,
               ReactionClearArgs, EventCreateArgs, EventEditArgs, EventCancelArgs, RsvpSetArgs,
               InviteCreateArgs, InviteRevokeArgs, ReportCreateArgs, ReportResolveArgs,
               NotificationMarkReadArgs, ProfileUpdateArgs, AlertsSetArgs>;

// The names of all of them, in that order.
QStringList mutationNames();

} // namespace hearth::protocol
