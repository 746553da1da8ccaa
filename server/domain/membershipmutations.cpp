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

// The guidelines the joiner accepts (stored on the membership), or why joining is refused:
// a community with guidelines is joined only by a member who has read and accepted them.
std::optional<DomainError> checkGuidelines(const Community &community,
                                           const MembershipJoinArgs &args,
                                           std::optional<QString> *accepted) {
    if (community.guidelines.trimmed().isEmpty())
        return std::nullopt;
    if (!args.acceptGuidelines)
        return DomainError::invalid(
            QStringLiteral("this community has guidelines: read them and join with "
                           "'acceptGuidelines': true"));
    *accepted = community.guidelines;
    return std::nullopt;
}
} // namespace

void setMembership(MutationContext &ctx, const QString &communityId, const QString &userId,
                   const QString &role, const QString &state,
                   const std::optional<QString> &acceptedGuidelines) {
    const QSqlDatabase db = ctx.db.connection();
    const auto before = ctx.reader.membership(communityId, userId);
    const bool active = state == QLatin1StringView("active");
    const bool organizer =
        active && (role == QLatin1StringView("owner") || role == QLatin1StringView("moderator"));
    // Access starts at the first row this action appends (its seq is at least this): members
    // are served their community's rows from there on and the older ones through the join
    // window; organizers likewise with the organizer window. An organizer's access never starts
    // before their membership's (the supersession rules rely on it).
    const qint64 from = ctx.log.head() + 1;
    if (before) {
        Query(db, QStringLiteral("UPDATE memberships SET role = ?, state = ? "
                                 "WHERE community_id = ? AND user_id = ?"))
            .bind(role)
            .bind(state)
            .bind(communityId)
            .bind(userId)
            .exec();
        if (active && !Policy::isActive(before))
            Query(db, QStringLiteral("UPDATE memberships SET member_since = ?, "
                                     "organizer_since = ? WHERE community_id = ? AND user_id = ?"))
                .bind(from)
                .bind(from)
                .bind(communityId)
                .bind(userId)
                .exec();
        else if (organizer && !Policy::isOrganizer(before))
            Query(db, QStringLiteral("UPDATE memberships SET organizer_since = ? "
                                     "WHERE community_id = ? AND user_id = ?"))
                .bind(from)
                .bind(communityId)
                .bind(userId)
                .exec();
    } else {
        Query(db, QStringLiteral("INSERT INTO memberships (community_id, user_id, role, state, "
                                 "joined_at, member_since, organizer_since) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"))
            .bind(communityId)
            .bind(userId)
            .bind(role)
            .bind(state)
            .bind(ctx.now)
            .bind(from)
            .bind(from)
            .exec();
    }
    if (acceptedGuidelines)
        Query(db, QStringLiteral("UPDATE memberships SET guidelines_accepted_at = ?, "
                                 "guidelines_digest = ? WHERE community_id = ? AND user_id = ?"))
            .bind(ctx.now)
            .bind(guidelinesDigest(*acceptedGuidelines))
            .bind(communityId)
            .bind(userId)
            .exec();
    // The community first (its member count changed), so a client never holds a membership of
    // a community it has not seen.
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
    // The purge reaches them whatever happens later (it is never superseded); the listing only
    // while the community is listed.
    const QString type = QString::fromLatin1(ChangeType::Community);
    ctx.emitDirect(userId, LogEntry::Scope::Direct, type, QString::fromLatin1(ChangeOp::Purge),
                   communityId, communityId, {});
    const auto community = ctx.reader.community(communityId);
    if (community && community->visibility != QLatin1StringView("invite"))
        ctx.emitDirect(userId, LogEntry::Scope::Directory, type,
                       QString::fromLatin1(ChangeOp::Upsert), communityId, communityId,
                       MutationContext::compact(community->toJson()));
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
MutationResult joinWithInvite(MutationContext &ctx, QString communityId,
                              const MembershipJoinArgs &args) {
    const QString &code = args.inviteCode;
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
    std::optional<QString> accepted;
    if (const auto community = ctx.reader.community(communityId))
        if (auto refused = checkGuidelines(*community, args, &accepted))
            return MutationContext::rejected(*refused);
    setMembership(ctx, communityId, ctx.userId, QStringLiteral("member"), QStringLiteral("active"),
                  accepted);
    JoinWindow::deliver(ctx, communityId, ctx.userId);
    InviteMutations::use(ctx, invite.value());
    return MutationContext::applied(stateResult(communityId, QStringLiteral("active")));
}
} // namespace

MutationResult join(MutationContext &ctx, const MembershipJoinArgs &args) {
    const QString &communityId = args.communityId;
    if (!args.inviteCode.isEmpty())
        return joinWithInvite(ctx, communityId, args);
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
    std::optional<QString> accepted;
    if (auto refused = checkGuidelines(*community, args, &accepted))
        return MutationContext::rejected(*refused);
    if (community->visibility == QLatin1StringView("request")) {
        setMembership(ctx, communityId, ctx.userId, QStringLiteral("member"),
                      QStringLiteral("pending"), accepted);
        Notifications::joinRequested(ctx, communityId);
        return MutationContext::applied(stateResult(communityId, QStringLiteral("pending")));
    }
    if (auto full = checkRoom(ctx, communityId))
        return MutationContext::rejected(*full);
    setMembership(ctx, communityId, ctx.userId, QStringLiteral("member"), QStringLiteral("active"),
                  accepted);
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
