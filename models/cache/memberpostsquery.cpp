#include "memberpostsquery.h"

#include "readquery.h"

#include <QSqlQuery>

namespace hearth::cache {

QList<PostSummary> MemberPostsQuery::run(const QSqlDatabase &db) const {
    QList<PostSummary> posts;
    if (authorId.isEmpty() || viewerId.isEmpty() || limit <= 0)
        return posts;
    QSqlQuery q = runRead(
        db,
        PostSummary::selectColumns() +
            QStringLiteral(
                " FROM posts p"
                " JOIN memberships mine ON mine.community_id = p.community_id AND mine.user_id = ?"
                "  AND mine.state = 'active'"
                " JOIN communities c ON c.id = p.community_id"
                " WHERE p.author_id = ?"
                "  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.target_id = p.id"
                "   AND o.name = 'post.create')"
                " ORDER BY p.created_at DESC, p.id DESC LIMIT ?"),
        {viewerId, authorId, limit}, "member posts");
    while (q.next())
        posts.append(PostSummary::fromRow(q));
    return posts;
}

} // namespace hearth::cache
