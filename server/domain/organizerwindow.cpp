#include "organizerwindow.h"

#include "protocol/syncpage.h"
#include "server/domain/invitemutations.h"
#include "server/domain/mutationcontext.h"
#include "server/domain/reportmutations.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::OrganizerWindow {

using namespace hearth::protocol;

namespace {

QStringList pendingMembers(MutationContext &ctx, const QString &communityId) {
    Query q(ctx.db.connection(), QStringLiteral("SELECT user_id FROM memberships WHERE "
                                                "community_id = ? AND state = 'pending' "
                                                "ORDER BY joined_at, user_id"));
    q.bind(communityId).exec();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    return out;
}

} // namespace

void open(MutationContext &ctx, const QString &communityId, const QString &userId) {
    const QString upsert = QString::fromLatin1(ChangeOp::Upsert);
    for (const QString &memberId : pendingMembers(ctx, communityId)) {
        if (const auto m = ctx.reader.membership(communityId, memberId))
            ctx.emitDirect(userId, LogEntry::Scope::Organizers,
                           QString::fromLatin1(ChangeType::Membership), upsert, m->id(),
                           communityId, MutationContext::compact(m->toJson()));
    }
    for (const Invite &i : InviteMutations::ofCommunity(ctx, communityId))
        ctx.emitDirect(userId, LogEntry::Scope::Organizers, QString::fromLatin1(ChangeType::Invite),
                       upsert, i.id, communityId, MutationContext::compact(i.toJson()));
    for (const Report &r : ReportMutations::ofCommunity(ctx, communityId))
        ctx.emitDirect(userId, LogEntry::Scope::Organizers, QString::fromLatin1(ChangeType::Report),
                       upsert, r.id, communityId, MutationContext::compact(r.toJson()));
}

void close(MutationContext &ctx, const QString &communityId, const QString &userId) {
    const QString drop = QString::fromLatin1(ChangeOp::Delete);
    for (const QString &memberId : pendingMembers(ctx, communityId)) {
        if (memberId != userId)
            ctx.emitDirect(userId, LogEntry::Scope::Direct,
                           QString::fromLatin1(ChangeType::Membership), drop,
                           communityId + QLatin1Char(':') + memberId, communityId, {});
    }
    for (const Invite &i : InviteMutations::ofCommunity(ctx, communityId))
        ctx.emitDirect(userId, LogEntry::Scope::Direct, QString::fromLatin1(ChangeType::Invite),
                       drop, i.id, communityId, {});
    for (const Report &r : ReportMutations::ofCommunity(ctx, communityId))
        ctx.emitDirect(userId, LogEntry::Scope::Direct, QString::fromLatin1(ChangeType::Report),
                       drop, r.id, communityId, {});
}

} // namespace hearthd::OrganizerWindow
