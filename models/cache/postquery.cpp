#include "postquery.h"

#include "readquery.h"

#include <QSqlQuery>

namespace hearth::cache {

std::optional<PostRecord> PostQuery::run(const QSqlDatabase &db) const {
    QSqlQuery q = runRead(
        db,
        QStringLiteral(
            "SELECT p.community_id, p.kind, p.title, p.body, p.author_name, p.author_id,"
            " p.created_at, p.comment_count, p.pinned, p.locked, p.edited_at,"
            " EXISTS(SELECT 1 FROM outbox o WHERE o.target_id = p.id AND o.name = 'post.create'),"
            " (SELECT CASE o.error_message WHEN '' THEN o.error_code ELSE o.error_message END"
            "  FROM outbox o WHERE o.target_id = p.id AND o.state = 'failed'"
            "  ORDER BY o.seq LIMIT 1)"
            " FROM posts p WHERE p.id = ?"),
        {postId}, "post");
    if (!q.next())
        return std::nullopt;
    PostRecord post;
    post.id = postId;
    post.communityId = q.value(0).toString();
    post.kind = q.value(1).toString();
    post.title = q.value(2).toString();
    post.body = q.value(3).toString();
    post.authorName = q.value(4).toString();
    post.authorId = q.value(5).toString();
    post.createdAt = q.value(6).toLongLong();
    post.commentCount = q.value(7).toInt();
    post.pinned = q.value(8).toBool();
    post.locked = q.value(9).toBool();
    post.edited = q.value(10).toLongLong() > 0;
    post.unsent = q.value(11).toBool();
    post.failure = q.value(12).toString();
    return post;
}

} // namespace hearth::cache
