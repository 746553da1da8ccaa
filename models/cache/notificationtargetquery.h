#pragma once
// Where a notification leads, from what the cache holds: a post's thread (for a post, or a
// comment in it), an event, or a community (a join request or decision). A target that is gone
// (deleted, or its community purged) resolves to Missing, so the app can say so instead of
// opening something broken.

#include "postsummary.h"

#include <QSqlDatabase>
#include <optional>

namespace hearth::cache {

struct NotificationTarget {
    enum class Kind { Missing, Thread, Event, Community };

    Kind kind = Kind::Missing;
    QString communityId;
    QString commentId;               // Thread: the comment to show (empty: the post itself)
    QString eventId;                 // Event
    QString userId;                  // Community: the member the membership is about
    std::optional<PostSummary> post; // Thread
};

struct NotificationTargetQuery {
    QString targetType; // post | comment | event | membership | community
    QString targetId;

    NotificationTarget run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
