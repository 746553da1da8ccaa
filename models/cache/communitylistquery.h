#pragma once
// The communities in the cache: those the local member belongs to first, then the others they can
// see, each by name. Post and unread counts come from community_state's columns, which triggers
// keep as posts come and go (schema 9), so the list costs the same with 10 or 100,000 posts.
// With `communityId`, the one row of that community (its settings, as the Manage pane edits them).

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hearth::cache {

struct CommunityRow {
    QString id;
    QString name;
    QString slug;
    QString tagline;
    QString description; // markdown
    QString guidelines;  // markdown
    QString welcome;
    QString visibility; // public | request | invite
    QStringList topics;
    int memberCount = 0;
    int memberCap = 0;
    int version = 0;         // the server's version of the settings (community.update names it)
    QString myRole;          // owner | moderator | member, "" when not a member
    QString membershipState; // active | pending | banned, "" when not a member
    int postCount = 0;       // posts in the cache
    int unreadCount = 0;     // others' posts newer than when the member last read it
    bool pending = false;    // a write about it (create, join) is in the outbox
    bool keepOffline = false;
    bool historyComplete = false;
    // I am an active member and an update required accepting the guidelines after I last did:
    // hearthd refuses my posts and comments until I accept (membership.acceptGuidelines).
    bool mustAcceptGuidelines = false;
};

struct CommunityListQuery {
    QString localUserId;
    bool joinedOnly = false; // only where my membership is active or pending (not a refused join)
    QString communityId;     // only this community ("" for all): a settings form reads its row

    QList<CommunityRow> run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
