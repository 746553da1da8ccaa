#include "changeapplier.h"

#include "alertsettingsquery.h"
#include "cachelogging.h"
#include "sqlstep.h"

#include "protocol/alertcolumns.h"
#include "protocol/entities.h"
#include "protocol/syncpage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hearth::cache {

using namespace hearth::protocol;

namespace {
QString compactJson(const QJsonArray &array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

template<typename T> T decodeOrThrow(const Change &change) {
    QString error;
    auto value = T::fromJson(change.data, &error);
    if (!value)
        throw SqlFailure{QStringLiteral("change %1 (%2 %3): %4")
                             .arg(change.seq)
                             .arg(change.type, change.id, error)};
    return std::move(*value);
}
} // namespace

ChangeApplier::ChangeApplier(const QSqlDatabase &db, ChangeSet *changes)
    : m_db(db)
    , m_changes(changes)
    , m_upsertPost(prepareOrThrow(
          db, QStringLiteral(
                  "INSERT INTO posts (id, community_id, author_id, author_name, kind, title, body,"
                  " topic, pinned, locked, comment_count, version, created_at, edited_at,"
                  " sync_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  " ON CONFLICT(id) DO UPDATE SET community_id = excluded.community_id,"
                  " author_id = excluded.author_id, author_name = excluded.author_name,"
                  " kind = excluded.kind, title = excluded.title, body = excluded.body,"
                  " topic = excluded.topic, pinned = excluded.pinned, locked = excluded.locked,"
                  " comment_count = excluded.comment_count, version = excluded.version,"
                  " created_at = excluded.created_at, edited_at = excluded.edited_at,"
                  " sync_seq = MAX(posts.sync_seq, excluded.sync_seq)")))
    , m_upsertComment(prepareOrThrow(
          db,
          QStringLiteral("INSERT INTO comments (id, post_id, community_id, parent_id, author_id,"
                         " author_name, body, version, created_at, edited_at, sync_seq)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                         " ON CONFLICT(id) DO UPDATE SET post_id = excluded.post_id,"
                         " community_id = excluded.community_id, parent_id = excluded.parent_id,"
                         " author_id = excluded.author_id, author_name = excluded.author_name,"
                         " body = excluded.body, version = excluded.version,"
                         " created_at = excluded.created_at, edited_at = excluded.edited_at,"
                         " sync_seq = MAX(comments.sync_seq, excluded.sync_seq)"))) {}

void ChangeApplier::apply(const Change &change) {
    const bool upsert = change.op == QLatin1StringView(ChangeOp::Upsert);
    const bool remove = change.op == QLatin1StringView(ChangeOp::Delete);
    const bool purge = change.op == QLatin1StringView(ChangeOp::Purge);
    const QString &type = change.type;
    // A sync change's removal is remembered, so a history page fetched before it cannot bring
    // the object back (HistoryApplier).
    if ((remove || purge) && change.seq > 0)
        remember(change);

    if (type == QLatin1StringView(ChangeType::Post)) {
        if (upsert)
            upsertPost(change);
        else if (remove || purge)
            deletePost(change.id);
    } else if (type == QLatin1StringView(ChangeType::Comment)) {
        if (upsert)
            upsertComment(change);
        else if (remove || purge)
            deleteComment(change.id);
    } else if (type == QLatin1StringView(ChangeType::Community)) {
        if (upsert)
            upsertCommunity(change);
        else if (remove || purge)
            purgeCommunity(change.id);
    } else if (type == QLatin1StringView(ChangeType::Membership)) {
        if (upsert)
            upsertMembership(change);
        else if (remove || purge)
            deleteMembership(change.id);
    } else if (type == QLatin1StringView(ChangeType::User)) {
        if (upsert) {
            upsertUser(change);
        } else if (remove || purge) {
            runOrThrow(m_db, QStringLiteral("DELETE FROM users WHERE id = ?"), {change.id});
            m_changes->users.insert(change.id);
        }
    } else if (type == QLatin1StringView(ChangeType::Reaction)) {
        if (upsert)
            upsertReaction(change);
        else if (remove || purge)
            deleteReaction(change.id);
    } else if (type == QLatin1StringView(ChangeType::Event)) {
        if (upsert)
            upsertEvent(change);
        else if (remove || purge)
            deleteEvent(change.id);
    } else if (type == QLatin1StringView(ChangeType::Rsvp)) {
        if (upsert)
            upsertRsvp(change);
        else if (remove || purge)
            deleteRsvp(change.id);
    } else if (type == QLatin1StringView(ChangeType::Report)) {
        if (upsert)
            upsertReport(change);
        else if (remove || purge)
            deleteReport(change.id);
    } else if (type == QLatin1StringView(ChangeType::Notification)) {
        if (upsert) {
            upsertNotification(change);
        } else if (remove || purge) {
            runOrThrow(m_db, QStringLiteral("DELETE FROM notifications WHERE id = ?"), {change.id});
            m_changes->notifications = true;
        }
    } else if (type == QLatin1StringView(ChangeType::Alerts)) {
        if (upsert) {
            writeAlerts(m_db, decodeOrThrow<AlertSettings>(change));
        } else if (remove || purge) {
            runOrThrow(m_db, QStringLiteral("DELETE FROM alert_settings WHERE user_id = ?"),
                       {change.id});
        }
        m_changes->alerts = true;
    } else {
        qCDebug(lcCache) << "skipping change of unknown type" << type << change.seq;
    }
}

void ChangeApplier::writeAlerts(const QSqlDatabase &db, const AlertSettings &settings) {
    runOrThrow(
        db,
        QStringLiteral("INSERT INTO alert_settings (user_id, digest, levels, version)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE"
                       " SET digest = excluded.digest, levels = excluded.levels,"
                       " version = excluded.version"),
        {settings.userId, settings.digest ? 1 : 0, alertLevelsColumn(settings), settings.version});
}

AlertSettings ChangeApplier::readAlerts(const QSqlDatabase &db, const QString &userId) {
    QSqlQuery q = runOrThrow(db, AlertSettingsQuery::sql(), {userId});
    if (q.next())
        return AlertSettingsQuery::fromRow(userId, q);
    AlertSettings defaults;
    defaults.userId = userId;
    return defaults;
}

void ChangeApplier::upsertUser(const Change &change) {
    const auto u = decodeOrThrow<UserProfile>(change);
    runOrThrow(m_db,
               QStringLiteral("INSERT INTO users (id, handle, display_name, bio, interests, links,"
                              " showcase, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                              " ON CONFLICT(id) DO UPDATE SET handle = excluded.handle,"
                              " display_name = excluded.display_name, bio = excluded.bio,"
                              " interests = excluded.interests, links = excluded.links,"
                              " showcase = excluded.showcase, version = excluded.version"),
               {u.id, u.handle, u.displayName, u.bio,
                compactJson(QJsonArray::fromStringList(u.interests)), compactJson(u.links),
                compactJson(u.showcase), u.version});
    m_changes->users.insert(u.id);
    renameAuthor(m_db, u.id, u.displayName, m_changes);
}

void ChangeApplier::renameAuthor(const QSqlDatabase &db, const QString &userId,
                                 const QString &displayName, ChangeSet *changes) {
    if (displayName.isEmpty())
        return;
    QSqlQuery posts =
        runOrThrow(db,
                   QStringLiteral("UPDATE posts SET author_name = ? WHERE author_id = ?"
                                  " AND author_name <> ? RETURNING id, community_id"),
                   {displayName, userId, displayName});
    while (posts.next()) {
        changes->posts.insert(posts.value(0).toString());
        changes->feeds.insert(posts.value(1).toString());
    }
    QSqlQuery comments =
        runOrThrow(db,
                   QStringLiteral("UPDATE comments SET author_name = ? WHERE author_id = ?"
                                  " AND author_name <> ? RETURNING id, post_id"),
                   {displayName, userId, displayName});
    while (comments.next()) {
        changes->comments.insert(comments.value(0).toString());
        changes->threads.insert(comments.value(1).toString());
    }
}

void ChangeApplier::upsertCommunity(const Change &change) {
    const auto c = decodeOrThrow<Community>(change);
    runOrThrow(
        m_db,
        QStringLiteral("INSERT INTO communities (id, slug, name, tagline, description,"
                       " visibility, member_count, created_at, guidelines, topics, member_cap,"
                       " welcome, organizers, version, guidelines_required_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(id) DO UPDATE SET slug = excluded.slug,"
                       " name = excluded.name, tagline = excluded.tagline,"
                       " description = excluded.description, visibility = excluded.visibility,"
                       " member_count = excluded.member_count, created_at = excluded.created_at,"
                       " guidelines = excluded.guidelines, topics = excluded.topics,"
                       " member_cap = excluded.member_cap, welcome = excluded.welcome,"
                       " organizers = excluded.organizers, version = excluded.version,"
                       " guidelines_required_at = excluded.guidelines_required_at"),
        {c.id, c.slug, c.name, c.tagline, c.description, c.visibility, c.memberCount, c.createdAt,
         c.guidelines, compactJson(QJsonArray::fromStringList(c.topics)), c.memberCap, c.welcome,
         compactJson(c.organizers), c.version, c.guidelinesRequiredAt});
    m_changes->communities.insert(c.id);
}

void ChangeApplier::upsertMembership(const Change &change) {
    const auto m = decodeOrThrow<Membership>(change);
    runOrThrow(
        m_db,
        QStringLiteral("INSERT INTO memberships (community_id, user_id, role, state, joined_at,"
                       " guidelines_accepted_at) VALUES (?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(community_id, user_id) DO UPDATE"
                       " SET role = excluded.role, state = excluded.state,"
                       " joined_at = excluded.joined_at,"
                       " guidelines_accepted_at = excluded.guidelines_accepted_at"),
        {m.communityId, m.userId, m.role, m.state, m.joinedAt, m.guidelinesAcceptedAt});
    m_changes->communities.insert(m.communityId);
}

void ChangeApplier::deleteMembership(const QString &id) {
    // A membership's id is "<communityId>:<userId>" (protocol::Membership::id()).
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        throw SqlFailure{QStringLiteral("membership id '%1' is not <community>:<user>").arg(id)};
    const QString communityId = id.left(colon);
    runOrThrow(m_db,
               QStringLiteral("DELETE FROM memberships WHERE community_id = ? AND user_id = ?"),
               {communityId, id.mid(colon + 1)});
    m_changes->communities.insert(communityId);
}

void ChangeApplier::upsertPost(const Change &change) {
    const auto p = decodeOrThrow<Post>(change);
    // A post that moved community (it should not) must leave the old feed too.
    const QString previous = communityOfPost(p.id);
    if (!previous.isEmpty() && previous != p.communityId)
        m_changes->feeds.insert(previous);
    execOrThrow(m_upsertPost, {p.id, p.communityId, p.authorId, p.authorName, p.kind, p.title,
                               p.body, p.topic, int(p.pinned), int(p.locked), p.commentCount,
                               p.version, p.createdAt, p.editedAt, change.seq});
    m_changes->posts.insert(p.id);
    m_changes->feeds.insert(p.communityId);
    m_changes->communities.insert(p.communityId); // post counts
}

void ChangeApplier::deletePost(const QString &id) {
    const QString communityId = communityOfPost(id);
    runOrThrow(m_db, QStringLiteral("DELETE FROM reactions WHERE post_id = ?"), {id});
    m_changes->reactions.insert(id);
    runOrThrow(m_db, QStringLiteral("DELETE FROM comments WHERE post_id = ?"), {id});
    runOrThrow(m_db, QStringLiteral("DELETE FROM posts WHERE id = ?"), {id});
    m_changes->posts.insert(id);
    m_changes->threads.insert(id);
    if (!communityId.isEmpty()) {
        m_changes->feeds.insert(communityId);
        m_changes->communities.insert(communityId);
    }
}

void ChangeApplier::upsertComment(const Change &change) {
    const auto c = decodeOrThrow<Comment>(change);
    execOrThrow(m_upsertComment,
                {c.id, c.postId, c.communityId, c.parentId, c.authorId, c.authorName, c.body,
                 c.version, c.createdAt, c.editedAt, change.seq});
    m_changes->comments.insert(c.id);
    m_changes->threads.insert(c.postId);
}

void ChangeApplier::deleteComment(const QString &id) {
    QSqlQuery q =
        runOrThrow(m_db, QStringLiteral("SELECT post_id FROM comments WHERE id = ?"), {id});
    if (q.next()) {
        const QString postId = q.value(0).toString();
        m_changes->threads.insert(postId);
        m_changes->reactions.insert(postId);
    }
    runOrThrow(m_db,
               QStringLiteral("DELETE FROM reactions WHERE target_type = 'comment'"
                              " AND target_id = ?"),
               {id});
    runOrThrow(m_db, QStringLiteral("DELETE FROM comments WHERE id = ?"), {id});
    m_changes->comments.insert(id);
}

void ChangeApplier::purgeCommunity(const QString &communityId) {
    QSqlQuery events = runOrThrow(
        m_db, QStringLiteral("SELECT id FROM events WHERE community_id = ?"), {communityId});
    while (events.next())
        m_changes->events.insert(events.value(0).toString());
    QSqlQuery reacted = runOrThrow(
        m_db, QStringLiteral("SELECT DISTINCT post_id FROM reactions WHERE community_id = ?"),
        {communityId});
    while (reacted.next())
        m_changes->reactions.insert(reacted.value(0).toString());
    QSqlQuery notified = runOrThrow(
        m_db, QStringLiteral("DELETE FROM notifications WHERE community_id = ?"), {communityId});
    if (notified.numRowsAffected() > 0)
        m_changes->notifications = true;
    QSqlQuery reported = runOrThrow(
        m_db, QStringLiteral("DELETE FROM reports WHERE community_id = ?"), {communityId});
    if (reported.numRowsAffected() > 0)
        m_changes->reports.insert(communityId);
    runOrThrow(m_db, QStringLiteral("DELETE FROM audit_entries WHERE community_id = ?"),
               {communityId});
    runOrThrow(m_db, QStringLiteral("DELETE FROM audit_fetches WHERE community_id = ?"),
               {communityId});
    runOrThrow(m_db, QStringLiteral("DELETE FROM engagement_reports WHERE community_id = ?"),
               {communityId});
    runOrThrow(m_db, QStringLiteral("DELETE FROM rsvps WHERE community_id = ?"), {communityId});
    runOrThrow(m_db, QStringLiteral("DELETE FROM events WHERE community_id = ?"), {communityId});
    runOrThrow(m_db, QStringLiteral("DELETE FROM reactions WHERE community_id = ?"), {communityId});
    runOrThrow(m_db, QStringLiteral("DELETE FROM comments WHERE community_id = ?"), {communityId});
    runOrThrow(m_db, QStringLiteral("DELETE FROM posts WHERE community_id = ?"), {communityId});
    runOrThrow(m_db, QStringLiteral("DELETE FROM memberships WHERE community_id = ?"),
               {communityId});
    runOrThrow(m_db, QStringLiteral("DELETE FROM community_state WHERE community_id = ?"),
               {communityId});
    runOrThrow(m_db, QStringLiteral("DELETE FROM communities WHERE id = ?"), {communityId});
    m_changes->purgedCommunities.insert(communityId);
    m_changes->communities.insert(communityId);
    m_changes->feeds.insert(communityId);
}

void ChangeApplier::upsertReaction(const Change &change) {
    const auto r = decodeOrThrow<Reaction>(change);
    runOrThrow(m_db,
               QStringLiteral("INSERT INTO reactions (id, target_id, target_type, post_id,"
                              " community_id, user_id, emoji, created_at, sync_seq)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                              " target_id = excluded.target_id,"
                              " target_type = excluded.target_type, post_id = excluded.post_id,"
                              " community_id = excluded.community_id,"
                              " user_id = excluded.user_id, emoji = excluded.emoji,"
                              " created_at = excluded.created_at,"
                              " sync_seq = MAX(reactions.sync_seq, excluded.sync_seq)"),
               {r.id(), r.targetId, r.targetType, r.postId, r.communityId, r.userId, r.emoji,
                r.createdAt, change.seq});
    m_changes->reactions.insert(r.postId.isEmpty() ? r.targetId : r.postId);
}

void ChangeApplier::deleteReaction(const QString &id) {
    QSqlQuery q = runOrThrow(
        m_db, QStringLiteral("SELECT post_id, target_id FROM reactions WHERE id = ?"), {id});
    if (q.next()) {
        const QString postId = q.value(0).toString();
        m_changes->reactions.insert(postId.isEmpty() ? q.value(1).toString() : postId);
    }
    runOrThrow(m_db, QStringLiteral("DELETE FROM reactions WHERE id = ?"), {id});
}

void ChangeApplier::upsertEvent(const Change &change) {
    const auto e = decodeOrThrow<Event>(change);
    runOrThrow(
        m_db,
        QStringLiteral("INSERT INTO events (id, community_id, creator_id, title, description,"
                       " starts_at, ends_at, place, link, capacity, going_count, waitlist_count,"
                       " cancelled, created_at, edited_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(id) DO UPDATE SET community_id = excluded.community_id,"
                       " creator_id = excluded.creator_id, title = excluded.title,"
                       " description = excluded.description, starts_at = excluded.starts_at,"
                       " ends_at = excluded.ends_at, place = excluded.place,"
                       " link = excluded.link, capacity = excluded.capacity,"
                       " going_count = excluded.going_count,"
                       " waitlist_count = excluded.waitlist_count,"
                       " cancelled = excluded.cancelled, created_at = excluded.created_at,"
                       " edited_at = excluded.edited_at"),
        {e.id, e.communityId, e.creatorId, e.title, e.description, e.startsAt, e.endsAt, e.place,
         e.link, e.capacity, e.goingCount, e.waitlistCount, int(e.cancelled), e.createdAt,
         e.editedAt});
    m_changes->events.insert(e.id);
}

void ChangeApplier::deleteEvent(const QString &id) {
    runOrThrow(m_db, QStringLiteral("DELETE FROM rsvps WHERE event_id = ?"), {id});
    runOrThrow(m_db, QStringLiteral("DELETE FROM events WHERE id = ?"), {id});
    m_changes->events.insert(id);
}

void ChangeApplier::upsertRsvp(const Change &change) {
    const auto r = decodeOrThrow<Rsvp>(change);
    runOrThrow(m_db,
               QStringLiteral("INSERT INTO rsvps (event_id, user_id, community_id, status,"
                              " responded_at) VALUES (?, ?, ?, ?, ?)"
                              " ON CONFLICT(event_id, user_id) DO UPDATE SET"
                              " community_id = excluded.community_id, status = excluded.status,"
                              " responded_at = excluded.responded_at"),
               {r.eventId, r.userId, r.communityId, r.status, r.respondedAt});
    m_changes->events.insert(r.eventId);
}

void ChangeApplier::deleteRsvp(const QString &id) {
    // An RSVP's id is "<eventId>:<userId>" (protocol::Rsvp::id()).
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        throw SqlFailure{QStringLiteral("rsvp id '%1' is not <event>:<user>").arg(id)};
    const QString eventId = id.left(colon);
    runOrThrow(m_db, QStringLiteral("DELETE FROM rsvps WHERE event_id = ? AND user_id = ?"),
               {eventId, id.mid(colon + 1)});
    m_changes->events.insert(eventId);
}

void ChangeApplier::upsertNotification(const Change &change) {
    const auto n = decodeOrThrow<Notification>(change);
    runOrThrow(m_db,
               QStringLiteral("INSERT INTO notifications (id, kind, community_id, actor_id,"
                              " actor_name, target_type, target_id, text, created_at, read_at)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE"
                              " SET kind = excluded.kind, community_id = excluded.community_id,"
                              " actor_id = excluded.actor_id, actor_name = excluded.actor_name,"
                              " target_type = excluded.target_type,"
                              " target_id = excluded.target_id, text = excluded.text,"
                              " created_at = excluded.created_at, read_at = excluded.read_at"),
               {n.id, n.kind, n.communityId, n.actorId, n.actorName, n.targetType, n.targetId,
                n.text, n.createdAt, n.readAt});
    m_changes->notifications = true;
}

// A report is resolved by a later upsert of the whole report (status, resolvedBy, note).
void ChangeApplier::upsertReport(const Change &change) {
    const auto r = decodeOrThrow<Report>(change);
    // A report that moved community (it should not) must leave the old queue too.
    QSqlQuery previous =
        runOrThrow(m_db, QStringLiteral("SELECT community_id FROM reports WHERE id = ?"), {r.id});
    if (previous.next())
        m_changes->reports.insert(previous.value(0).toString());
    runOrThrow(
        m_db,
        QStringLiteral("INSERT INTO reports (id, community_id, reporter_id, target_type,"
                       " target_id, post_id, reason, status, resolved_by, note,"
                       " created_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(id) DO UPDATE SET community_id = excluded.community_id,"
                       " reporter_id = excluded.reporter_id,"
                       " target_type = excluded.target_type,"
                       " target_id = excluded.target_id, post_id = excluded.post_id,"
                       " reason = excluded.reason, status = excluded.status,"
                       " resolved_by = excluded.resolved_by, note = excluded.note,"
                       " created_at = excluded.created_at,"
                       " resolved_at = excluded.resolved_at"),
        {r.id, r.communityId, r.reporterId, r.targetType, r.targetId, r.postId, r.reason, r.status,
         r.resolvedBy, r.note, r.createdAt, r.resolvedAt});
    m_changes->reports.insert(r.communityId);
}

// An organizer who stepped down receives a delete of each report they held.
void ChangeApplier::deleteReport(const QString &id) {
    QSqlQuery q = runOrThrow(
        m_db, QStringLiteral("DELETE FROM reports WHERE id = ? RETURNING community_id"), {id});
    while (q.next())
        m_changes->reports.insert(q.value(0).toString());
}

void ChangeApplier::remember(const Change &change) {
    const QString &type = change.type;
    const bool community = type == QLatin1StringView(ChangeType::Community);
    if (!community && type != QLatin1StringView(ChangeType::Post) &&
        type != QLatin1StringView(ChangeType::Comment) &&
        type != QLatin1StringView(ChangeType::Reaction))
        return;
    if (community) {
        // The community's own tombstone outweighs those of what it held: a page asked for
        // before the purge is dropped whole.
        runOrThrow(m_db,
                   QStringLiteral("DELETE FROM tombstones WHERE community_id = ? AND type <> ?"),
                   {change.id, type});
    }
    runOrThrow(m_db,
               QStringLiteral("INSERT INTO tombstones (type, id, community_id, seq)"
                              " VALUES (?, ?, ?, ?) ON CONFLICT(type, id) DO UPDATE"
                              " SET seq = MAX(seq, excluded.seq),"
                              " community_id = excluded.community_id"),
               {type, change.id, community ? change.id : change.community, change.seq});
}

QString ChangeApplier::communityOfPost(const QString &postId) {
    QSqlQuery q =
        runOrThrow(m_db, QStringLiteral("SELECT community_id FROM posts WHERE id = ?"), {postId});
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace hearth::cache
