#pragma once
// One post as the cache holds it, with where its creation stands in the outbox: for a thread
// opened from anywhere (a search result, a notification) with nothing but the post's id.

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hearth::cache {

struct PostRecord {
    QString id;
    QString communityId;
    QString kind;
    QString title;
    QString body;
    QString authorName;
    QString authorId;
    qint64 createdAt = 0;
    int commentCount = 0;
    bool pinned = false;
    bool locked = false;
    bool edited = false;
    bool unsent = false; // its post.create is still in the outbox (waiting or refused)
    QString failure;     // why the server refused a write of it, "" when none was refused
};

struct PostQuery {
    QString postId;

    std::optional<PostRecord> run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
