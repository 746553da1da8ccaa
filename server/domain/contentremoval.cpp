#include "contentremoval.h"

#include "protocol/syncpage.h"
#include "server/domain/activityreader.h"
#include "server/domain/mutationcontext.h"
#include "server/domain/notifications.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::ContentRemoval {

using namespace hearth::protocol;

namespace {

using Dependents = QList<std::pair<QString, QString>>;

void addReactions(Dependents *out, const QList<Reaction> &reactions) {
    for (const Reaction &r : reactions)
        out->append({QString::fromLatin1(ChangeType::Reaction), r.id()});
}

} // namespace

void removePost(MutationContext &ctx, const QString &postId, const QString &communityId) {
    const QSqlDatabase db = ctx.db.connection();
    QStringList comments;
    {
        Query q(db, QStringLiteral("SELECT id FROM comments WHERE post_id = ? ORDER BY id"));
        q.bind(postId).exec();
        while (q.next())
            comments.append(q.text(0));
    }
    Query(db, QStringLiteral("UPDATE posts SET deleted = 1, title = '', body = '', edited_at = ? "
                             "WHERE id = ?"))
        .bind(ctx.now)
        .bind(postId)
        .exec();
    // The thread goes with its post: clients drop the comments with it.
    Query(db, QStringLiteral("UPDATE comments SET body = '' WHERE post_id = ?"))
        .bind(postId)
        .exec();

    Dependents dependents;
    for (const QString &id : comments)
        dependents.append({QString::fromLatin1(ChangeType::Comment), id});
    addReactions(&dependents, ActivityReader(ctx.db).allReactionsOfPost(postId));
    ctx.emitPostDeleted(postId, communityId, dependents);
    Notifications::dropExcerpts(ctx, QStringLiteral("post"), {postId});
    Notifications::dropExcerpts(ctx, QStringLiteral("comment"), comments);
}

void removeComment(MutationContext &ctx, const QString &commentId, const QString &postId,
                   const QString &communityId) {
    const QSqlDatabase db = ctx.db.connection();
    Query(db, QStringLiteral("UPDATE comments SET deleted = 1, body = '', edited_at = ? "
                             "WHERE id = ?"))
        .bind(ctx.now)
        .bind(commentId)
        .exec();
    Query(db, QStringLiteral("UPDATE posts SET comment_count = comment_count - 1 WHERE id = ?"))
        .bind(postId)
        .exec();
    Dependents dependents;
    addReactions(&dependents,
                 ActivityReader(ctx.db).reactionsTo(QStringLiteral("comment"), commentId));
    ctx.emitCommentDeleted(commentId, communityId, dependents);
    if (ctx.reader.post(postId))
        ctx.emitPost(postId); // its comment count
    Notifications::dropExcerpts(ctx, QStringLiteral("comment"), {commentId});
}

} // namespace hearthd::ContentRemoval
