#include "commentmutations.h"

#include "server/domain/auditlog.h"
#include "server/domain/communitymutations.h"
#include "server/domain/contentremoval.h"
#include "server/domain/notifications.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::CommentMutations {

using namespace hearth::protocol;

namespace {

// The stored comment whatever its state, for the checks that must see deleted ones too.
struct StoredComment {
    QString postId;
    QString communityId;
    QString authorId;
    int version = 0;
    bool deleted = false;     // the comment itself
    bool postDeleted = false; // its post (which takes the thread with it)
    bool postLocked = false;
};

std::optional<StoredComment> stored(const MutationContext &ctx, const QString &id) {
    Query q(ctx.db.connection(),
            QStringLiteral("SELECT c.post_id, c.community_id, c.author_id, c.version, c.deleted, "
                           "p.deleted, p.locked FROM comments c JOIN posts p ON p.id = c.post_id "
                           "WHERE c.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return StoredComment{q.text(0),         q.text(1),         q.text(2),        int(q.integer(3)),
                         q.integer(4) != 0, q.integer(5) != 0, q.integer(6) != 0};
}

DomainError commentNotFound() {
    return DomainError::notFound(QStringLiteral("no such comment (it may have been deleted)"));
}

} // namespace

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
    if (auto refused = CommunityMutations::guidelinesRefusal(ctx, post->communityId))
        return MutationContext::rejected(*refused);
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

MutationResult edit(MutationContext &ctx, const CommentEditArgs &args) {
    const QString &id = args.id;
    const auto comment = stored(ctx, id);
    // The comment as members see it; gone with a delete of it or of its post.
    const auto current = ctx.reader.comment(id);
    if (!comment || comment->deleted || comment->postDeleted || !current)
        return MutationContext::rejected(commentNotFound());
    const auto membership = ctx.reader.membership(comment->communityId, ctx.userId);
    if (auto denied = Policy::check(Policy::Action::EditOwn, membership))
        return MutationContext::rejected(*denied);
    if (comment->authorId != ctx.userId)
        return MutationContext::rejected(
            DomainError::forbidden(QStringLiteral("only the author can edit a comment")));
    // A locked thread takes no new words, edited in or added, but from organizers.
    if (comment->postLocked && Policy::check(Policy::Action::CommentOnLocked, membership))
        return MutationContext::rejected(
            DomainError::forbidden(QStringLiteral("the post is locked")));
    if (args.version != comment->version)
        return MutationContext::conflict(
            QStringLiteral("the comment was edited elsewhere (now version %1, this edit was "
                           "based on version %2)")
                .arg(comment->version)
                .arg(args.version),
            current->toJson());

    const int newVersion = comment->version + 1;
    Query(ctx.db.connection(),
          QStringLiteral("UPDATE comments SET body = ?, version = ?, edited_at = ? WHERE id = ?"))
        .bind(args.body)
        .bind(newVersion)
        .bind(ctx.now)
        .bind(id)
        .exec();
    ctx.emitComment(id); // supersedes the rows that carried the earlier text
    Notifications::excerptsEdited(ctx, QStringLiteral("comment"), id, args.body);
    return MutationContext::applied(
        {{QStringLiteral("id"), id}, {QStringLiteral("version"), newVersion}});
}

MutationResult remove(MutationContext &ctx, const CommentDeleteArgs &args) {
    const QString &id = args.id;
    const auto comment = stored(ctx, id);
    if (!comment)
        return MutationContext::rejected(commentNotFound());
    const auto action = Policy::deletion(comment->authorId, ctx.userId);
    if (auto denied =
            Policy::check(action, ctx.reader.membership(comment->communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    // A delete is final, and a deleted post took its thread down already: nothing to change.
    if (comment->deleted || comment->postDeleted)
        return MutationContext::applied({{QStringLiteral("id"), id}});

    ContentRemoval::removeComment(ctx, id, comment->postId, comment->communityId);
    if (action == Policy::Action::DeleteAny)
        AuditLog::record(ctx, comment->communityId, QStringLiteral("comment.delete"), id);
    return MutationContext::applied({{QStringLiteral("id"), id}});
}

} // namespace hearthd::CommentMutations
