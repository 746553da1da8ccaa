#pragma once
// A member's recent posts in the communities I am an active member of (the ones we share, as far
// as this cache knows), newest first: "recent posts" on a profile. Posts still in my outbox are
// left out (they are not anyone's to read yet).

#include "postsummary.h"

#include <QList>
#include <QSqlDatabase>

namespace hearth::cache {

struct MemberPostsQuery {
    QString authorId;
    QString viewerId; // me: only communities where my membership is active
    int limit = 20;

    QList<PostSummary> run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
