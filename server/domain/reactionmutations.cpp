#include "reactionmutations.h"

#include "server/domain/activityreader.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::ReactionMutations {

using namespace hearth::protocol;

namespace {

// The reaction the args name, with the target's post and community filled in; or why not.
Result<Reaction> target(MutationContext &ctx, const ReactionTarget &args) {
    Reaction r;
    r.targetType = args.targetType;
    r.targetId = args.targetId;
    r.emoji = args.emoji;
    r.userId = ctx.userId;
    r.createdAt = ctx.now;
    r.postId = r.targetId;
    if (r.targetType == QLatin1StringView("comment")) {
        const auto comment = ctx.reader.comment(r.targetId);
        if (!comment)
            return DomainError::notFound(
                QStringLiteral("no such comment (it may have been deleted)"));
        r.postId = comment->postId;
    }
    const auto post = ctx.reader.post(r.postId);
    if (!post)
        return DomainError::notFound(QStringLiteral("no such post (it may have been deleted)"));
    r.communityId = post->communityId;
    if (auto denied =
            Policy::check(Policy::Action::React, ctx.reader.membership(r.communityId, ctx.userId)))
        return *denied;
    return r;
}

QJsonObject result(const Reaction &r, bool set) {
    return {{QStringLiteral("id"), r.id()},
            {QStringLiteral("state"), set ? QStringLiteral("set") : QStringLiteral("cleared")}};
}

} // namespace

MutationResult set(MutationContext &ctx, const ReactionSetArgs &args) {
    const auto r = target(ctx, args);
    if (!r)
        return MutationContext::rejected(r.error());
    if (ActivityReader(ctx.db).reaction(r->targetType, r->targetId, r->userId, r->emoji))
        return MutationContext::applied(result(r.value(), true));
    Query(ctx.db.connection(),
          QStringLiteral("INSERT INTO reactions (target_id, user_id, emoji, target_type, post_id, "
                         "community_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bind(r->targetId)
        .bind(r->userId)
        .bind(r->emoji)
        .bind(r->targetType)
        .bind(r->postId)
        .bind(r->communityId)
        .bind(r->createdAt)
        .exec();
    ctx.emitReaction(r.value());
    return MutationContext::applied(result(r.value(), true));
}

MutationResult clear(MutationContext &ctx, const ReactionClearArgs &args) {
    const auto r = target(ctx, args);
    if (!r)
        return MutationContext::rejected(r.error());
    if (!ActivityReader(ctx.db).reaction(r->targetType, r->targetId, r->userId, r->emoji))
        return MutationContext::applied(result(r.value(), false));
    Query(ctx.db.connection(), QStringLiteral("DELETE FROM reactions WHERE target_type = ? AND "
                                              "target_id = ? AND user_id = ? AND emoji = ?"))
        .bind(r->targetType)
        .bind(r->targetId)
        .bind(r->userId)
        .bind(r->emoji)
        .exec();
    ctx.emitReactionRemoved(r.value());
    return MutationContext::applied(result(r.value(), false));
}

} // namespace hearthd::ReactionMutations
