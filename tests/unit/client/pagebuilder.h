#pragma once
// Builds GET /v1/sync pages for the client's unit tests, in the server's wire format (through the
// shared protocol codecs), so the cache is exercised with exactly what hearthd sends.

#include "protocol/entities.h"
#include "protocol/syncpage.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

namespace hearth::testing {

class PageBuilder {
public:
    PageBuilder &community(const QString &id, const QString &name, int memberCount = 1) {
        protocol::Community c;
        c.id = id;
        c.slug = name.toLower();
        c.name = name;
        c.tagline = name + QStringLiteral(" tagline");
        c.memberCount = memberCount;
        c.createdAt = 1700000000000;
        add(protocol::ChangeType::Community, protocol::ChangeOp::Upsert, id, id, c.toJson());
        return *this;
    }
    // Any community as the directory lists it (visibility, cap, topics, organizers...).
    PageBuilder &community(const protocol::Community &c) {
        add(protocol::ChangeType::Community, protocol::ChangeOp::Upsert, c.id, c.id, c.toJson());
        return *this;
    }
    PageBuilder &membership(const QString &communityId, const QString &userId,
                            const QString &role = QStringLiteral("member"),
                            const QString &state = QStringLiteral("active")) {
        protocol::Membership m;
        m.communityId = communityId;
        m.userId = userId;
        m.role = role;
        m.state = state;
        add(protocol::ChangeType::Membership, protocol::ChangeOp::Upsert, m.id(), communityId,
            m.toJson());
        return *this;
    }
    PageBuilder &post(const QString &id, const QString &communityId, qint64 createdAt,
                      const QString &title, const QString &body = QStringLiteral("body"),
                      const QString &authorId = QStringLiteral("u-author")) {
        protocol::Post p;
        p.id = id;
        p.communityId = communityId;
        p.authorId = authorId;
        p.authorName = QStringLiteral("Ada");
        p.title = title;
        p.body = body;
        p.createdAt = createdAt;
        add(protocol::ChangeType::Post, protocol::ChangeOp::Upsert, id, communityId, p.toJson());
        return *this;
    }
    PageBuilder &pinnedPost(const QString &id, const QString &communityId, qint64 createdAt,
                            const QString &title) {
        protocol::Post p;
        p.id = id;
        p.communityId = communityId;
        p.authorId = QStringLiteral("u-author");
        p.authorName = QStringLiteral("Ada");
        p.title = title;
        p.body = QStringLiteral("body");
        p.pinned = true;
        p.createdAt = createdAt;
        add(protocol::ChangeType::Post, protocol::ChangeOp::Upsert, id, communityId, p.toJson());
        return *this;
    }
    PageBuilder &comment(const QString &id, const QString &postId, const QString &communityId,
                         const QString &body, const QString &parentId = {},
                         qint64 createdAt = 1700000000000, qint64 editedAt = 0) {
        protocol::Comment c;
        c.id = id;
        c.postId = postId;
        c.communityId = communityId;
        c.body = body;
        c.authorName = QStringLiteral("Bo");
        c.parentId = parentId;
        c.createdAt = createdAt;
        c.editedAt = editedAt;
        c.version = editedAt > 0 ? 2 : 1;
        add(protocol::ChangeType::Comment, protocol::ChangeOp::Upsert, id, communityId, c.toJson());
        return *this;
    }
    PageBuilder &user(const QString &id, const QString &handle, const QString &bio,
                      const QStringList &interests = {}, const QJsonArray &showcase = {},
                      int version = 1) {
        protocol::UserProfile u;
        u.version = version;
        u.id = id;
        u.handle = handle;
        u.displayName = handle;
        u.bio = bio;
        u.interests = interests;
        u.showcase = showcase;
        add(protocol::ChangeType::User, protocol::ChangeOp::Upsert, id, QString(), u.toJson());
        return *this;
    }
    PageBuilder &reaction(const QString &postId, const QString &communityId, const QString &userId,
                          const QString &emoji, qint64 createdAt = 1700000000000) {
        protocol::Reaction r;
        r.targetId = postId;
        r.targetType = QStringLiteral("post");
        r.postId = postId;
        r.communityId = communityId;
        r.userId = userId;
        r.emoji = emoji;
        r.createdAt = createdAt;
        add(protocol::ChangeType::Reaction, protocol::ChangeOp::Upsert, r.id(), communityId,
            r.toJson());
        return *this;
    }
    PageBuilder &event(const QString &id, const QString &communityId, const QString &title,
                       qint64 startsAt, int goingCount = 0, int capacity = 0) {
        protocol::Event e;
        e.id = id;
        e.communityId = communityId;
        e.creatorId = QStringLiteral("u-author");
        e.title = title;
        e.description = title + QStringLiteral(" description");
        e.startsAt = startsAt;
        e.endsAt = startsAt + 3600000;
        e.place = QStringLiteral("The workshop");
        e.capacity = capacity;
        e.goingCount = goingCount;
        e.createdAt = 1700000000000;
        add(protocol::ChangeType::Event, protocol::ChangeOp::Upsert, id, communityId, e.toJson());
        return *this;
    }
    PageBuilder &rsvp(const QString &eventId, const QString &communityId, const QString &userId,
                      const QString &status, qint64 respondedAt = 1700000000000) {
        protocol::Rsvp r;
        r.eventId = eventId;
        r.communityId = communityId;
        r.userId = userId;
        r.status = status;
        r.respondedAt = respondedAt;
        add(protocol::ChangeType::Rsvp, protocol::ChangeOp::Upsert, r.id(), communityId,
            r.toJson());
        return *this;
    }
    PageBuilder &notification(const QString &id, const QString &communityId, qint64 createdAt,
                              const QString &kind = QStringLiteral("reply"), qint64 readAt = 0) {
        protocol::Notification n;
        n.id = id;
        n.kind = kind;
        n.communityId = communityId;
        n.actorId = QStringLiteral("u-author");
        n.actorName = QStringLiteral("Ada");
        n.targetType = QStringLiteral("post");
        n.targetId = QStringLiteral("p-") + id;
        n.text = QStringLiteral("About ") + id;
        n.createdAt = createdAt;
        n.readAt = readAt;
        add(protocol::ChangeType::Notification, protocol::ChangeOp::Upsert, id, communityId,
            n.toJson());
        return *this;
    }
    // A report as hearthd sends it to organizers; resolved when `status` is not open.
    PageBuilder &report(const QString &id, const QString &communityId, const QString &targetType,
                        const QString &targetId, const QString &postId, const QString &reason,
                        qint64 createdAt = 1700000000000,
                        const QString &status = QStringLiteral("open"),
                        const QString &resolvedBy = {}, const QString &note = {},
                        qint64 resolvedAt = 0,
                        const QString &reporterId = QStringLiteral("u-reporter")) {
        protocol::Report r;
        r.id = id;
        r.communityId = communityId;
        r.reporterId = reporterId;
        r.targetType = targetType;
        r.targetId = targetId;
        r.postId = postId;
        r.reason = reason;
        r.status = status;
        r.resolvedBy = resolvedBy;
        r.note = note;
        r.createdAt = createdAt;
        r.resolvedAt = resolvedAt;
        add(protocol::ChangeType::Report, protocol::ChangeOp::Upsert, id, communityId, r.toJson());
        return *this;
    }
    // A member's alert settings as hearthd sends them to that member alone.
    PageBuilder &alerts(const QString &userId, const QMap<QString, QString> &levels,
                        bool digest = false, int version = 1) {
        protocol::AlertSettings a;
        a.userId = userId;
        a.levels = levels;
        a.digest = digest;
        a.version = version;
        add(protocol::ChangeType::Alerts, protocol::ChangeOp::Upsert, userId, {}, a.toJson());
        return *this;
    }
    PageBuilder &remove(const QString &type, const QString &id, const QString &communityId = {}) {
        add(type, protocol::ChangeOp::Delete, id, communityId, {});
        return *this;
    }
    PageBuilder &purge(const QString &communityId) {
        add(protocol::ChangeType::Community, protocol::ChangeOp::Purge, communityId, communityId,
            {});
        return *this;
    }
    QByteArray build(const QString &cursor, bool hasMore = false) const {
        protocol::SyncPage page = m_page;
        page.cursor = cursor;
        page.hasMore = hasMore;
        return page.toJson();
    }

    // A GET /v1/communities/{id}/history page: copies of current objects (seq 0), the position
    // of the next older page, and whether the community's first post was reached.
    QByteArray buildHistory(const QString &before, bool complete) const {
        QList<QByteArray> changes;
        for (const auto &c : m_page.changes) {
            protocol::Change copy = c;
            copy.seq = 0;
            changes.append(copy.toJson());
        }
        QByteArray out = "{\"changes\":[" + changes.join(',') + "],\"before\":";
        out += QJsonDocument(QJsonArray{before}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        out += complete ? ",\"complete\":true}" : ",\"complete\":false}";
        return out;
    }

private:
    void add(const QString &type, const QString &op, const QString &id, const QString &community,
             const QJsonObject &data) {
        m_page.changes.append({++m_seq, type, op, id, community, data});
    }

    protocol::SyncPage m_page;
    qint64 m_seq = 0;
};

} // namespace hearth::testing
