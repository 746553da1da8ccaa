#include "membershipmutations.h"

#include "protocol/syncpage.h"
#include "server/domain/invitemutations.h"
#include "server/domain/joinwindow.h"
#include "server/domain/notifications.h"
#include "server/domain/policy.h"
#include "server/domain/rsvpmutations.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::MembershipMutations {

using namespace hearth::protocol;

namespace {
QJsonObject stateResult(const QString &communityId, const QString &state) {
    return {{QStringLiteral("communityId"), communityId}, {QStringLiteral("state"), state}};
}
} // namespace

void setMembership(MutationContext &ctx, const QString &communityId, const QString &userId,
                   const QString &role, const QString &state) {
    const QSqlDatabase db = ctx.db.connection();
    if (ctx.reader.membership(communityId, userId)) {
        Query(db, QStringLiteral("UPDATE memberships SET role = ?, state = ? "
                                 "WHERE community_id = ? AND user_id = ?"))
            .bind(role)
            .bind(state)
            .bind(communityId)
            .bind(userId)
            .exec();
    } else {
        Query(db, QStringLiteral("INSERT INTO memberships (community_id, user_id, role, state, "
                                 "joined_at) VALUES (?, ?, ?, ?, ?)"))
            .bind(communityId)
            .bind(userId)
            .bind(role)
            .bind(state)
            .bind(ctx.now)
            .exec();
    }
    // The community first (its member count changed), so a client never holds a membership of
    // a community it has not seen.
    const bool active = state == QLatin1StringView("active");
    if (active)
        ctx.emitCommunity(communityId);
    ctx.emitMembership(communityId, userId);
    if (active)
        ctx.emitUser(userId);
}

void removeMembership(MutationContext &ctx, const QString &communityId, const QString &userId) {
    Query(ctx.db.connection(),
          QStringLiteral("DELETE FROM memberships WHERE community_id = ? AND user_id = ?"))
        .bind(communityId)
        .bind(userId)
        .exec();
    ctx.emitMembershipRemoved(communityId, userId);
}

void revokeAccess(MutationContext &ctx, const QString &communityId, const QString &userId) {
    RsvpMutations::withdraw(ctx, communityId, userId);
    // The user may no longer read the content: tell their client to drop it. A community that
    // is still listed in the directory comes back as a bare listing right after.
    const QString type = QString::fromLatin1(ChangeType::Community);
    ctx.emitDirect(userId, type, QString::fromLatin1(ChangeOp::Purge), communityId, communityId,
                   {});
    const auto community = ctx.reader.community(communityId);
    if (community && community->visibility != QLatin1StringView("invite"))
        ctx.emitDirect(userId, type, QString::fromLatin1(ChangeOp::Upsert), communityId,
                       communityId, MutationContext::compact(community->toJson()));
}

std::optional<DomainError> checkRoom(MutationContext &ctx, const QString &communityId) {
    const auto community = ctx.reader.community(communityId);
    if (community && community->memberCount >= community->memberCap)
        return DomainError::forbidden(
            QStringLiteral("this community is full (%1 members)").arg(community->memberCap));
    return std::nullopt;
}

namespace {
// membership.join with an invite code: any visibility, straight to active (a pending request
// too). The community may be named or found from the code alone.
MutationResult joinWithInvite(MutationContext &ctx, QString communityId, const QString &code) {
    const auto invite = InviteMutations::redeemable(ctx, code);
    if (!invite)
        return MutationContext::rejected(invite.error());
    if (communityId.isEmpty())
        communityId = invite->communityId;
    else if (communityId != invite->communityId)
        return MutationContext::rejected(DomainError::invalid(
            QStringLiteral("field 'inviteCode' is an invite to another community")));
    const auto m = ctx.reader.membership(communityId, ctx.userId);
    if (m && m->state == QLatin1StringView("banned"))
        return MutationContext::rejected(
            DomainError::forbidden(QStringLiteral("you are banned from this community")));
    if (Policy::isActive(m)) // already in: the invite stays unused
        return MutationContext::applied(stateResult(communityId, m->state));
    if (auto full = checkRoom(ctx, communityId))
        return MutationContext::rejected(*full);
    setMembership(ctx, communityId, ctx.userId, QStringLiteral("member"), QStringLiteral("active"));
    JoinWindow::deliver(ctx, communityId, ctx.userId);
    InviteMutations::use(ctx, invite.value());
    return MutationContext::applied(stateResult(communityId, QStringLiteral("active")));
}
} // namespace

MutationResult join(MutationContext &ctx, const MembershipJoinArgs &args) {
    const QString &communityId = args.communityId;
    if (!args.inviteCode.isEmpty())
        return joinWithInvite(ctx, communityId, args.inviteCode);
    const auto community = ctx.reader.community(communityId);
    if (!community)
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("no such community")));

    if (const auto m = ctx.reader.membership(communityId, ctx.userId)) {
        if (m->state == QLatin1StringView("banned"))
            return MutationContext::rejected(
                DomainError::forbidden(QStringLiteral("you are banned from this community")));
        return MutationContext::applied(stateResult(communityId, m->state));
    }
    if (community->visibility == QLatin1StringView("invite"))
        return MutationContext::rejected(DomainError::forbidden(
            QStringLiteral("this community is invite-only; ask an organizer for an invite")));
    if (community->visibility == QLatin1StringView("request")) {
        setMembership(ctx, communityId, ctx.userId, QStringLiteral("member"),
                      QStringLiteral("pending"));
        Notifications::joinRequested(ctx, communityId);
        return MutationContext::applied(stateResult(communityId, QStringLiteral("pending")));
    }
    if (auto full = checkRoom(ctx, communityId))
        return MutationContext::rejected(*full);
    setMembership(ctx, communityId, ctx.userId, QStringLiteral("member"), QStringLiteral("active"));
    JoinWindow::deliver(ctx, communityId, ctx.userId);
    return MutationContext::applied(stateResult(communityId, QStringLiteral("active")));
}

MutationResult leave(MutationContext &ctx, const MembershipLeaveArgs &args) {
    const QString &communityId = args.communityId;
    const auto m = ctx.reader.membership(communityId, ctx.userId);
    if (auto denied = Policy::check(Policy::Action::Leave, m))
        return MutationContext::rejected(*denied);
    const bool wasActive = Policy::isActive(m);
    if (wasActive && m->role == QLatin1StringView("owner") &&
        ctx.reader.ownerCount(communityId) <= 1)
        return MutationContext::rejected(DomainError::forbidden(
            QStringLiteral("you are the last owner; make someone else an owner before leaving")));

    removeMembership(ctx, communityId, ctx.userId);
    if (wasActive)
        ctx.emitCommunity(communityId);
    revokeAccess(ctx, communityId, ctx.userId);
    return MutationContext::applied(stateResult(communityId, QStringLiteral("left")));
}

} // namespace hearthd::MembershipMutations
