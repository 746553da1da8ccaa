#include "cacheactions.h"

#include "cachelogging.h"
#include "notificationsquery.h"
#include "readquery.h"

#include "protocol/entities.h"
#include "protocol/vocabulary.h"

#include <QSqlQuery>
#include <QUuid>

namespace hearth::cache {

namespace {
QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The first column of the first row of a read, or an invalid QVariant.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                const char *what) {
    QSqlQuery q = runRead(db, sql, values, what);
    return q.next() ? q.value(0) : QVariant();
}

template<typename Args> Args memberTarget(const QString &communityId, const QString &userId) {
    Args args;
    args.communityId = communityId;
    args.userId = userId;
    return args;
}
} // namespace

QString CacheActions::createPost(protocol::PostCreateArgs args) const {
    if (!m_store || args.communityId.isEmpty()) {
        qCWarning(lcCache) << "createPost without a store or a community";
        return {};
    }
    if (args.id.isEmpty())
        args.id = newId();
    if (args.kind.isEmpty())
        args.kind = QString::fromLatin1(protocol::PostKind::Discussion);
    send(args);
    return args.id;
}

QString CacheActions::editPost(const QString &postId, const QString &title,
                               const QString &body) const {
    if (!m_store)
        return {};
    const QVariant version =
        scalar(m_store->readConnection(), QStringLiteral("SELECT version FROM posts WHERE id = ?"),
               {postId}, "post version");
    if (!version.isValid()) {
        qCWarning(lcCache) << "editPost of a post that is not cached:" << postId;
        return {};
    }
    protocol::PostEditArgs args;
    args.id = postId;
    args.version = version.toInt();
    args.title = title;
    args.body = body;
    return send(args);
}

QString CacheActions::updateProfile(protocol::ProfileUpdateArgs args) const {
    if (!m_store)
        return {};
    args.id = m_store->localUserId();
    const QVariant version =
        scalar(m_store->readConnection(), QStringLiteral("SELECT version FROM users WHERE id = ?"),
               {args.id}, "profile version");
    if (args.id.isEmpty() || !version.isValid()) {
        qCWarning(lcCache) << "updateProfile without my profile in the cache:" << args.id;
        return {};
    }
    // A form names the version it was loaded at: a newer one cached meanwhile (another
    // organizer's change) must come back as a conflict, not be overwritten unseen.
    if (args.version <= 0)
        args.version = version.toInt();
    return send(args);
}

QString CacheActions::updateCommunity(protocol::CommunityUpdateArgs args) const {
    if (!m_store)
        return {};
    const QVariant version = scalar(m_store->readConnection(),
                                    QStringLiteral("SELECT version FROM communities WHERE id = ?"),
                                    {args.id}, "community version");
    if (!version.isValid()) {
        qCWarning(lcCache) << "updateCommunity of a community that is not cached:" << args.id;
        return {};
    }
    // A form names the version it was loaded at: a newer one cached meanwhile (another
    // organizer's change) must come back as a conflict, not be overwritten unseen.
    if (args.version <= 0)
        args.version = version.toInt();
    return send(args);
}

QString CacheActions::acceptGuidelines(const QString &communityId) const {
    if (!m_store)
        return {};
    const QVariant guidelines =
        scalar(m_store->readConnection(),
               QStringLiteral("SELECT guidelines FROM communities WHERE id = ?"), {communityId},
               "community guidelines");
    if (!guidelines.isValid())
        return {};
    return send(protocol::MembershipAcceptGuidelinesArgs{
        communityId, protocol::guidelinesDigest(guidelines.toString())});
}

QString CacheActions::deletePost(const QString &postId) const {
    protocol::PostDeleteArgs args;
    args.id = postId;
    return send(args);
}

QString CacheActions::pinPost(const QString &postId, bool pinned) const {
    protocol::PostPinArgs args;
    args.id = postId;
    args.pinned = pinned;
    return send(args);
}

QString CacheActions::lockPost(const QString &postId, bool locked) const {
    protocol::PostLockArgs args;
    args.id = postId;
    args.locked = locked;
    return send(args);
}

QString CacheActions::comment(protocol::CommentCreateArgs args) const {
    if (!m_store || args.postId.isEmpty()) {
        qCWarning(lcCache) << "comment without a store or a post";
        return {};
    }
    if (args.id.isEmpty())
        args.id = newId();
    send(args);
    return args.id;
}

QString CacheActions::editComment(const QString &commentId, const QString &body) const {
    if (!m_store)
        return {};
    const QVariant version = scalar(m_store->readConnection(),
                                    QStringLiteral("SELECT version FROM comments WHERE id = ?"),
                                    {commentId}, "comment version");
    if (!version.isValid()) {
        qCWarning(lcCache) << "editComment of a comment that is not cached:" << commentId;
        return {};
    }
    protocol::CommentEditArgs args;
    args.id = commentId;
    args.version = version.toInt();
    args.body = body;
    return send(args);
}

QString CacheActions::deleteComment(const QString &commentId) const {
    protocol::CommentDeleteArgs args;
    args.id = commentId;
    return send(args);
}

QString CacheActions::report(const QString &targetType, const QString &targetId,
                             const QString &reason) const {
    if (!m_store || reason.trimmed().isEmpty() || !protocol::TargetType::all().contains(targetType))
        return {};
    const bool onComment = targetType == QLatin1StringView(protocol::TargetType::Comment);
    const QVariant cached =
        scalar(m_store->readConnection(),
               QStringLiteral("SELECT 1 FROM %1 WHERE id = ?")
                   .arg(onComment ? QStringLiteral("comments") : QStringLiteral("posts")),
               {targetId}, "reported content");
    if (!cached.isValid())
        return {};
    protocol::ReportCreateArgs args;
    args.id = newId();
    args.targetType = targetType;
    args.targetId = targetId;
    args.reason = reason.trimmed();
    return send(args);
}

QString CacheActions::toggleReaction(const QString &targetType, const QString &targetId,
                                     const QString &emoji) const {
    if (!m_store || m_store->localUserId().isEmpty() || emoji.isEmpty() ||
        !protocol::TargetType::all().contains(targetType)) {
        qCWarning(lcCache) << "toggleReaction without a store, a signed-in member, an emoji or"
                              " a target type";
        return {};
    }
    const bool onComment = targetType == QLatin1StringView(protocol::TargetType::Comment);
    const QString reactionId =
        protocol::Reaction::makeId(targetType, targetId, m_store->localUserId(), emoji);
    const QVariant mine = scalar(
        m_store->readConnection(),
        QStringLiteral("SELECT EXISTS(SELECT 1 FROM reactions WHERE id = ?) FROM %1 WHERE id = ?")
            .arg(onComment ? QStringLiteral("comments") : QStringLiteral("posts")),
        {reactionId, targetId}, "my reaction");
    if (!mine.isValid())
        return {}; // the post or comment is not cached
    protocol::ReactionTarget target;
    target.targetType = targetType;
    target.targetId = targetId;
    target.emoji = emoji;
    if (mine.toBool()) {
        protocol::ReactionClearArgs args;
        static_cast<protocol::ReactionTarget &>(args) = target;
        return send(args);
    }
    protocol::ReactionSetArgs args;
    static_cast<protocol::ReactionTarget &>(args) = target;
    return send(args);
}

QString CacheActions::rsvp(const QString &eventId, const QString &status) const {
    if (!m_store || m_store->localUserId().isEmpty() ||
        !protocol::RsvpStatus::answers().contains(status)) {
        qCWarning(lcCache) << "rsvp without a store, a signed-in member or a valid status"
                           << status;
        return {};
    }
    if (!scalar(m_store->readConnection(), QStringLiteral("SELECT 1 FROM events WHERE id = ?"),
                {eventId}, "event")
             .isValid()) {
        qCWarning(lcCache) << "rsvp to an event that is not cached:" << eventId;
        return {};
    }
    protocol::RsvpSetArgs args;
    args.eventId = eventId;
    args.status = status;
    return send(args);
}

QString CacheActions::createCommunity(protocol::CommunityCreateArgs args) const {
    args.name = args.name.trimmed();
    if (!m_store || args.name.isEmpty())
        return {};
    if (args.id.isEmpty())
        args.id = newId();
    send(args);
    return args.id;
}

QString CacheActions::join(const QString &communityId, const QString &inviteCode,
                           bool acceptGuidelines) const {
    // The wire allows a code alone (joinWithInvite), but this optimistic join needs the community.
    if (communityId.isEmpty())
        return {};
    protocol::MembershipJoinArgs args;
    args.communityId = communityId;
    args.inviteCode = inviteCode;
    args.acceptGuidelines = acceptGuidelines;
    return send(args);
}

QString CacheActions::joinWithInvite(const QString &inviteCode, bool acceptGuidelines) const {
    if (inviteCode.isEmpty())
        return {};
    protocol::MembershipJoinArgs args;
    args.inviteCode = inviteCode;
    args.acceptGuidelines = acceptGuidelines;
    return send(args);
}

QString CacheActions::leave(const QString &communityId) const {
    if (communityId.isEmpty())
        return {};
    protocol::MembershipLeaveArgs args;
    args.communityId = communityId;
    return send(args);
}

QString CacheActions::approve(const QString &communityId, const QString &userId) const {
    return send(memberTarget<protocol::MembershipApproveArgs>(communityId, userId));
}

QString CacheActions::deny(const QString &communityId, const QString &userId,
                           const QString &reason) const {
    auto args = memberTarget<protocol::MembershipDenyArgs>(communityId, userId);
    args.reason = reason;
    return send(args);
}

QString CacheActions::remove(const QString &communityId, const QString &userId,
                             const QString &reason) const {
    auto args = memberTarget<protocol::MembershipRemoveArgs>(communityId, userId);
    args.reason = reason;
    return send(args);
}

QString CacheActions::ban(const QString &communityId, const QString &userId,
                          const QString &reason) const {
    auto args = memberTarget<protocol::MembershipBanArgs>(communityId, userId);
    args.reason = reason;
    return send(args);
}

QString CacheActions::unban(const QString &communityId, const QString &userId) const {
    return send(memberTarget<protocol::MembershipUnbanArgs>(communityId, userId));
}

QString CacheActions::setRole(const QString &communityId, const QString &userId,
                              const QString &role) const {
    auto args = memberTarget<protocol::MembershipSetRoleArgs>(communityId, userId);
    args.role = role;
    return send(args);
}

QString CacheActions::markNotificationRead(const QString &notificationId) const {
    if (!m_store || !scalar(m_store->readConnection(),
                            QStringLiteral("SELECT 1 FROM notifications WHERE id = ? AND"
                                           " read_at = 0"),
                            {notificationId}, "unread notification")
                         .isValid())
        return {};
    protocol::NotificationMarkReadArgs args;
    args.ids = {notificationId};
    return send(args);
}

QString CacheActions::markAllNotificationsRead() const {
    if (!m_store || NotificationsQuery::unreadCount(m_store->readConnection()) == 0)
        return {};
    protocol::NotificationMarkReadArgs args;
    args.all = true;
    return send(args);
}

void CacheActions::markCommunityRead(const QString &communityId) const {
    if (m_store && !communityId.isEmpty())
        m_store->markCommunityRead(communityId);
}

void CacheActions::setKeepOffline(const QString &communityId, bool keep) const {
    if (m_store && !communityId.isEmpty())
        m_store->setKeepOffline(communityId, keep);
}

} // namespace hearth::cache
