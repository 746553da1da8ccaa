#pragma once
// What a domain action runs with: the database (inside the caller's transaction), the change log,
// the reader of current objects, who acts and when. Its emit* functions append the current state
// of an object to the change log with the scope that object's readers need, so every action
// describes its effect the same way.

#include "protocol/mutation.h"
#include "server/domain/changelog.h"
#include "server/domain/domainerror.h"
#include "server/domain/entityreader.h"

#include <QJsonObject>

namespace hearthd {

class Database;

struct MutationContext {
    Database &db;
    ChangeLog &log;
    EntityReader &reader;
    QString userId; // the actor
    qint64 now = 0; // ms since the epoch; the time the action takes effect

    void emitUser(const QString &userId);
    void emitCommunity(const QString &communityId);
    void emitMembership(const QString &communityId, const QString &userId);
    void emitMembershipRemoved(const QString &communityId, const QString &userId);
    void emitPost(const QString &postId);
    void emitPostDeleted(const QString &postId, const QString &communityId);
    void emitComment(const QString &commentId);
    void emitCommentDeleted(const QString &commentId, const QString &communityId);
    void emitReaction(const hearth::protocol::Reaction &reaction);
    void emitReactionRemoved(const hearth::protocol::Reaction &reaction);
    void emitEvent(const QString &eventId);
    void emitRsvp(const QString &eventId, const QString &userId);
    // Direct rows for one reader (join windows, purge instructions).
    void emitDirect(const QString &audience, const QString &type, const QString &op,
                    const QString &id, const QString &community, const QByteArray &data);

    static QByteArray compact(const QJsonObject &object);
    static hearth::protocol::MutationResult applied(const QJsonObject &result);
    static hearth::protocol::MutationResult rejected(const DomainError &error);
};

} // namespace hearthd
