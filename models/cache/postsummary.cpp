#include "postsummary.h"

#include <QSqlQuery>
#include <QVariant>

namespace hearth::cache {

QString PostSummary::selectColumns() {
    return QStringLiteral(
        "SELECT p.id, p.community_id, coalesce(c.name, ''), p.author_id, p.author_name, p.kind,"
        " p.title, p.body, p.created_at, p.edited_at, p.comment_count, p.pinned, p.locked");
}

PostSummary PostSummary::fromRow(const QSqlQuery &row) {
    PostSummary p;
    p.id = row.value(0).toString();
    p.communityId = row.value(1).toString();
    p.communityName = row.value(2).toString();
    p.authorId = row.value(3).toString();
    p.authorName = row.value(4).toString();
    p.kind = row.value(5).toString();
    p.title = row.value(6).toString();
    p.body = row.value(7).toString();
    p.createdAt = row.value(8).toLongLong();
    p.editedAt = row.value(9).toLongLong();
    p.commentCount = row.value(10).toInt();
    p.pinned = row.value(11).toBool();
    p.locked = row.value(12).toBool();
    return p;
}

} // namespace hearth::cache
