#pragma once
// Reads the current state of domain objects as their wire types (protocol/entities.h). Both the
// mutations (to write a change's payload) and join windows (to copy current objects) use it, so
// an object looks the same whichever path delivers it.

#include "protocol/entities.h"

#include <QStringList>
#include <optional>

namespace hearthd {

class Database;

class EntityReader {
public:
    explicit EntityReader(Database &db)
        : m_db(db) {}

    std::optional<hearth::protocol::UserProfile> user(const QString &id) const;
    std::optional<hearth::protocol::Community> community(const QString &id) const;
    // Its active owners and moderators as Community::organizers lists them.
    QJsonArray organizers(const QString &communityId) const;
    std::optional<hearth::protocol::Membership> membership(const QString &communityId,
                                                           const QString &userId) const;
    // Deleted posts and comments are not returned.
    std::optional<hearth::protocol::Post> post(const QString &id) const;
    std::optional<hearth::protocol::Comment> comment(const QString &id) const;

    bool communityExists(const QString &id) const;
    bool postExists(const QString &id) const; // including deleted ones: ids are never reused
    bool commentExists(const QString &id) const;
    bool slugTaken(const QString &slug) const;
    int activeMemberCount(const QString &communityId) const;
    int ownerCount(const QString &communityId) const;

    QStringList activeMemberIds(const QString &communityId) const;
    // The newest `limit` live posts of a community, oldest first.
    QStringList recentPostIds(const QString &communityId, int limit) const;
    QStringList commentIds(const QString &postId) const; // live, oldest first

private:
    Database &m_db;
};

} // namespace hearthd
