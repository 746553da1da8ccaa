#include "commentmutations.h"

#include "server/domain/notifications.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::CommentMutations {

using namespace hearth::protocol;

MutationResult create(MutationContext &ctx, const CommentCreateArgs &args) {
    const QString &id = args.id;
    const QString &postId = args.postId;
    const QString &parentId = args.parentId;

    const auto post = ctx.reader.post(postId);
    if (!post)
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("no such post (it may have been deleted)")));
    const auto membership = ctx.reader.membership(post->communityId, ctx.userId);
    if (auto denied = Policy::check(Policy::Action::Comment, membership))
        return MutationContext::rejected(*denied);
    if (post->locked) {
        if (auto denied = Policy::check(Policy::Action::CommentOnLocked, membership))
            return MutationContext::rejected(
                DomainError::forbidden(QStringLiteral("the post is locked")));
    }
    if (!parentId.isEmpty()) {
        const auto parent = ctx.reader.comment(parentId);
        if (!parent || parent->postId != postId)
            return MutationContext::rejected(DomainError::invalid(
                QStringLiteral("field 'parentId' must name a comment on the same post")));
    }
    if (ctx.reader.commentExists(id))
        return MutationContext::rejected(
            DomainError::conflict(QStringLiteral("a comment with this id already exists")));

    const QSqlDatabase db = ctx.db.connection();
    Query(db, QStringLiteral("INSERT INTO comments (id, post_id, community_id, parent_id, "
                             "author_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(postId)
        .bind(post->communityId)
        .bind(parentId)
        .bind(ctx.userId)
        .bind(args.body)
        .bind(ctx.now)
        .exec();
    Query(db, QStringLiteral("UPDATE posts SET comment_count = comment_count + 1 WHERE id = ?"))
        .bind(postId)
        .exec();
    ctx.emitComment(id);
    ctx.emitPost(postId);
    Notifications::commentCreated(ctx, id);
    return MutationContext::applied({{QStringLiteral("id"), id}});
}

} // namespace hearthd::CommentMutations
