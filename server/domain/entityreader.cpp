#include "entityreader.h"

#include "protocol/limits.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hearthd {

using namespace hearth::protocol;

namespace {

QJsonArray jsonArray(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QStringList strings(const QString &jsonText) {
    QStringList out;
    for (const QJsonValue &v : jsonArray(jsonText))
        out.append(v.toString());
    return out;
}

QStringList column(Query &q) {
    QStringList out;
    q.exec();
    while (q.next())
        out.append(q.text(0));
    return out;
}

bool exists(const Database &db, const QString &sql, const QString &id) {
    Query q(db.connection(), sql);
    q.bind(id).exec();
    return q.next();
}

} // namespace

std::optional<UserProfile> EntityReader::user(const QString &id) const {
    Query q(m_db.connection(),
            QStringLiteral("SELECT id, handle, display_name, bio, interests, links, showcase, "
                           "version FROM users WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    UserProfile u;
    u.id = q.text(0);
    u.handle = q.text(1);
    u.displayName = q.text(2);
    u.bio = q.text(3);
    u.interests = strings(q.text(4));
    u.links = jsonArray(q.text(5));
    u.showcase = jsonArray(q.text(6));
    u.version = int(q.integer(7));
    return u;
}

std::optional<Community> EntityReader::community(const QString &id) const {
    Query q(
        m_db.connection(),
        QStringLiteral("SELECT id, slug, name, tagline, description, visibility, created_at, "
                       "guidelines, topics, member_cap, welcome, version, guidelines_required_at "
                       "FROM communities WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Community c;
    c.id = q.text(0);
    c.slug = q.text(1);
    c.name = q.text(2);
    c.tagline = q.text(3);
    c.description = q.text(4);
    c.visibility = q.text(5);
    c.createdAt = q.integer(6);
    c.guidelines = q.text(7);
    c.topics = strings(q.text(8));
    c.memberCap = int(q.integer(9));
    c.welcome = q.text(10);
    c.version = int(q.integer(11));
    c.guidelinesRequiredAt = q.integer(12);
    c.memberCount = activeMemberCount(id);
    c.organizers = organizers(id);
    return c;
}

QJsonArray EntityReader::organizers(const QString &communityId) const {
    Query q(m_db.connection(),
            QStringLiteral("SELECT m.user_id, u.display_name, m.role FROM memberships m "
                           "JOIN users u ON u.id = m.user_id WHERE m.community_id = ? "
                           "AND m.state = 'active' AND m.role IN ('owner', 'moderator') "
                           "ORDER BY CASE m.role WHEN 'owner' THEN 0 ELSE 1 END, m.joined_at, "
                           "m.user_id LIMIT ?"));
    q.bind(communityId).bind(Limits::ListedOrganizersMax).exec();
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("userId"), q.text(0)},
                               {QStringLiteral("displayName"), q.text(1)},
                               {QStringLiteral("role"), q.text(2)}});
    return out;
}

std::optional<Membership> EntityReader::membership(const QString &communityId,
                                                   const QString &userId) const {
    Query q(m_db.connection(),
            QStringLiteral("SELECT role, state, joined_at, guidelines_accepted_at, "
                           "guidelines_digest FROM memberships "
                           "WHERE community_id = ? AND user_id = ?"));
    q.bind(communityId).bind(userId).exec();
    if (!q.next())
        return std::nullopt;
    Membership m;
    m.communityId = communityId;
    m.userId = userId;
    m.role = q.text(0);
    m.state = q.text(1);
    m.joinedAt = q.integer(2);
    m.guidelinesAcceptedAt = q.integer(3);
    m.guidelinesDigest = q.text(4);
    return m;
}

std::optional<Post> EntityReader::post(const QString &id) const {
    Query q(m_db.connection(),
            QStringLiteral("SELECT p.id, p.community_id, p.author_id, u.display_name, p.kind, "
                           "p.title, p.body, p.topic, p.pinned, p.locked, p.comment_count, "
                           "p.version, p.created_at, p.edited_at FROM posts p "
                           "JOIN users u ON u.id = p.author_id WHERE p.id = ? AND p.deleted = 0"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Post p;
    p.id = q.text(0);
    p.communityId = q.text(1);
    p.authorId = q.text(2);
    p.authorName = q.text(3);
    p.kind = q.text(4);
    p.title = q.text(5);
    p.body = q.text(6);
    p.topic = q.text(7);
    p.pinned = q.integer(8) != 0;
    p.locked = q.integer(9) != 0;
    p.commentCount = int(q.integer(10));
    p.version = int(q.integer(11));
    p.createdAt = q.integer(12);
    p.editedAt = q.integer(13);
    return p;
}

std::optional<Comment> EntityReader::comment(const QString &id) const {
    Query q(m_db.connection(),
            QStringLiteral(
                "SELECT c.id, c.post_id, c.community_id, c.parent_id, c.author_id, "
                "u.display_name, c.body, c.version, c.created_at, c.edited_at FROM comments c "
                "JOIN users u ON u.id = c.author_id WHERE c.id = ? AND c.deleted = 0"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Comment c;
    c.id = q.text(0);
    c.postId = q.text(1);
    c.communityId = q.text(2);
    c.parentId = q.text(3);
    c.authorId = q.text(4);
    c.authorName = q.text(5);
    c.body = q.text(6);
    c.version = int(q.integer(7));
    c.createdAt = q.integer(8);
    c.editedAt = q.integer(9);
    return c;
}

bool EntityReader::communityExists(const QString &id) const {
    return exists(m_db, QStringLiteral("SELECT 1 FROM communities WHERE id = ?"), id);
}

bool EntityReader::postExists(const QString &id) const {
    return exists(m_db, QStringLiteral("SELECT 1 FROM posts WHERE id = ?"), id);
}

bool EntityReader::commentExists(const QString &id) const {
    return exists(m_db, QStringLiteral("SELECT 1 FROM comments WHERE id = ?"), id);
}

bool EntityReader::slugTaken(const QString &slug) const {
    return exists(m_db, QStringLiteral("SELECT 1 FROM communities WHERE slug = ?"), slug);
}

int EntityReader::activeMemberCount(const QString &communityId) const {
    Query q(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM memberships "
                                              "WHERE community_id = ? AND state = 'active'"));
    return int(q.bind(communityId).scalar());
}

int EntityReader::ownerCount(const QString &communityId) const {
    Query q(m_db.connection(),
            QStringLiteral("SELECT COUNT(*) FROM memberships WHERE community_id = ? "
                           "AND state = 'active' AND role = 'owner'"));
    return int(q.bind(communityId).scalar());
}

QStringList EntityReader::activeMemberIds(const QString &communityId) const {
    Query q(m_db.connection(),
            QStringLiteral("SELECT user_id FROM memberships WHERE community_id = ? "
                           "AND state = 'active' ORDER BY joined_at, user_id"));
    q.bind(communityId);
    return column(q);
}

QStringList EntityReader::recentPostIds(const QString &communityId, int limit) const {
    Query q(m_db.connection(), QStringLiteral("SELECT id FROM (SELECT id, created_at FROM posts "
                                              "WHERE community_id = ? AND deleted = 0 "
                                              "ORDER BY created_at DESC, id DESC LIMIT ?) recent "
                                              "ORDER BY created_at, id"));
    q.bind(communityId).bind(limit);
    return column(q);
}

QStringList EntityReader::commentIds(const QString &postId) const {
    Query q(m_db.connection(),
            QStringLiteral("SELECT id FROM comments WHERE post_id = ? AND deleted = 0 "
                           "ORDER BY created_at, id"));
    q.bind(postId);
    return column(q);
}

} // namespace hearthd
