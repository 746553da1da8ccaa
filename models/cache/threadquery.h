#pragma once
// The comments of one post as a flattened tree: each reply follows its parent, oldest first among
// siblings, with its depth, so a list indents by depth. A reply whose parent is not cached (yet)
// is shown at the top level rather than hidden; a cycle in bad data cannot loop. Threads in micro
// communities are small, so the whole thread is read at once (over comments_thread).

#include "outboxmark.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hearth::cache {

struct CommentRow {
    QString id;
    QString parentId; // "" for a reply to the post
    int depth = 0;    // 0 for replies to the post, +1 per level
    QString body;     // markdown
    QString authorId;
    QString authorName;
    qint64 createdAt = 0;
    qint64 editedAt = 0; // 0 = never edited
    OutboxMark outbox;
};

struct ThreadQuery {
    QString postId;

    QList<CommentRow> run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
