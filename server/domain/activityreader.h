#pragma once
// Reads reactions, events and RSVPs as their wire types (protocol/entities.h), for the mutations
// that write them and for join windows and history pages that copy them, so each looks the same
// whichever path delivers it.

#include "protocol/entities.h"

#include <QList>
#include <optional>

namespace hearthd {

class Database;

class ActivityReader {
public:
    explicit ActivityReader(Database &db)
        : m_db(db) {}

    // Reactions are keyed by the target's type and id: a post and a comment may share an id.
    std::optional<hearth::protocol::Reaction> reaction(const QString &targetType,
                                                       const QString &targetId,
                                                       const QString &userId,
                                                       const QString &emoji) const;
    // Reactions to a post and to its live comments, oldest first.
    QList<hearth::protocol::Reaction> reactionsOfPost(const QString &postId) const;
    // Every reaction to a post and to any of its comments, deleted ones too.
    QList<hearth::protocol::Reaction> allReactionsOfPost(const QString &postId) const;
    QList<hearth::protocol::Reaction> reactionsTo(const QString &targetType,
                                                  const QString &targetId) const;

    std::optional<hearth::protocol::Event> event(const QString &id) const;
    bool eventExists(const QString &id) const;
    QStringList eventIds(const QString &communityId) const; // by start time
    std::optional<hearth::protocol::Rsvp> rsvp(const QString &eventId, const QString &userId) const;
    QList<hearth::protocol::Rsvp> rsvps(const QString &eventId) const; // in arrival order
    int countRsvps(const QString &eventId, const QString &status) const;

private:
    Database &m_db;
};

} // namespace hearthd
