#pragma once
// One offline search result: a post, a comment or a profile.

#include <QString>

namespace hearth::cache {

struct SearchHit {
    QString kind;        // "post", "comment" or "user"
    QString id;          // the post, comment or user id
    QString postId;      // the post to open (the comment's post; empty for users)
    QString communityId; // empty for users
    QString title;       // post title, or the user's display name
    QString snippet;     // matched text with the terms wrapped in <b>…</b>
    QString authorName;  // who wrote the post or comment; the handle for users
    qint64 createdAt = 0;
};

} // namespace hearth::cache
