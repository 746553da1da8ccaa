#include "notifications.h"

#include "protocol/entities.h"
#include "protocol/syncpage.h"
#include "protocol/vocabulary.h"
#include "server/domain/changelog.h"
#include "server/domain/entityreader.h"
#include "server/domain/mutationcontext.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"
#include "server/storage/writetransaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace hearthd::Notifications {

using namespace hearth::protocol;

namespace {

QString excerpt(const QString &text) {
    const QString simplified = text.simplified();
    if (simplified.size() <= ExcerptLength)
        return simplified;
    return simplified.left(ExcerptLength - 1) + QChar(0x2026);
}

// For the recipient alone, and only while they may read what it points at: a join request while
// they are an organizer, anything else while they are a member (a client drops a community's
// notifications with the community when access ends).
void log(ChangeLog &changeLog, const QString &recipientId, const Notification &n) {
    LogEntry::Scope scope = LogEntry::Scope::Members;
    if (n.kind == QLatin1StringView(NotificationKind::JoinRequest))
        scope = LogEntry::Scope::Organizers;
    else if (n.kind == QLatin1StringView(NotificationKind::JoinDenied))
        scope = LogEntry::Scope::Direct; // the applicant has no membership left to read by

    changeLog.append({QString::fromLatin1(ChangeType::Notification),
                      QString::fromLatin1(ChangeOp::Upsert),
                      n.id,
                      n.communityId,
                      scope,
                      {},
                      recipientId,
                      MutationContext::compact(n.toJson())});
}

// Inserts the row and logs it for the recipient; false when dedupeKey was already used.
bool insert(Database &db, ChangeLog &changeLog, EntityReader &reader, const QString &recipientId,
            Notification n, qint64 now, QString dedupeKey = {}) {
    n.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    n.createdAt = now;
    if (!n.actorId.isEmpty()) {
        const auto actor = reader.user(n.actorId);
        n.actorName = actor ? actor->displayName : QString();
    }
    n.text = excerpt(n.text);
    if (dedupeKey.isEmpty()) {
        dedupeKey = n.id;
    } else {
        Query seen =
            Query::cached(db, QStringLiteral("SELECT 1 FROM notifications WHERE dedupe_key = ?"));
        seen.bind(dedupeKey).exec();
        if (seen.next())
            return false;
    }
    Query(db.connection(),
          QStringLiteral("INSERT INTO notifications (id, recipient_id, kind, community_id, "
                         "actor_id, target_type, target_id, text, dedupe_key, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(n.id)
        .bind(recipientId)
        .bind(n.kind)
        .bind(n.communityId)
        .bind(n.actorId)
        .bind(n.targetType)
        .bind(n.targetId)
        .bind(n.text)
        .bind(dedupeKey)
        .bind(now)
        .exec();
    log(changeLog, recipientId, n);
    return true;
}

bool activeMember(MutationContext &ctx, const QString &communityId, const QString &userId) {
    return Policy::isActive(ctx.reader.membership(communityId, userId));
}

// Active members of the community named by @handle in `body`, without the actor and `skip`.
QStringList mentioned(MutationContext &ctx, const QString &communityId, const QString &body,
                      const QSet<QString> &skip) {
    static const QRegularExpression pattern(QStringLiteral("(?<![a-z0-9_.@-])@([a-z0-9_.-]{2,32})"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList handles;
    auto it = pattern.globalMatch(body);
    while (it.hasNext()) {
        QString handle = it.next().captured(1).toLower();
        // A mention at the end of a sentence ("thanks @ada.") keeps its handle.
        while (handle.endsWith(QLatin1Char('.')) || handle.endsWith(QLatin1Char('-')))
            handle.chop(1);
        if (handle.size() >= 2 && !handles.contains(handle))
            handles.append(handle);
    }
    QStringList out;
    for (const QString &handle : handles) {
        Query q = Query::cached(ctx.db, QStringLiteral("SELECT id FROM users WHERE handle = ?"));
        q.bind(handle).exec();
        if (!q.next())
            continue;
        const QString userId = q.text(0);
        if (userId == ctx.userId || skip.contains(userId) || out.contains(userId))
            continue;
        if (activeMember(ctx, communityId, userId))
            out.append(userId);
    }
    return out;
}

void notifyMentions(MutationContext &ctx, const QString &communityId, const QString &targetType,
                    const QString &targetId, const QString &body, const QSet<QString> &skip) {
    for (const QString &userId : mentioned(ctx, communityId, body, skip)) {
        Notification n;
        n.kind = QStringLiteral("mention");
        n.communityId = communityId;
        n.actorId = ctx.userId;
        n.targetType = targetType;
        n.targetId = targetId;
        n.text = body;
        insert(ctx.db, ctx.log, ctx.reader, userId, n, ctx.now);
    }
}

Notification read(const Query &q) {
    Notification n;
    n.id = q.text(0);
    n.kind = q.text(1);
    n.communityId = q.text(2);
    n.actorId = q.text(3);
    n.targetType = q.text(4);
    n.targetId = q.text(5);
    n.text = q.text(6);
    n.createdAt = q.integer(7);
    n.readAt = q.integer(8);
    return n;
}

} // namespace

void postCreated(MutationContext &ctx, const QString &postId) {
    const auto post = ctx.reader.post(postId);
    if (!post)
        return;
    notifyMentions(ctx, post->communityId, QStringLiteral("post"), postId,
                   post->title + QLatin1Char('\n') + post->body, {});
}

void commentCreated(MutationContext &ctx, const QString &commentId) {
    const auto comment = ctx.reader.comment(commentId);
    if (!comment)
        return;
    QString repliedTo;
    if (!comment->parentId.isEmpty()) {
        if (const auto parent = ctx.reader.comment(comment->parentId))
            repliedTo = parent->authorId;
    } else if (const auto post = ctx.reader.post(comment->postId)) {
        repliedTo = post->authorId;
    }
    QSet<QString> skip;
    if (!repliedTo.isEmpty() && repliedTo != ctx.userId &&
        activeMember(ctx, comment->communityId, repliedTo)) {
        Notification n;
        n.kind = QStringLiteral("reply");
        n.communityId = comment->communityId;
        n.actorId = ctx.userId;
        n.targetType = QStringLiteral("comment");
        n.targetId = commentId;
        n.text = comment->body;
        insert(ctx.db, ctx.log, ctx.reader, repliedTo, n, ctx.now);
        skip.insert(repliedTo); // one notification for one comment
    }
    notifyMentions(ctx, comment->communityId, QStringLiteral("comment"), commentId, comment->body,
                   skip);
}

void joinRequested(MutationContext &ctx, const QString &communityId) {
    QStringList organizers;
    {
        Query q(ctx.db.connection(),
                QStringLiteral("SELECT user_id FROM memberships WHERE community_id = ? "
                               "AND state = 'active' AND role IN ('owner', 'moderator') "
                               "ORDER BY user_id"));
        q.bind(communityId).exec();
        while (q.next())
            organizers.append(q.text(0));
    }
    const auto community = ctx.reader.community(communityId);
    for (const QString &userId : organizers) {
        if (userId == ctx.userId)
            continue;
        Notification n;
        n.kind = QStringLiteral("join_request");
        n.communityId = communityId;
        n.actorId = ctx.userId;
        n.targetType = QStringLiteral("membership");
        n.targetId = communityId + QLatin1Char(':') + ctx.userId;
        n.text = community ? community->name : QString();
        insert(ctx.db, ctx.log, ctx.reader, userId, n, ctx.now);
    }
}

void joinDecided(MutationContext &ctx, const QString &communityId, const QString &userId,
                 bool approved, const QString &reason) {
    const auto community = ctx.reader.community(communityId);
    Notification n;
    n.kind = QString::fromLatin1(approved ? NotificationKind::JoinApproved
                                          : NotificationKind::JoinDenied);
    n.communityId = communityId;
    n.actorId = ctx.userId;
    n.targetType = QStringLiteral("community");
    n.targetId = communityId;
    // A denial's reason is what the applicant is told; the community's name otherwise.
    n.text = !approved && !reason.isEmpty() ? excerpt(reason)
             : community                    ? community->name
                                            : QString();
    insert(ctx.db, ctx.log, ctx.reader, userId, n, ctx.now);
}

int remindEvents(Database &db, ChangeLog &log, EntityReader &reader, const QString &userId,
                 qint64 now) {
    struct Due {
        QString eventId, communityId, title;
    };
    const auto findDue = [&] {
        QList<Due> due;
        Query q = Query::cached(
            db,
            QStringLiteral("SELECT e.id, e.community_id, e.title FROM rsvps r"
                           " JOIN events e ON e.id = r.event_id"
                           " JOIN memberships m ON m.community_id = e.community_id"
                           "  AND m.user_id = r.user_id AND m.state = 'active'"
                           " WHERE r.user_id = ? AND r.status = 'going' AND e.cancelled = 0"
                           " AND e.starts_at > ? AND e.starts_at <= ?"
                           " AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_id = ?"
                           "  AND n.kind = 'event_reminder' AND n.target_id = e.id)"
                           " ORDER BY e.starts_at, e.id"));
        q.bind(userId).bind(now).bind(now + ReminderWindowMs).bind(userId).exec();
        while (q.next())
            due.append({q.text(0), q.text(1), q.text(2)});
        return due;
    };
    // Most syncs find nothing due and take no lock. When something is, it is looked for again
    // under the write lock: a ban, a cancellation or a withdrawn RSVP committed in between (in
    // another process, say) must not be followed by a reminder logged after it.
    if (findDue().isEmpty())
        return 0;
    return WriteTransaction::run(db, [&](WriteTransaction &tx) {
        int created = 0;
        for (const Due &d : findDue()) {
            Notification n;
            n.kind = QStringLiteral("event_reminder");
            n.communityId = d.communityId;
            n.targetType = QStringLiteral("event");
            n.targetId = d.eventId;
            n.text = d.title;
            if (insert(db, log, reader, userId, n, now,
                       QStringLiteral("event_reminder:%1:%2").arg(userId, d.eventId)))
                ++created;
        }
        tx.commit();
        return created;
    });
}

namespace {
// The mentions and replies quoting one of `targetIds` get `text` as their excerpt (already cut
// to length), each logged again to its recipient: that row supersedes the ones with the old text.
void replaceExcerpts(MutationContext &ctx, const QString &targetType, const QStringList &targetIds,
                     const QString &text) {
    const QString columns = QStringLiteral(
        "SELECT id, kind, community_id, actor_id, target_type, target_id, text, created_at, "
        "read_at, recipient_id FROM notifications WHERE target_type = ? AND target_id = ? "
        "AND kind IN ('mention', 'reply') AND text <> ?");
    QList<std::pair<QString, Notification>> quoting; // recipient, notification
    for (const QString &targetId : targetIds) {
        Query q(ctx.db.connection(), columns);
        q.bind(targetType).bind(targetId).bind(text).exec();
        while (q.next())
            quoting.append({q.text(9), read(q)});
    }
    for (auto &[recipientId, n] : quoting) {
        Query(ctx.db.connection(), QStringLiteral("UPDATE notifications SET text = ? WHERE id = ?"))
            .bind(text)
            .bind(n.id)
            .exec();
        n.text = text;
        if (!n.actorId.isEmpty()) {
            const auto actor = ctx.reader.user(n.actorId);
            n.actorName = actor ? actor->displayName : QString();
        }
        log(ctx.log, recipientId, n); // supersedes the rows that carried the old excerpt
    }
}
} // namespace

void dropExcerpts(MutationContext &ctx, const QString &targetType, const QStringList &targetIds) {
    replaceExcerpts(ctx, targetType, targetIds, QString());
}

void excerptsEdited(MutationContext &ctx, const QString &targetType, const QString &targetId,
                    const QString &text) {
    replaceExcerpts(ctx, targetType, {targetId}, excerpt(text));
}

MutationResult markRead(MutationContext &ctx, const NotificationMarkReadArgs &args) {
    const QStringList &ids = args.ids;
    const bool all = args.all;

    const QString columns = QStringLiteral(
        "SELECT id, kind, community_id, actor_id, target_type, target_id, text, created_at, "
        "read_at FROM notifications WHERE recipient_id = ? ");
    QList<Notification> unread;
    if (all) {
        Query q(ctx.db.connection(), columns + QStringLiteral("AND read_at = 0 ORDER BY id"));
        q.bind(ctx.userId).exec();
        while (q.next())
            unread.append(read(q));
    } else {
        for (const QString &id : ids) {
            Query q(ctx.db.connection(), columns + QStringLiteral("AND id = ?"));
            q.bind(ctx.userId).bind(id).exec();
            // Someone else's notification is answered as if it did not exist.
            if (!q.next())
                return MutationContext::rejected(
                    DomainError::notFound(QStringLiteral("no such notification: %1").arg(id)));
            const Notification n = read(q);
            if (n.readAt == 0 && !std::any_of(unread.cbegin(), unread.cend(),
                                              [&](const Notification &u) { return u.id == n.id; }))
                unread.append(n);
        }
    }
    for (Notification n : unread) {
        Query(ctx.db.connection(),
              QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ?"))
            .bind(ctx.now)
            .bind(n.id)
            .exec();
        n.readAt = ctx.now;
        if (!n.actorId.isEmpty()) {
            const auto actor = ctx.reader.user(n.actorId);
            n.actorName = actor ? actor->displayName : QString();
        }
        log(ctx.log, ctx.userId, n);
    }
    return MutationContext::applied({{QStringLiteral("marked"), int(unread.size())}});
}

} // namespace hearthd::Notifications
