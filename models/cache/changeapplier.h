#pragma once
// Applies the changes of one sync page to the cache inside the writer's open transaction, and
// records what it touched. Upserts replace the whole object (the server sends it whole); deletes
// remove the object and what hangs off it; a community purge drops all of that community's
// content (its search entries go with it through the FTS triggers). Change types this version
// does not know are skipped, so an older client keeps working against a newer server.

#include "changeset.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace hearth::protocol {
struct AlertSettings;
struct Change;
} // namespace hearth::protocol

namespace hearth::cache {

class ChangeApplier {
public:
    ChangeApplier(const QSqlDatabase &db, ChangeSet *changes);

    // Throws SqlFailure (with the change's seq in the message) when the change cannot be applied.
    void apply(const protocol::Change &change);
    // Removes every cached object of a community (not the outbox).
    void purgeCommunity(const QString &communityId);
    // Removes a post and its comments.
    void deletePost(const QString &id);
    // Removes a comment and the reactions to it.
    void deleteComment(const QString &id);
    // Shows a member's new display name on the posts and comments they wrote (which carry the
    // name they were sent with and are not sent again for a rename). Empty changes nothing.
    static void renameAuthor(const QSqlDatabase &db, const QString &userId,
                             const QString &displayName, ChangeSet *changes);
    // My alert settings as the cache keeps them (one row per user; the defaults when none).
    static void writeAlerts(const QSqlDatabase &db, const protocol::AlertSettings &settings);
    static protocol::AlertSettings readAlerts(const QSqlDatabase &db, const QString &userId);

private:
    void upsertUser(const protocol::Change &change);
    void upsertCommunity(const protocol::Change &change);
    void upsertMembership(const protocol::Change &change);
    void deleteMembership(const QString &id);
    void upsertPost(const protocol::Change &change);
    void upsertComment(const protocol::Change &change);
    QString communityOfPost(const QString &postId);
    // Leaves a tombstone for a removal the sync stream brought (see HistoryApplier).
    void remember(const protocol::Change &change);
    void upsertReaction(const protocol::Change &change);
    void deleteReaction(const QString &id);
    void upsertEvent(const protocol::Change &change);
    void deleteEvent(const QString &id);
    void upsertRsvp(const protocol::Change &change);
    void deleteRsvp(const QString &id);
    void upsertNotification(const protocol::Change &change);
    void upsertReport(const protocol::Change &change);
    void deleteReport(const QString &id);

    QSqlDatabase m_db;
    ChangeSet *m_changes;
    QSqlQuery m_upsertPost;
    QSqlQuery m_upsertComment;
};

} // namespace hearth::cache
