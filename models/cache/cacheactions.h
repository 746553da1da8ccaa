#pragma once
// The member's writes, typed. Each action builds its mutation's args with net/protocol's struct
// (the same one hearthd validates and the optimistic applier reads), checks what the cache must
// hold for it to make sense (the post to edit and its version, the event to answer, an unread
// notification), and queues it through the outbox, where it shows at once and waits for the
// server. Models forward their invokables here; none builds mutation JSON.
//
//   CacheActions(store()).editPost(postId, title, body);
//
// Every action returns the outbox entry's id ("" when nothing was queued: no store, nothing to
// act on), except those that create an object, which return the new object's id.

#include "cachestore.h"

#include "protocol/mutationargs.h"

#include <QPointer>
#include <QString>
#include <QStringList>

namespace hearth::cache {

class CacheActions {
public:
    explicit CacheActions(CacheStore *store)
        : m_store(store) {}

    // Any mutation as it is (events, invites, reports, ...). Its name comes with its type.
    template<typename Args> QString send(const Args &args) const {
        return m_store ? m_store->enqueueMutation(QString::fromLatin1(Args::Name), args.toJson())
                       : QString();
    }

    // Posts. createPost makes the id when `args.id` is empty and returns it; the kind defaults
    // to a discussion. editPost bases the edit on the cached version (a stale one fails as a
    // conflict, both texts kept in the outbox).
    QString createPost(protocol::PostCreateArgs args) const;
    QString editPost(const QString &postId, const QString &title, const QString &body) const;
    QString deletePost(const QString &postId) const;
    QString pinPost(const QString &postId, bool pinned) const;
    QString lockPost(const QString &postId, bool locked) const;

    // A reply to a post, or to one of its comments (`args.parentId`). Returns the comment's id.
    QString comment(protocol::CommentCreateArgs args) const;
    // My comment's new text, based on the cached version (a stale one fails as a conflict), and
    // its deletion (hidden at once, back if the server refuses).
    QString editComment(const QString &commentId, const QString &body) const;
    QString deleteComment(const QString &commentId) const;
    // Adds my `emoji` to a post or comment, or takes it back when I have already given it.
    QString toggleReaction(const QString &targetType, const QString &targetId,
                           const QString &emoji) const;
    // Reports someone else's post or comment to the community's organizers, with my reason
    // (report.create; the report goes to them only, so nothing changes in my cache). Empty
    // when the target is not cached or the reason is empty.
    QString report(const QString &targetType, const QString &targetId, const QString &reason) const;
    // going, maybe or not_going to a cached event.
    QString rsvp(const QString &eventId, const QString &status) const;

    // My profile as a whole (profile.update), based on the cached version (a stale one fails as
    // a conflict); the id is mine. Shown at once: my name changes on what I wrote. Empty when
    // my profile is not cached.
    QString updateProfile(protocol::ProfileUpdateArgs args) const;

    // Communities. createCommunity makes the id when empty and returns it.
    QString createCommunity(protocol::CommunityCreateArgs args) const;
    // With an invite code, any visibility joins at once (the community is still needed here).
    // `acceptGuidelines`: the member read and accepted the community's guidelines (hearthd
    // refuses to join a community that has some without it).
    QString join(const QString &communityId, const QString &inviteCode = QString(),
                 bool acceptGuidelines = false) const;
    // An invite code alone (a hearth://invite/CODE link, an invite-only community not in the
    // cache): the server finds its community, and the join window brings it. "" for no code.
    QString joinWithInvite(const QString &inviteCode, bool acceptGuidelines) const;
    QString leave(const QString &communityId) const;
    // An organizer's change of a cached community's settings: only the fields set in `args`
    // change, based on `args.version` (a settings form's: the version it was loaded at), or on
    // the cached version when it is 0; a stale one fails as a conflict, shown on the write.
    QString updateCommunity(protocol::CommunityUpdateArgs args) const;
    // The member accepts the cached community's current guidelines (the text they were shown).
    QString acceptGuidelines(const QString &communityId) const;

    // An organizer's decisions about one member.
    QString approve(const QString &communityId, const QString &userId) const;
    // `reason` is told to the applicant.
    QString deny(const QString &communityId, const QString &userId,
                 const QString &reason = QString()) const;
    QString remove(const QString &communityId, const QString &userId,
                   const QString &reason = QString()) const;
    QString ban(const QString &communityId, const QString &userId,
                const QString &reason = QString()) const;
    QString unban(const QString &communityId, const QString &userId) const;
    QString setRole(const QString &communityId, const QString &userId, const QString &role) const;

    // Notifications: one that is unread, or every unread one (nothing when none is).
    QString markNotificationRead(const QString &notificationId) const;
    QString markAllNotificationsRead() const;

    // Local only (not sent): the community's feed is read up to now; "keep offline".
    void markCommunityRead(const QString &communityId) const;
    void setKeepOffline(const QString &communityId, bool keep) const;

private:
    QPointer<CacheStore> m_store;
};

} // namespace hearth::cache
