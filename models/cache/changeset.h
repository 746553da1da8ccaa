#pragma once
// What one committed write touched, so models refresh only the affected rows instead of
// resetting. Delivered by CacheStore::changed after the transaction committed.

#include <QMetaType>
#include <QSet>
#include <QString>

namespace hearth::cache {

struct ChangeSet {
    QSet<QString> communities; // community rows or my membership in them changed
    QSet<QString> feeds;       // communities whose posts changed (inserted, edited, deleted)
    QSet<QString> posts;       // post ids inserted, updated, deleted or whose outbox state changed
    QSet<QString> comments;    // comment ids likewise
    QSet<QString> threads;     // post ids whose comments changed
    QSet<QString> users;       // user profiles changed
    QSet<QString> reactions;   // ids of posts whose (or whose comments') reactions changed
    QSet<QString> events;      // event ids whose event row or RSVPs changed
    QSet<QString> reports;     // communities whose reports changed (or their outbox state)
    QSet<QString> audits;      // communities whose fetched audit log was replaced
    QSet<QString> engagement;  // communities whose fetched engagement figures were replaced
    QSet<QString> purgedCommunities; // everything cached for these communities was dropped
    bool notifications = false;      // notification rows inserted, changed, read or deleted
    bool alerts = false;             // my alert settings (levels per community, digest)
    bool reset = false;              // the whole cache was rebuilt (resync): reload everything

    bool isEmpty() const;
    void unite(const ChangeSet &other);
    // True when the feed of `communityId` may show different rows now.
    bool touchesFeed(const QString &communityId) const;
};

} // namespace hearth::cache

Q_DECLARE_METATYPE(hearth::cache::ChangeSet)
