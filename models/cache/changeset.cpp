#include "changeset.h"

namespace hearth::cache {

bool ChangeSet::isEmpty() const {
    return !reset && communities.isEmpty() && feeds.isEmpty() && posts.isEmpty() &&
           comments.isEmpty() && threads.isEmpty() && users.isEmpty() && reactions.isEmpty() &&
           events.isEmpty() && reports.isEmpty() && audits.isEmpty() && engagement.isEmpty() &&
           purgedCommunities.isEmpty() && !notifications && !alerts;
}

void ChangeSet::unite(const ChangeSet &other) {
    communities.unite(other.communities);
    feeds.unite(other.feeds);
    posts.unite(other.posts);
    comments.unite(other.comments);
    threads.unite(other.threads);
    users.unite(other.users);
    reactions.unite(other.reactions);
    events.unite(other.events);
    reports.unite(other.reports);
    audits.unite(other.audits);
    engagement.unite(other.engagement);
    purgedCommunities.unite(other.purgedCommunities);
    notifications = notifications || other.notifications;
    alerts = alerts || other.alerts;
    reset = reset || other.reset;
}

bool ChangeSet::touchesFeed(const QString &communityId) const {
    return reset || feeds.contains(communityId) || purgedCommunities.contains(communityId);
}

} // namespace hearth::cache
