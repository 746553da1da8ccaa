#include "threadquery.h"

#include "readquery.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace hearth::cache {

QList<CommentRow> ThreadQuery::run(const QSqlDatabase &db) const {
    QList<CommentRow> flat;
    if (postId.isEmpty())
        return flat;
    QSqlQuery q = runRead(
        db,
        QStringLiteral("SELECT c.id, c.parent_id, c.body, c.author_name, c.author_id, c.created_at,"
                       " c.edited_at, %1 FROM comments c WHERE c.post_id = ?"
                       // A comment I am deleting is gone from the thread at once; a refused
                       // or discarded delete brings it back.
                       " AND NOT EXISTS(SELECT 1 FROM outbox d WHERE d.target_id = c.id"
                       "  AND d.name = 'comment.delete' AND d.state = 'pending')"
                       " ORDER BY c.created_at, c.id")
            .arg(OutboxMark::columns(QStringLiteral("c.id"))),
        {postId}, "thread");
    QList<CommentRow> all;
    QHash<QString, qsizetype> byId;
    while (q.next()) {
        CommentRow row;
        row.id = q.value(0).toString();
        row.parentId = q.value(1).toString();
        row.body = q.value(2).toString();
        row.authorName = q.value(3).toString();
        row.authorId = q.value(4).toString();
        row.createdAt = q.value(5).toLongLong();
        row.editedAt = q.value(6).toLongLong();
        row.outbox = OutboxMark::read(q, 7);
        byId.insert(row.id, all.size());
        all.append(std::move(row));
    }
    QHash<QString, QList<qsizetype>> children;
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &parent = all.at(i).parentId;
        if (parent.isEmpty() || !byId.contains(parent) || parent == all.at(i).id)
            roots.append(i);
        else
            children[parent].append(i);
    }
    flat.reserve(all.size());
    QList<QPair<qsizetype, int>> stack;
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append({*it, 0});
    QSet<qsizetype> seen;
    while (!stack.isEmpty()) {
        const auto [index, depth] = stack.takeLast();
        if (seen.contains(index))
            continue;
        seen.insert(index);
        CommentRow row = all.at(index);
        row.depth = depth;
        const QList<qsizetype> kids = children.value(row.id);
        flat.append(std::move(row));
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({*it, depth + 1});
    }
    return flat;
}

} // namespace hearth::cache
