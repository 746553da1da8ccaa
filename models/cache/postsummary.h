#pragma once
// A post as a list outside its feed shows it (a profile's recent posts, a notification's target):
// enough to draw it and to open its thread.

#include <QString>

class QSqlQuery;

namespace hearth::cache {

struct PostSummary {
    QString id;
    QString communityId;
    QString communityName;
    QString authorId;
    QString authorName;
    QString kind;
    QString title;
    QString body;
    qint64 createdAt = 0;
    qint64 editedAt = 0;
    int commentCount = 0;
    bool pinned = false;
    bool locked = false;

    // "SELECT <the columns fromRow reads>", over `posts p` joined with `communities c`.
    static QString selectColumns();
    static PostSummary fromRow(const QSqlQuery &row);
};

} // namespace hearth::cache
