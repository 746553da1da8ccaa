#include "joinwindow.h"

#include "protocol/syncpage.h"
#include "server/domain/activityreader.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::JoinWindow {

using namespace hearth::protocol;

void deliver(MutationContext &ctx, const QString &communityId, const QString &userId) {
    const QString upsert = QString::fromLatin1(ChangeOp::Upsert);
    // Served to the new member while they remain one; a profile while they share a community
    // with its owner.
    const auto send = [&](const char *type, const QString &id, const QString &community,
                          const QJsonObject &data) {
        const bool profile = QLatin1StringView(type) == QLatin1StringView(ChangeType::User);
        ctx.emitDirect(userId, profile ? LogEntry::Scope::Profile : LogEntry::Scope::Members,
                       QString::fromLatin1(type), upsert, id, community,
                       MutationContext::compact(data));
    };

    const ActivityReader activity(ctx.db);
    if (const auto community = ctx.reader.community(communityId))
        send(ChangeType::Community, communityId, communityId, community->toJson());
    for (const QString &memberId : ctx.reader.activeMemberIds(communityId)) {
        if (const auto m = ctx.reader.membership(communityId, memberId))
            send(ChangeType::Membership, m->id(), communityId, m->toJson());
        if (const auto u = ctx.reader.user(memberId))
            send(ChangeType::User, memberId, {}, u->toJson());
    }
    for (const QString &postId : ctx.reader.recentPostIds(communityId, RecentPosts)) {
        if (const auto p = ctx.reader.post(postId))
            send(ChangeType::Post, postId, communityId, p->toJson());
        for (const QString &commentId : ctx.reader.commentIds(postId)) {
            if (const auto c = ctx.reader.comment(commentId))
                send(ChangeType::Comment, commentId, communityId, c->toJson());
        }
        for (const Reaction &r : activity.reactionsOfPost(postId))
            send(ChangeType::Reaction, r.id(), communityId, r.toJson());
    }
    for (const QString &eventId : activity.eventIds(communityId)) {
        if (const auto e = activity.event(eventId))
            send(ChangeType::Event, eventId, communityId, e->toJson());
        for (const Rsvp &r : activity.rsvps(eventId))
            send(ChangeType::Rsvp, r.id(), communityId, r.toJson());
    }
}

} // namespace hearthd::JoinWindow
