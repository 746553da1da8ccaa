#include "mutationapplier.h"

#include "changeapplier.h"
#include "sqlstep.h"

#include "protocol/alertcolumns.h"
#include "protocol/entities.h"
#include "protocol/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hearth::cache {

using namespace hearth::protocol;

namespace {
bool is(const QString &name, const char *wanted) {
    return name == QLatin1StringView(wanted);
}

// The args of `Args`'s mutation, as far as the cache needs them (see the header).
template<typename Args> Args read(const QJsonObject &json) {
    QString error;
    std::optional<Args> args = Args::fromJson(json, &error, ArgsCheck::Shape);
    if (!args)
        throw SqlFailure{QStringLiteral("%1: %2").arg(QLatin1StringView(Args::Name), error)};
    return std::move(*args);
}

template<typename Args> bool is(const QString &name) {
    return is(name, Args::Name);
}

} // namespace

MutationApplier::MutationApplier(const QSqlDatabase &db, const QString &userId,
                                 const QString &displayName, ChangeSet *changes)
    : m_db(db)
    , m_userId(userId)
    , m_displayName(displayName)
    , m_changes(changes) {}

void MutationApplier::touchPost(const QString &postId, const QString &communityId) {
    m_changes->posts.insert(postId);
    m_changes->feeds.insert(communityId);
    m_changes->communities.insert(communityId);
}

MutationApplier::Target MutationApplier::apply(const QString &name, const QJsonObject &args,
                                               qint64 nowMs) {
    if (is<CommunityCreateArgs>(name))
        return createCommunity(read<CommunityCreateArgs>(args), nowMs);
    if (is<CommunityUpdateArgs>(name))
        return updateCommunity(read<CommunityUpdateArgs>(args));
    if (is<MembershipAcceptGuidelinesArgs>(name))
        return acceptGuidelines(read<MembershipAcceptGuidelinesArgs>(args), nowMs);
    if (is<MembershipJoinArgs>(name))
        return join(read<MembershipJoinArgs>(args), nowMs);
    if (is<MembershipLeaveArgs>(name))
        return leave(read<MembershipLeaveArgs>(args));
    if (is<PostCreateArgs>(name))
        return createPost(read<PostCreateArgs>(args), nowMs);
    if (is<PostEditArgs>(name))
        return editPost(read<PostEditArgs>(args), nowMs);
    if (is<PostDeleteArgs>(name))
        return deletePost(read<PostDeleteArgs>(args));
    if (is<PostPinArgs>(name))
        return pinPost(read<PostPinArgs>(args));
    if (is<CommentCreateArgs>(name))
        return createComment(read<CommentCreateArgs>(args), nowMs);
    if (is<CommentEditArgs>(name))
        return editComment(read<CommentEditArgs>(args), nowMs);
    if (is<CommentDeleteArgs>(name))
        return deleteComment(read<CommentDeleteArgs>(args));
    if (is<ReactionSetArgs>(name))
        return react(read<ReactionSetArgs>(args), true, nowMs);
    if (is<ReactionClearArgs>(name))
        return react(read<ReactionClearArgs>(args), false, nowMs);
    if (is<RsvpSetArgs>(name))
        return answer(read<RsvpSetArgs>(args), nowMs);
    if (is<NotificationMarkReadArgs>(name))
        return markRead(read<NotificationMarkReadArgs>(args), nowMs);
    if (is<ProfileUpdateArgs>(name))
        return updateProfile(read<ProfileUpdateArgs>(args));
    if (is<AlertsSetArgs>(name))
        return setAlerts(read<AlertsSetArgs>(args));
    if (is<MembershipApproveArgs>(name))
        return decide(read<MembershipApproveArgs>(args));
    if (is<MembershipDenyArgs>(name))
        return decide(read<MembershipDenyArgs>(args));
    if (is<MembershipRemoveArgs>(name))
        return decide(read<MembershipRemoveArgs>(args));
    if (is<MembershipBanArgs>(name))
        return decide(read<MembershipBanArgs>(args));
    if (is<MembershipUnbanArgs>(name))
        return decide(read<MembershipUnbanArgs>(args));
    if (is<MembershipSetRoleArgs>(name))
        return decide(read<MembershipSetRoleArgs>(args));
    if (is<ReportResolveArgs>(name))
        return resolveReport(read<ReportResolveArgs>(args));
    return {};
}

// Like a decision about a member, a resolution changes nothing here until hearthd has made it (it
// answers `conflict` when another organizer resolved the report first); the entry names the report
// and its community, so the reports queue shows it pending, and refused with the server's reason.
MutationApplier::Target MutationApplier::resolveReport(const ReportResolveArgs &args) {
    QSqlQuery q = runOrThrow(m_db, QStringLiteral("SELECT community_id FROM reports WHERE id = ?"),
                             {args.id});
    Target t{args.id, q.next() ? q.value(0).toString() : QString(), {}};
    if (!t.communityId.isEmpty())
        m_changes->reports.insert(t.communityId);
    return t;
}

// An organizer's decision about a member changes nothing here until hearthd has made it (it may
// refuse: a rank, a full community, a role changed meanwhile); the entry names the membership and
// its community, so the members pane shows it pending, and refused with the server's reason.
MutationApplier::Target MutationApplier::decide(const MemberTarget &args) {
    Target t{Membership{args.communityId, args.userId}.id(), args.communityId, {}};
    m_changes->communities.insert(args.communityId);
    return t;
}

MutationApplier::Target MutationApplier::createCommunity(const CommunityCreateArgs &args,
                                                         qint64 nowMs) {
    Target t{args.id, args.id, {}};
    runOrThrow(
        m_db,
        QStringLiteral("INSERT OR IGNORE INTO communities (id, slug, name, tagline,"
                       " description, visibility, member_count, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
        {args.id, args.slug, args.name, args.tagline, args.description, args.visibility, nowMs});
    if (!m_userId.isEmpty())
        runOrThrow(m_db,
                   QStringLiteral("INSERT OR IGNORE INTO memberships (community_id, user_id,"
                                  " role, state, joined_at) VALUES (?, ?, 'owner', 'active', ?)"),
                   {t.communityId, m_userId, nowMs});
    m_changes->communities.insert(t.communityId);
    return t;
}

namespace {
// The settings community.update may change, as the cache stores them (topics as JSON text).
QJsonObject settingsOf(const QSqlDatabase &db, const QString &communityId) {
    QSqlQuery q =
        runOrThrow(db,
                   QStringLiteral("SELECT name, tagline, description, topics, visibility,"
                                  " member_cap, welcome, guidelines, guidelines_required_at"
                                  " FROM communities WHERE id = ?"),
                   {communityId});
    if (!q.next())
        return {};
    return {{QStringLiteral("name"), q.value(0).toString()},
            {QStringLiteral("tagline"), q.value(1).toString()},
            {QStringLiteral("description"), q.value(2).toString()},
            {QStringLiteral("topics"), q.value(3).toString()},
            {QStringLiteral("visibility"), q.value(4).toString()},
            {QStringLiteral("memberCap"), q.value(5).toInt()},
            {QStringLiteral("welcome"), q.value(6).toString()},
            {QStringLiteral("guidelines"), q.value(7).toString()},
            {QStringLiteral("guidelinesRequiredAt"), q.value(8).toDouble()}};
}

void writeSettings(const QSqlDatabase &db, const QString &communityId, const QJsonObject &s) {
    runOrThrow(db,
               QStringLiteral("UPDATE communities SET name = ?, tagline = ?, description = ?,"
                              " topics = ?, visibility = ?, member_cap = ?, welcome = ?,"
                              " guidelines = ?, guidelines_required_at = ? WHERE id = ?"),
               {s.value(QStringLiteral("name")).toString(),
                s.value(QStringLiteral("tagline")).toString(),
                s.value(QStringLiteral("description")).toString(),
                s.value(QStringLiteral("topics")).toString(),
                s.value(QStringLiteral("visibility")).toString(),
                s.value(QStringLiteral("memberCap")).toInt(),
                s.value(QStringLiteral("welcome")).toString(),
                s.value(QStringLiteral("guidelines")).toString(),
                qint64(s.value(QStringLiteral("guidelinesRequiredAt")).toDouble()), communityId});
}
} // namespace

// The new settings show at once; the community's version stays the server's (the synced row
// brings the next one), so a second edit is based on what hearthd has.
MutationApplier::Target MutationApplier::updateCommunity(const CommunityUpdateArgs &args) {
    Target t{args.id, args.id, settingsOf(m_db, args.id)};
    if (t.previous.isEmpty())
        return t;
    QJsonObject next = t.previous;
    const auto put = [&](const char *key, const auto &value) {
        if (value)
            next.insert(QLatin1StringView(key), *value);
    };
    put("name", args.name);
    put("tagline", args.tagline);
    put("description", args.description);
    if (args.topics)
        next.insert(QStringLiteral("topics"),
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*args.topics))
                                          .toJson(QJsonDocument::Compact)));
    put("visibility", args.visibility);
    put("memberCap", args.memberCap);
    put("welcome", args.welcome);
    put("guidelines", args.guidelines);
    writeSettings(m_db, args.id, next);
    m_changes->communities.insert(args.id);
    return t;
}

MutationApplier::Target
MutationApplier::acceptGuidelines(const MembershipAcceptGuidelinesArgs &args, qint64 nowMs) {
    Target t{args.communityId, args.communityId, {}};
    QSqlQuery q = runOrThrow(m_db,
                             QStringLiteral("SELECT guidelines_accepted_at FROM memberships"
                                            " WHERE community_id = ? AND user_id = ?"),
                             {args.communityId, m_userId});
    if (!q.next())
        return t;
    t.previous = {{QStringLiteral("guidelinesAcceptedAt"), q.value(0).toDouble()}};
    runOrThrow(m_db,
               QStringLiteral("UPDATE memberships SET guidelines_accepted_at = ?"
                              " WHERE community_id = ? AND user_id = ?"),
               {nowMs, args.communityId, m_userId});
    m_changes->communities.insert(args.communityId);
    return t;
}

MutationApplier::Target MutationApplier::join(const MembershipJoinArgs &args, qint64 nowMs) {
    // Joining by an invite code alone names no community yet: the server's answer and the
    // join window bring it.
    Target t{args.communityId, args.communityId, {}};
    if (t.communityId.isEmpty())
        return t;
    if (!m_userId.isEmpty())
        runOrThrow(m_db,
                   QStringLiteral("INSERT OR IGNORE INTO memberships (community_id, user_id,"
                                  " role, state, joined_at) SELECT ?, ?, 'member',"
                                  " CASE visibility WHEN 'public' THEN 'active' ELSE 'pending' END,"
                                  " ? FROM communities WHERE id = ?"),
                   {t.communityId, m_userId, nowMs, t.communityId});
    m_changes->communities.insert(t.communityId);
    return t;
}

MutationApplier::Target MutationApplier::leave(const MembershipLeaveArgs &args) {
    Target t{args.communityId, args.communityId, {}};
    QSqlQuery q = runOrThrow(m_db,
                             QStringLiteral("SELECT role, state, joined_at FROM memberships"
                                            " WHERE community_id = ? AND user_id = ?"),
                             {t.communityId, m_userId});
    if (q.next()) {
        t.previous = {{QStringLiteral("role"), q.value(0).toString()},
                      {QStringLiteral("state"), q.value(1).toString()},
                      {QStringLiteral("joinedAt"), q.value(2).toDouble()}};
        // The server's purge instruction then removes the content.
        runOrThrow(m_db,
                   QStringLiteral("DELETE FROM memberships WHERE community_id = ? AND user_id = ?"),
                   {t.communityId, m_userId});
    }
    m_changes->communities.insert(t.communityId);
    return t;
}

MutationApplier::Target MutationApplier::createPost(const PostCreateArgs &args, qint64 nowMs) {
    Target t{args.id, args.communityId, {}};
    runOrThrow(m_db,
               QStringLiteral("INSERT OR IGNORE INTO posts (id, community_id, author_id,"
                              " author_name, kind, title, body, topic, created_at)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {t.targetId, t.communityId, m_userId, m_displayName, args.kind, args.title,
                args.body, args.topic, nowMs});
    touchPost(t.targetId, t.communityId);
    return t;
}

MutationApplier::Target MutationApplier::editPost(const PostEditArgs &args, qint64 nowMs) {
    Target t{args.id, {}, {}};
    QSqlQuery q = runOrThrow(
        m_db,
        QStringLiteral("SELECT community_id, title, body, topic, kind FROM posts WHERE id = ?"),
        {t.targetId});
    if (!q.next())
        throw SqlFailure{QStringLiteral("cannot edit unknown post %1").arg(t.targetId)};
    t.communityId = q.value(0).toString();
    const QString title = q.value(1).toString();
    const QString body = q.value(2).toString();
    const QString topic = q.value(3).toString();
    const QString kind = q.value(4).toString();
    t.previous = {{QStringLiteral("title"), title},
                  {QStringLiteral("body"), body},
                  {QStringLiteral("topic"), topic},
                  {QStringLiteral("kind"), kind}};
    runOrThrow(m_db,
               QStringLiteral("UPDATE posts SET title = ?, body = ?, topic = ?, kind = ?,"
                              " edited_at = ? WHERE id = ?"),
               {args.title.value_or(title), args.body.value_or(body), args.topic.value_or(topic),
                args.kind.value_or(kind), nowMs, t.targetId});
    touchPost(t.targetId, t.communityId);
    return t;
}

MutationApplier::Target MutationApplier::updateProfile(const ProfileUpdateArgs &args) {
    // My own profile only (hearthd refuses another's): shown at once, with my new name on what
    // I wrote; the server's user row replaces it when it syncs.
    Target t{args.id, {}, {}};
    if (args.id != m_userId)
        return t;
    QSqlQuery q = runOrThrow(
        m_db,
        QStringLiteral(
            "SELECT display_name, bio, interests, links, showcase FROM users WHERE id = ?"),
        {t.targetId});
    if (!q.next())
        throw SqlFailure{QStringLiteral("cannot update the uncached profile %1").arg(t.targetId)};
    t.previous = {{QStringLiteral("displayName"), q.value(0).toString()},
                  {QStringLiteral("bio"), q.value(1).toString()},
                  {QStringLiteral("interests"), q.value(2).toString()},
                  {QStringLiteral("links"), q.value(3).toString()},
                  {QStringLiteral("showcase"), q.value(4).toString()}};
    const UserProfile next = args.appliedTo(UserProfile());
    const auto compact = [](const QJsonArray &a) {
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    };
    runOrThrow(m_db,
               QStringLiteral("UPDATE users SET display_name = ?, bio = ?, interests = ?,"
                              " links = ?, showcase = ? WHERE id = ?"),
               {next.displayName, next.bio, compact(QJsonArray::fromStringList(next.interests)),
                compact(next.links), compact(next.showcase), t.targetId});
    m_changes->users.insert(t.targetId);
    ChangeApplier::renameAuthor(m_db, t.targetId, next.displayName, m_changes);
    return t;
}

MutationApplier::Target MutationApplier::setAlerts(const AlertsSetArgs &args) {
    // Shown at once (the settings page and the alerts follow my choice while offline); the
    // server's row replaces it when it syncs.
    // What it changed is remembered field by field, so undoing it keeps a later choice.
    AlertSettings next = ChangeApplier::readAlerts(m_db, m_userId);
    Target t{m_userId, args.communityId, {}};
    if (args.digest) {
        t.previous.insert(QStringLiteral("digest"), next.digest);
        next.digest = *args.digest;
    }
    if (args.level) {
        t.previous.insert(QStringLiteral("level"), next.levelFor(args.communityId));
        setAlertLevel(&next, args.communityId, *args.level);
    }
    ChangeApplier::writeAlerts(m_db, next);
    m_changes->alerts = true;
    return t;
}

MutationApplier::Target MutationApplier::deletePost(const PostDeleteArgs &args) {
    // Nothing is removed yet: models hide a post with a pending delete in the outbox, so a
    // refused or discarded delete brings it back whole; the server's tombstone removes it.
    Target t{args.id, {}, {}};
    QSqlQuery q = runOrThrow(m_db, QStringLiteral("SELECT community_id FROM posts WHERE id = ?"),
                             {t.targetId});
    t.communityId = q.next() ? q.value(0).toString() : QString();
    touchPost(t.targetId, t.communityId);
    return t;
}

MutationApplier::Target MutationApplier::pinPost(const PostPinArgs &args) {
    Target t{args.id, {}, {}};
    QSqlQuery q = runOrThrow(
        m_db, QStringLiteral("SELECT community_id, pinned FROM posts WHERE id = ?"), {t.targetId});
    if (!q.next())
        throw SqlFailure{QStringLiteral("cannot pin unknown post %1").arg(t.targetId)};
    t.communityId = q.value(0).toString();
    t.previous = {{QStringLiteral("pinned"), q.value(1).toBool()}};
    runOrThrow(m_db, QStringLiteral("UPDATE posts SET pinned = ? WHERE id = ?"),
               {int(args.pinned), t.targetId});
    touchPost(t.targetId, t.communityId);
    return t;
}

MutationApplier::Target MutationApplier::createComment(const CommentCreateArgs &args,
                                                       qint64 nowMs) {
    Target t{args.id, {}, {}};
    QSqlQuery q = runOrThrow(m_db, QStringLiteral("SELECT community_id FROM posts WHERE id = ?"),
                             {args.postId});
    if (!q.next())
        throw SqlFailure{QStringLiteral("cannot comment on unknown post %1").arg(args.postId)};
    t.communityId = q.value(0).toString();
    QSqlQuery insert = runOrThrow(
        m_db,
        QStringLiteral("INSERT OR IGNORE INTO comments (id, post_id, community_id, parent_id,"
                       " author_id, author_name, body, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {t.targetId, args.postId, t.communityId, args.parentId, m_userId, m_displayName, args.body,
         nowMs});
    if (insert.numRowsAffected() > 0)
        runOrThrow(
            m_db, QStringLiteral("UPDATE posts SET comment_count = comment_count + 1 WHERE id = ?"),
            {args.postId});
    m_changes->comments.insert(t.targetId);
    m_changes->threads.insert(args.postId);
    touchPost(args.postId, t.communityId);
    return t;
}

MutationApplier::Target MutationApplier::editComment(const CommentEditArgs &args, qint64 nowMs) {
    Target t{args.id, {}, {}};
    QSqlQuery q = runOrThrow(
        m_db,
        QStringLiteral("SELECT community_id, post_id, body, edited_at FROM comments WHERE id = ?"),
        {t.targetId});
    if (!q.next())
        throw SqlFailure{QStringLiteral("cannot edit unknown comment %1").arg(t.targetId)};
    t.communityId = q.value(0).toString();
    const QString postId = q.value(1).toString();
    t.previous = {{QStringLiteral("postId"), postId},
                  {QStringLiteral("body"), q.value(2).toString()},
                  {QStringLiteral("editedAt"), q.value(3).toDouble()}};
    runOrThrow(m_db, QStringLiteral("UPDATE comments SET body = ?, edited_at = ? WHERE id = ?"),
               {args.body, nowMs, t.targetId});
    m_changes->comments.insert(t.targetId);
    m_changes->threads.insert(postId);
    return t;
}

MutationApplier::Target MutationApplier::deleteComment(const CommentDeleteArgs &args) {
    // As with a post: nothing is removed yet. The thread hides a comment with a pending delete,
    // so a refused or discarded delete brings it back; the server's answer removes it.
    Target t{args.id, {}, {}};
    QSqlQuery q =
        runOrThrow(m_db, QStringLiteral("SELECT community_id, post_id FROM comments WHERE id = ?"),
                   {t.targetId});
    if (q.next()) {
        t.communityId = q.value(0).toString();
        m_changes->threads.insert(q.value(1).toString());
    }
    m_changes->comments.insert(t.targetId);
    return t;
}

MutationApplier::Target MutationApplier::react(const ReactionTarget &args, bool set, qint64 nowMs) {
    const bool onComment = args.targetType == QLatin1StringView(TargetType::Comment);
    QSqlQuery q = runOrThrow(
        m_db,
        onComment ? QStringLiteral("SELECT community_id, post_id FROM comments WHERE id = ?")
                  : QStringLiteral("SELECT community_id, id FROM posts WHERE id = ?"),
        {args.targetId});
    if (!q.next())
        throw SqlFailure{
            QStringLiteral("cannot react to unknown %1 %2").arg(args.targetType, args.targetId)};
    Target t;
    t.communityId = q.value(0).toString();
    const QString postId = q.value(1).toString();
    Reaction mine;
    mine.targetType = args.targetType;
    mine.targetId = args.targetId;
    mine.userId = m_userId;
    mine.emoji = args.emoji;
    t.targetId = mine.id();
    QSqlQuery existing = runOrThrow(
        m_db, QStringLiteral("SELECT created_at FROM reactions WHERE id = ?"), {t.targetId});
    // What to restore on discard: the reaction as it was, or nothing when there was none.
    if (existing.next())
        t.previous = {{QStringLiteral("targetType"), args.targetType},
                      {QStringLiteral("postId"), postId},
                      {QStringLiteral("createdAt"), existing.value(0).toDouble()}};
    else
        t.previous = {{QStringLiteral("absent"), true}, {QStringLiteral("postId"), postId}};
    if (set)
        runOrThrow(m_db,
                   QStringLiteral("INSERT OR IGNORE INTO reactions (id, target_id,"
                                  " target_type, post_id, community_id, user_id, emoji,"
                                  " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {t.targetId, args.targetId, args.targetType, postId, t.communityId, m_userId,
                    args.emoji, nowMs});
    else
        runOrThrow(m_db, QStringLiteral("DELETE FROM reactions WHERE id = ?"), {t.targetId});
    m_changes->reactions.insert(postId);
    return t;
}

MutationApplier::Target MutationApplier::answer(const RsvpSetArgs &args, qint64 nowMs) {
    Target t{args.eventId, {}, {}};
    QSqlQuery q = runOrThrow(m_db, QStringLiteral("SELECT community_id FROM events WHERE id = ?"),
                             {t.targetId});
    if (!q.next())
        throw SqlFailure{QStringLiteral("cannot answer unknown event %1").arg(t.targetId)};
    t.communityId = q.value(0).toString();
    QSqlQuery mine = runOrThrow(m_db,
                                QStringLiteral("SELECT status, responded_at FROM rsvps"
                                               " WHERE event_id = ? AND user_id = ?"),
                                {t.targetId, m_userId});
    if (mine.next())
        t.previous = {{QStringLiteral("status"), mine.value(0).toString()},
                      {QStringLiteral("respondedAt"), mine.value(1).toDouble()}};
    else
        t.previous = {{QStringLiteral("absent"), true}};
    // Saying "going" again keeps one's seat or place in line (the server does the same).
    runOrThrow(m_db,
               QStringLiteral("INSERT INTO rsvps (event_id, user_id, community_id, status,"
                              " responded_at) VALUES (?, ?, ?, ?, ?)"
                              " ON CONFLICT(event_id, user_id) DO UPDATE SET"
                              " status = CASE WHEN excluded.status = 'going' AND"
                              " rsvps.status = 'waitlisted' THEN rsvps.status"
                              " ELSE excluded.status END,"
                              " responded_at = excluded.responded_at"),
               {t.targetId, m_userId, t.communityId, args.status, nowMs});
    m_changes->events.insert(t.targetId);
    return t;
}

MutationApplier::Target MutationApplier::markRead(const NotificationMarkReadArgs &args,
                                                  qint64 nowMs) {
    QStringList ids;
    for (const QString &id : args.ids) {
        if (!id.isEmpty())
            ids.append(id);
    }
    if (!args.all && ids.isEmpty())
        throw SqlFailure{QStringLiteral("notification.markRead needs ids or all")};
    Target t;
    if (ids.size() == 1 && !args.all)
        t.targetId = ids.constFirst();
    // What was unread before, to restore on discard.
    QJsonArray wasUnread;
    QSqlQuery unread =
        runOrThrow(m_db, QStringLiteral("SELECT id FROM notifications WHERE read_at = 0"));
    while (unread.next()) {
        const QString id = unread.value(0).toString();
        if (args.all || ids.contains(id))
            wasUnread.append(id);
    }
    for (const QJsonValue &id : std::as_const(wasUnread))
        runOrThrow(m_db, QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ?"),
                   {nowMs, id.toString()});
    t.previous = {{QStringLiteral("unread"), wasUnread}};
    m_changes->notifications = true;
    return t;
}

void MutationApplier::revert(const QString &name, const Target &target) {
    if (is(name, MutationName::CommunityCreate)) {
        ChangeApplier(m_db, m_changes).purgeCommunity(target.communityId);
    } else if (is(name, MutationName::CommunityUpdate) && !target.previous.isEmpty()) {
        writeSettings(m_db, target.communityId, target.previous);
        m_changes->communities.insert(target.communityId);
    } else if (is(name, MutationName::MembershipAcceptGuidelines) && !target.previous.isEmpty()) {
        runOrThrow(
            m_db,
            QStringLiteral("UPDATE memberships SET guidelines_accepted_at = ?"
                           " WHERE community_id = ? AND user_id = ?"),
            {qint64(target.previous.value(QStringLiteral("guidelinesAcceptedAt")).toDouble()),
             target.communityId, m_userId});
        m_changes->communities.insert(target.communityId);
    } else if (is(name, MutationName::MembershipJoin)) {
        runOrThrow(m_db,
                   QStringLiteral("DELETE FROM memberships WHERE community_id = ? AND user_id = ?"),
                   {target.communityId, m_userId});
        m_changes->communities.insert(target.communityId);
    } else if (is(name, MutationName::MembershipLeave) && !target.previous.isEmpty()) {
        runOrThrow(m_db,
                   QStringLiteral("INSERT OR IGNORE INTO memberships (community_id, user_id, role,"
                                  " state, joined_at) VALUES (?, ?, ?, ?, ?)"),
                   {target.communityId, m_userId,
                    target.previous.value(QStringLiteral("role")).toString(),
                    target.previous.value(QStringLiteral("state")).toString(),
                    qint64(target.previous.value(QStringLiteral("joinedAt")).toDouble())});
        m_changes->communities.insert(target.communityId);
    } else if (is(name, MutationName::PostCreate)) {
        runOrThrow(m_db, QStringLiteral("DELETE FROM comments WHERE post_id = ?"),
                   {target.targetId});
        runOrThrow(m_db, QStringLiteral("DELETE FROM posts WHERE id = ?"), {target.targetId});
        touchPost(target.targetId, target.communityId);
    } else if (is(name, MutationName::PostEdit) && !target.previous.isEmpty()) {
        runOrThrow(m_db,
                   QStringLiteral("UPDATE posts SET title = ?, body = ?, topic = ?, kind = ?"
                                  " WHERE id = ?"),
                   {target.previous.value(QStringLiteral("title")).toString(),
                    target.previous.value(QStringLiteral("body")).toString(),
                    target.previous.value(QStringLiteral("topic")).toString(),
                    target.previous.value(QStringLiteral("kind")).toString(), target.targetId});
        touchPost(target.targetId, target.communityId);
    } else if (is(name, MutationName::PostPin) && !target.previous.isEmpty()) {
        runOrThrow(
            m_db, QStringLiteral("UPDATE posts SET pinned = ? WHERE id = ?"),
            {int(target.previous.value(QStringLiteral("pinned")).toBool()), target.targetId});
        touchPost(target.targetId, target.communityId);
    } else if (is(name, MutationName::PostDelete)) {
        touchPost(target.targetId, target.communityId);
    } else if (is(name, MutationName::CommentCreate)) {
        QSqlQuery q = runOrThrow(m_db, QStringLiteral("SELECT post_id FROM comments WHERE id = ?"),
                                 {target.targetId});
        if (q.next()) {
            const QString postId = q.value(0).toString();
            runOrThrow(m_db, QStringLiteral("DELETE FROM comments WHERE id = ?"),
                       {target.targetId});
            runOrThrow(m_db,
                       QStringLiteral("UPDATE posts SET comment_count = MAX(comment_count - 1, 0)"
                                      " WHERE id = ?"),
                       {postId});
            m_changes->threads.insert(postId);
            touchPost(postId, target.communityId);
        }
        m_changes->comments.insert(target.targetId);
    } else if (is(name, MutationName::CommentEdit) && !target.previous.isEmpty()) {
        runOrThrow(m_db, QStringLiteral("UPDATE comments SET body = ?, edited_at = ? WHERE id = ?"),
                   {target.previous.value(QStringLiteral("body")).toString(),
                    qint64(target.previous.value(QStringLiteral("editedAt")).toDouble()),
                    target.targetId});
        m_changes->comments.insert(target.targetId);
        m_changes->threads.insert(target.previous.value(QStringLiteral("postId")).toString());
    } else if (is(name, MutationName::CommentDelete)) {
        QSqlQuery q = runOrThrow(m_db, QStringLiteral("SELECT post_id FROM comments WHERE id = ?"),
                                 {target.targetId});
        if (q.next())
            m_changes->threads.insert(q.value(0).toString());
        m_changes->comments.insert(target.targetId);
    } else if ((is(name, MutationName::ReactionSet) || is(name, MutationName::ReactionClear)) &&
               !target.previous.isEmpty()) {
        const QString postId = target.previous.value(QStringLiteral("postId")).toString();
        if (target.previous.value(QStringLiteral("absent")).toBool()) {
            runOrThrow(m_db, QStringLiteral("DELETE FROM reactions WHERE id = ?"),
                       {target.targetId});
        } else {
            // The id is "<targetType>:<targetId>:<userId>:<emoji>"; type and ids hold no colon,
            // so whatever follows the third one is the emoji.
            const QStringList parts = target.targetId.split(QLatin1Char(':'));
            if (parts.size() >= 4)
                runOrThrow(
                    m_db,
                    QStringLiteral("INSERT OR IGNORE INTO reactions (id, target_id, target_type,"
                                   " post_id, community_id, user_id, emoji, created_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {target.targetId, parts.at(1), parts.at(0), postId, target.communityId,
                     parts.at(2), parts.mid(3).join(QLatin1Char(':')),
                     qint64(target.previous.value(QStringLiteral("createdAt")).toDouble())});
        }
        m_changes->reactions.insert(postId);
    } else if (is(name, MutationName::RsvpSet) && !target.previous.isEmpty()) {
        if (target.previous.value(QStringLiteral("absent")).toBool())
            runOrThrow(m_db, QStringLiteral("DELETE FROM rsvps WHERE event_id = ? AND user_id = ?"),
                       {target.targetId, m_userId});
        else
            runOrThrow(m_db,
                       QStringLiteral("UPDATE rsvps SET status = ?, responded_at = ?"
                                      " WHERE event_id = ? AND user_id = ?"),
                       {target.previous.value(QStringLiteral("status")).toString(),
                        qint64(target.previous.value(QStringLiteral("respondedAt")).toDouble()),
                        target.targetId, m_userId});
        m_changes->events.insert(target.targetId);
    } else if (is(name, MutationName::ProfileUpdate) && !target.previous.isEmpty()) {
        const QString displayName = target.previous.value(QStringLiteral("displayName")).toString();
        runOrThrow(m_db,
                   QStringLiteral("UPDATE users SET display_name = ?, bio = ?, interests = ?,"
                                  " links = ?, showcase = ? WHERE id = ?"),
                   {displayName, target.previous.value(QStringLiteral("bio")).toString(),
                    target.previous.value(QStringLiteral("interests")).toString(),
                    target.previous.value(QStringLiteral("links")).toString(),
                    target.previous.value(QStringLiteral("showcase")).toString(), target.targetId});
        m_changes->users.insert(target.targetId);
        ChangeApplier::renameAuthor(m_db, target.targetId, displayName, m_changes);
    } else if (is(name, MutationName::AlertsSet) && !target.previous.isEmpty()) {
        AlertSettings settings = ChangeApplier::readAlerts(m_db, m_userId);
        if (target.previous.contains(QStringLiteral("digest")))
            settings.digest = target.previous.value(QStringLiteral("digest")).toBool();
        if (target.previous.contains(QStringLiteral("level")))
            setAlertLevel(&settings, target.communityId,
                          target.previous.value(QStringLiteral("level")).toString());
        ChangeApplier::writeAlerts(m_db, settings);
        m_changes->alerts = true;
    } else if (is(name, MutationName::NotificationMarkRead)) {
        for (const QJsonValue &id : target.previous.value(QStringLiteral("unread")).toArray())
            runOrThrow(m_db, QStringLiteral("UPDATE notifications SET read_at = 0 WHERE id = ?"),
                       {id.toString()});
        m_changes->notifications = true;
    }
}

} // namespace hearth::cache
