#pragma once
// The posts of one community in feed order: pinned first (optional), then newest or most recently
// active first. Pages with keyset positions over the feed indexes (posts_feed, posts_pinned_feed,
// posts_activity_feed, posts_pinned_activity_feed), so every page costs the same at any depth, and
// re-reads just the posts a write touched (`ids`), so a feed refreshes what changed and nothing
// else. A post whose delete waits in the outbox is left out: refused or discarded, it is back.

#include "outboxmark.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace hearth::cache {

struct ReactionCount {
    QString emoji;
    int count = 0;
    bool mine = false; // one of them is the local member's

    bool operator==(const ReactionCount &) const = default;
};

struct FeedRow {
    QString id;
    QString kind;
    QString title;
    QString body; // markdown
    QString authorId;
    QString authorName;
    QString topic;
    qint64 createdAt = 0;
    qint64 activityAt = 0; // the newest of createdAt and its comments' times
    int commentCount = 0;
    bool pinned = false;
    bool edited = false;
    OutboxMark outbox;
    QList<ReactionCount> reactions; // in the order the emoji were first used on the post
    // Its post.create is still in the outbox (waiting or refused): the server does not have it.
    bool unsent = false;
};

struct FeedQuery {
    enum class Order { Newest, Activity };

    // Where a page ends: the next page starts after it.
    struct Position {
        bool pinned = false;
        qint64 time = 0; // createdAt or activityAt, as the order says
        QString id;
    };

    QString communityId;
    QString localUserId; // whose reactions are "mine"
    QString kind;        // only posts of this kind ("": all)
    QString topic;       // only posts with this topic ("": all)
    bool pinnedFirst = true;
    Order order = Order::Newest;
    std::optional<Position> after;  // only rows after this one in feed order
    std::optional<Position> upTo;   // only rows up to and including this one
    std::optional<QStringList> ids; // only these posts
    int limit = 50;                 // -1: no limit

    QList<FeedRow> run(const QSqlDatabase &db) const;
    // The keyset position of `row` in this query's order.
    Position positionOf(const FeedRow &row) const;
};

// The reactions to one post or comment, as a feed row carries them (FeedRow::reactions).
struct ReactionsQuery {
    QString targetType; // post | comment
    QString targetId;
    QString localUserId; // whose reaction is `mine`

    QList<ReactionCount> run(const QSqlDatabase &db) const;
};

// Who gave one emoji to a post or comment, first first: what a reaction's tooltip names.
struct Reactor {
    QString userId;
    QString name; // their display name, or handle; "" when their profile is not cached
};

struct ReactorsQuery {
    QString targetType; // post | comment
    QString targetId;
    QString emoji;

    QList<Reactor> run(const QSqlDatabase &db) const;
};

// The topics a community's organizers set, in their order: what a feed filters by.
struct CommunityTopicsQuery {
    QString communityId;

    QStringList run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
