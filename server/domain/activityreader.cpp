#include "activityreader.h"

#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd {

using namespace hearth::protocol;

namespace {

const QString reactionColumns = QStringLiteral(
    "SELECT target_id, target_type, post_id, community_id, user_id, emoji, created_at "
    "FROM reactions ");

Reaction readReaction(const Query &q) {
    Reaction r;
    r.targetId = q.text(0);
    r.targetType = q.text(1);
    r.postId = q.text(2);
    r.communityId = q.text(3);
    r.userId = q.text(4);
    r.emoji = q.text(5);
    r.createdAt = q.integer(6);
    return r;
}

const QString rsvpColumns =
    QStringLiteral("SELECT event_id, community_id, user_id, status, responded_at FROM rsvps ");

Rsvp readRsvp(const Query &q) {
    Rsvp r;
    r.eventId = q.text(0);
    r.communityId = q.text(1);
    r.userId = q.text(2);
    r.status = q.text(3);
    r.respondedAt = q.integer(4);
    return r;
}

} // namespace

std::optional<Reaction> ActivityReader::reaction(const QString &targetType, const QString &targetId,
                                                 const QString &userId,
                                                 const QString &emoji) const {
    Query q(m_db.connection(),
            reactionColumns + QStringLiteral("WHERE target_type = ? AND target_id = ? AND "
                                             "user_id = ? AND emoji = ?"));
    q.bind(targetType).bind(targetId).bind(userId).bind(emoji).exec();
    if (!q.next())
        return std::nullopt;
    return readReaction(q);
}

QList<Reaction> ActivityReader::allReactionsOfPost(const QString &postId) const {
    Query q(m_db.connection(), reactionColumns + QStringLiteral("WHERE post_id = ?"));
    q.bind(postId).exec();
    QList<Reaction> out;
    while (q.next())
        out.append(readReaction(q));
    return out;
}

QList<Reaction> ActivityReader::reactionsTo(const QString &targetType,
                                            const QString &targetId) const {
    Query q(m_db.connection(),
            reactionColumns + QStringLiteral("WHERE target_type = ? AND target_id = ?"));
    q.bind(targetType).bind(targetId).exec();
    QList<Reaction> out;
    while (q.next())
        out.append(readReaction(q));
    return out;
}

QList<Reaction> ActivityReader::reactionsOfPost(const QString &postId) const {
    // Only reactions to live comments: a deleted comment takes its reactions with it.
    Query q(m_db.connection(),
            reactionColumns +
                QStringLiteral("WHERE post_id = ? AND (target_type = 'post' OR "
                               "(target_type = 'comment' AND target_id IN "
                               "(SELECT id FROM comments WHERE post_id = ? AND deleted = 0))) "
                               "ORDER BY created_at, target_id, user_id, emoji"));
    q.bind(postId).bind(postId).exec();
    QList<Reaction> out;
    while (q.next())
        out.append(readReaction(q));
    return out;
}

std::optional<Event> ActivityReader::event(const QString &id) const {
    Query q(m_db.connection(),
            QStringLiteral("SELECT id, community_id, creator_id, title, description, starts_at, "
                           "ends_at, place, link, capacity, cancelled, created_at, edited_at "
                           "FROM events WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Event e;
    e.id = q.text(0);
    e.communityId = q.text(1);
    e.creatorId = q.text(2);
    e.title = q.text(3);
    e.description = q.text(4);
    e.startsAt = q.integer(5);
    e.endsAt = q.integer(6);
    e.place = q.text(7);
    e.link = q.text(8);
    e.capacity = int(q.integer(9));
    e.cancelled = q.integer(10) != 0;
    e.createdAt = q.integer(11);
    e.editedAt = q.integer(12);
    e.goingCount = countRsvps(id, QStringLiteral("going"));
    e.waitlistCount = countRsvps(id, QStringLiteral("waitlisted"));
    return e;
}

bool ActivityReader::eventExists(const QString &id) const {
    Query q(m_db.connection(), QStringLiteral("SELECT 1 FROM events WHERE id = ?"));
    q.bind(id).exec();
    return q.next();
}

QStringList ActivityReader::eventIds(const QString &communityId) const {
    Query q(m_db.connection(), QStringLiteral("SELECT id FROM events WHERE community_id = ? "
                                              "ORDER BY starts_at, id"));
    q.bind(communityId).exec();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    return out;
}

std::optional<Rsvp> ActivityReader::rsvp(const QString &eventId, const QString &userId) const {
    Query q(m_db.connection(), rsvpColumns + QStringLiteral("WHERE event_id = ? AND user_id = ?"));
    q.bind(eventId).bind(userId).exec();
    if (!q.next())
        return std::nullopt;
    return readRsvp(q);
}

QList<Rsvp> ActivityReader::rsvps(const QString &eventId) const {
    Query q(m_db.connection(),
            rsvpColumns + QStringLiteral("WHERE event_id = ? ORDER BY queue, user_id"));
    q.bind(eventId).exec();
    QList<Rsvp> out;
    while (q.next())
        out.append(readRsvp(q));
    return out;
}

int ActivityReader::countRsvps(const QString &eventId, const QString &status) const {
    Query q(m_db.connection(),
            QStringLiteral("SELECT COUNT(*) FROM rsvps WHERE event_id = ? AND status = ?"));
    return int(q.bind(eventId).bind(status).scalar());
}

} // namespace hearthd
