#include "membershipargs.h"

#include "limits.h"
#include "vocabulary.h"
#include "wireschema.h"

namespace hearth::protocol {

namespace {

QString namesACommunity(const MembershipJoinArgs &a) {
    if (!a.communityId.isEmpty() || !a.inviteCode.isEmpty())
        return {};
    return QStringLiteral("field 'communityId' is required");
}

const WireSchema<MembershipJoinArgs> &joinSchema() {
    using A = MembershipJoinArgs;
    static const WireSchema<A> schema{
        {
            field::uuid("communityId", &A::communityId, Presence::Optional),
            field::text("inviteCode", &A::inviteCode, {Limits::InviteCodeMax}),
            field::flag("acceptGuidelines", &A::acceptGuidelines),
        },
        namesACommunity};
    return schema;
}

const WireSchema<MembershipLeaveArgs> &leaveSchema() {
    static const WireSchema<MembershipLeaveArgs> schema{
        {field::uuid("communityId", &MembershipLeaveArgs::communityId)}};
    return schema;
}

// The fields of MemberTarget, for each struct built on it.
template<typename T> QList<WireField<T>> target(QList<WireField<T>> more = {}) {
    QList<WireField<T>> fields{field::uuid<T>("communityId", &T::communityId),
                               field::uuid<T>("userId", &T::userId)};
    return fields + more;
}

template<typename T> const WireSchema<T> &targetSchema() {
    static const WireSchema<T> schema{target<T>()};
    return schema;
}

template<typename T> const WireSchema<T> &withReasonSchema() {
    static const WireSchema<T> schema{
        target<T>({field::text<T>("reason", &T::reason, {Limits::ReasonMax})})};
    return schema;
}

const WireSchema<MembershipSetRoleArgs> &setRoleSchema() {
    using A = MembershipSetRoleArgs;
    static const WireSchema<A> schema{
        target<A>({field::choice<A>("role", &A::role, Role::all(), Presence::Required)})};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(MembershipJoinArgs, joinSchema)
HEARTH_MUTATION_ARGS_CODEC(MembershipLeaveArgs, leaveSchema)
HEARTH_MUTATION_ARGS_CODEC(MembershipApproveArgs, targetSchema<MembershipApproveArgs>)
HEARTH_MUTATION_ARGS_CODEC(MembershipDenyArgs, withReasonSchema<MembershipDenyArgs>)
HEARTH_MUTATION_ARGS_CODEC(MembershipRemoveArgs, withReasonSchema<MembershipRemoveArgs>)
HEARTH_MUTATION_ARGS_CODEC(MembershipBanArgs, withReasonSchema<MembershipBanArgs>)
HEARTH_MUTATION_ARGS_CODEC(MembershipUnbanArgs, targetSchema<MembershipUnbanArgs>)
HEARTH_MUTATION_ARGS_CODEC(MembershipSetRoleArgs, setRoleSchema)

} // namespace hearth::protocol
