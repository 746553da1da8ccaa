#pragma once
// Applies a member's mutation to the cache optimistically, inside the writer's transaction that
// also appends it to the outbox, so what they wrote shows at once (as pending). When the server's
// version arrives by sync it simply replaces the optimistic row (same client-made id). A
// discarded mutation is reverted with revert().
//
// Args are read through their protocol struct (protocol/mutationargs.h) with ArgsCheck::Shape:
// names, types and required fields, not the server's limits. The server judges a write; a
// refusal is shown on the kept outbox entry with the server's reason.

#include "changeset.h"

#include "protocol/mutationargs.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace hearth::cache {

class MutationApplier {
public:
    struct Target {
        QString targetId;     // the object created or changed
        QString communityId;  // its community
        QJsonObject previous; // what an edit, pin or leave replaced, to restore on discard
    };

    MutationApplier(const QSqlDatabase &db, const QString &userId, const QString &displayName,
                    ChangeSet *changes);

    // Throws SqlFailure when the args are not usable (missing id, unknown post, ...). A mutation
    // name this version does not know, or one without an optimistic effect, is stored as it is.
    Target apply(const QString &name, const QJsonObject &args, qint64 nowMs);
    // Undoes apply() for a mutation the member discards.
    void revert(const QString &name, const Target &target);

private:
    Target createCommunity(const protocol::CommunityCreateArgs &args, qint64 nowMs);
    Target updateCommunity(const protocol::CommunityUpdateArgs &args);
    Target acceptGuidelines(const protocol::MembershipAcceptGuidelinesArgs &args, qint64 nowMs);
    Target join(const protocol::MembershipJoinArgs &args, qint64 nowMs);
    Target leave(const protocol::MembershipLeaveArgs &args);
    Target createPost(const protocol::PostCreateArgs &args, qint64 nowMs);
    Target editPost(const protocol::PostEditArgs &args, qint64 nowMs);
    Target deletePost(const protocol::PostDeleteArgs &args);
    Target pinPost(const protocol::PostPinArgs &args);
    Target createComment(const protocol::CommentCreateArgs &args, qint64 nowMs);
    Target editComment(const protocol::CommentEditArgs &args, qint64 nowMs);
    Target deleteComment(const protocol::CommentDeleteArgs &args);
    Target react(const protocol::ReactionTarget &args, bool set, qint64 nowMs);
    Target answer(const protocol::RsvpSetArgs &args, qint64 nowMs);
    Target markRead(const protocol::NotificationMarkReadArgs &args, qint64 nowMs);
    Target decide(const protocol::MemberTarget &args);
    Target resolveReport(const protocol::ReportResolveArgs &args);
    Target updateProfile(const protocol::ProfileUpdateArgs &args);
    Target setAlerts(const protocol::AlertsSetArgs &args);

    void touchPost(const QString &postId, const QString &communityId);

    QSqlDatabase m_db;
    QString m_userId;
    QString m_displayName;
    ChangeSet *m_changes;
};

} // namespace hearth::cache
