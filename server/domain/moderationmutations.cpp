#include "moderationmutations.h"

#include "server/domain/auditlog.h"
#include "server/domain/domainlogging.h"
#include "server/domain/joinwindow.h"
#include "server/domain/membershipmutations.h"
#include "server/domain/notifications.h"
#include "server/domain/organizerwindow.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::ModerationMutations {

using namespace hearth::protocol;
using std::optional;

namespace {

// The actor's and the target's memberships, read and checked the same way for every action.
struct Parties {
    QString communityId;
    QString userId;
    optional<Membership> actor;
    optional<Membership> target;
};

// The parties of an action on `target`.
optional<DomainError> read(MutationContext &ctx, const MemberTarget &target, Parties *p) {
    p->communityId = target.communityId;
    p->userId = target.userId;
    if (!ctx.reader.communityExists(p->communityId))
        return DomainError::notFound(QStringLiteral("no such community"));
    p->actor = ctx.reader.membership(p->communityId, ctx.userId);
    p->target = ctx.reader.membership(p->communityId, p->userId);
    return std::nullopt;
}

int rank(const optional<Membership> &m) {
    if (!m)
        return 0;
    if (m->role == QLatin1StringView("owner"))
        return 3;
    if (m->role == QLatin1StringView("moderator"))
        return 2;
    return 1;
}

// Organizers may act on members of a lower rank only.
optional<DomainError> outranks(const Parties &p) {
    if (auto denied = Policy::check(Policy::Action::Moderate, p.actor))
        return denied;
    if (p.userId == p.actor->userId)
        return DomainError::forbidden(QStringLiteral("you cannot do this to yourself"));
    if (rank(p.actor) <= rank(p.target))
        return DomainError::forbidden(
            p.target && p.target->role == QLatin1StringView("owner")
                ? QStringLiteral("an owner cannot be removed or banned; demote them first")
                : QStringLiteral("moderators can act on members only"));
    return std::nullopt;
}

QJsonObject stateResult(const Parties &p, const QString &state) {
    return {{QStringLiteral("communityId"), p.communityId},
            {QStringLiteral("userId"), p.userId},
            {QStringLiteral("state"), state}};
}

bool isState(const optional<Membership> &m, const char *state) {
    return m && m->state == QLatin1StringView(state);
}

} // namespace

MutationResult approve(MutationContext &ctx, const MembershipApproveArgs &args) {
    Parties p;
    if (auto e = read(ctx, args, &p))
        return MutationContext::rejected(*e);
    if (auto denied = Policy::check(Policy::Action::Moderate, p.actor))
        return MutationContext::rejected(*denied);
    if (isState(p.target, "active"))
        return MutationContext::applied(stateResult(p, QStringLiteral("active")));
    if (!isState(p.target, "pending"))
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("there is no join request from this user")));
    if (auto full = MembershipMutations::checkRoom(ctx, p.communityId))
        return MutationContext::rejected(*full);
    MembershipMutations::setMembership(ctx, p.communityId, p.userId, QStringLiteral("member"),
                                       QStringLiteral("active"));
    JoinWindow::deliver(ctx, p.communityId, p.userId);
    Notifications::joinDecided(ctx, p.communityId, p.userId, true);
    AuditLog::record(ctx, p.communityId, QStringLiteral("membership.approve"), p.userId);
    qCInfo(lcMutations) << "join request approved in" << p.communityId << "for" << p.userId << "by"
                        << ctx.userId;
    return MutationContext::applied(stateResult(p, QStringLiteral("active")));
}

MutationResult deny(MutationContext &ctx, const MembershipDenyArgs &args) {
    Parties p;
    if (auto e = read(ctx, args, &p))
        return MutationContext::rejected(*e);
    if (auto denied = Policy::check(Policy::Action::Moderate, p.actor))
        return MutationContext::rejected(*denied);
    if (!isState(p.target, "pending"))
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("there is no join request from this user")));
    MembershipMutations::removeMembership(ctx, p.communityId, p.userId);
    Notifications::joinDecided(ctx, p.communityId, p.userId, false, args.reason.trimmed());
    AuditLog::record(ctx, p.communityId, QStringLiteral("membership.deny"), p.userId,
                     args.reason.trimmed());
    return MutationContext::applied(stateResult(p, QStringLiteral("denied")));
}

MutationResult remove(MutationContext &ctx, const MembershipRemoveArgs &args) {
    Parties p;
    if (auto e = read(ctx, args, &p))
        return MutationContext::rejected(*e);
    if (auto denied = outranks(p))
        return MutationContext::rejected(*denied);
    if (!isState(p.target, "active"))
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("this user is not a member")));
    MembershipMutations::removeMembership(ctx, p.communityId, p.userId);
    ctx.emitCommunity(p.communityId);
    MembershipMutations::revokeAccess(ctx, p.communityId, p.userId);
    AuditLog::record(ctx, p.communityId, QStringLiteral("membership.remove"), p.userId,
                     args.reason);
    qCInfo(lcMutations) << "member" << p.userId << "removed from" << p.communityId << "by"
                        << ctx.userId << "reason:" << args.reason;
    return MutationContext::applied(stateResult(p, QStringLiteral("removed")));
}

MutationResult ban(MutationContext &ctx, const MembershipBanArgs &args) {
    Parties p;
    if (auto e = read(ctx, args, &p))
        return MutationContext::rejected(*e);
    if (auto denied = outranks(p))
        return MutationContext::rejected(*denied);
    if (isState(p.target, "banned"))
        return MutationContext::applied(stateResult(p, QStringLiteral("banned")));
    const bool wasActive = isState(p.target, "active");
    if (!ctx.reader.user(p.userId))
        return MutationContext::rejected(DomainError::notFound(QStringLiteral("no such user")));
    // The row stays, in state banned, so a banned user cannot simply join again.
    MembershipMutations::setMembership(ctx, p.communityId, p.userId, QStringLiteral("member"),
                                       QStringLiteral("banned"));
    if (wasActive) {
        // The members' lists drop them (a banned membership is for organizers' eyes, and its
        // row would not reach the members); it supersedes the active row for new devices too.
        ctx.emitMembershipRemoved(p.communityId, p.userId);
        ctx.emitCommunity(p.communityId);
    }
    MembershipMutations::revokeAccess(ctx, p.communityId, p.userId);
    // Again after the purge (which drops the community's memberships from the client), so the
    // banned user's client knows why the community is gone.
    ctx.emitMembership(p.communityId, p.userId);
    AuditLog::record(ctx, p.communityId, QStringLiteral("membership.ban"), p.userId, args.reason);
    qCInfo(lcMutations) << "member" << p.userId << "banned from" << p.communityId << "by"
                        << ctx.userId << "reason:" << args.reason;
    return MutationContext::applied(stateResult(p, QStringLiteral("banned")));
}

MutationResult unban(MutationContext &ctx, const MembershipUnbanArgs &args) {
    Parties p;
    if (auto e = read(ctx, args, &p))
        return MutationContext::rejected(*e);
    if (auto denied = Policy::check(Policy::Action::Moderate, p.actor))
        return MutationContext::rejected(*denied);
    if (!isState(p.target, "banned"))
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("this user is not banned")));
    MembershipMutations::removeMembership(ctx, p.communityId, p.userId);
    AuditLog::record(ctx, p.communityId, QStringLiteral("membership.unban"), p.userId);
    return MutationContext::applied(stateResult(p, QStringLiteral("unbanned")));
}

MutationResult setRole(MutationContext &ctx, const MembershipSetRoleArgs &args) {
    Parties p;
    if (auto e = read(ctx, args, &p))
        return MutationContext::rejected(*e);
    if (auto denied = Policy::check(Policy::Action::ChangeRole, p.actor))
        return MutationContext::rejected(*denied);
    if (!isState(p.target, "active"))
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("this user is not a member")));
    if (p.target->role == QLatin1StringView("owner") && args.role != QLatin1StringView("owner") &&
        ctx.reader.ownerCount(p.communityId) <= 1)
        return MutationContext::rejected(DomainError::forbidden(
            QStringLiteral("a community needs an owner; make someone else an owner first")));
    const bool wasOrganizer = Policy::isOrganizer(p.target);
    MembershipMutations::setMembership(ctx, p.communityId, p.userId, args.role,
                                       QStringLiteral("active"));
    const bool isOrganizer = Policy::isOrganizer(ctx.reader.membership(p.communityId, p.userId));
    if (isOrganizer && !wasOrganizer)
        OrganizerWindow::open(ctx, p.communityId, p.userId);
    else if (wasOrganizer && !isOrganizer)
        OrganizerWindow::close(ctx, p.communityId, p.userId);
    AuditLog::record(ctx, p.communityId, QStringLiteral("membership.setRole"), p.userId, args.role);
    return MutationContext::applied({{QStringLiteral("communityId"), p.communityId},
                                     {QStringLiteral("userId"), p.userId},
                                     {QStringLiteral("role"), args.role}});
}

} // namespace hearthd::ModerationMutations
