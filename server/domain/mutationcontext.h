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
    // A tombstone; it also supersedes the rows of `dependents` ({type, id}: a post's comments,
    // the reactions to them), which clients drop together with it.
    void emitPostDeleted(const QString &postId, const QString &communityId,
                         const QList<std::pair<QString, QString>> &dependents = {});
    void emitComment(const QString &commentId);
    void emitCommentDeleted(const QString &commentId, const QString &communityId,
                            const QList<std::pair<QString, QString>> &dependents = {});
    void emitReaction(const hearth::protocol::Reaction &reaction);
    void emitReactionRemoved(const hearth::protocol::Reaction &reaction);
    void emitEvent(const QString &eventId);
    void emitRsvp(const QString &eventId, const QString &userId);
    // A row for one reader, served to them while `scope` admits them: Members for a join
    // window's copies, Organizers for an organizer window's, Direct (always) for a purge.
    void emitDirect(const QString &audience, LogEntry::Scope scope, const QString &type,
                    const QString &op, const QString &id, const QString &community,
                    const QByteArray &data);

    static QByteArray compact(const QJsonObject &object);
    static hearth::protocol::MutationResult applied(const QJsonObject &result);
    static hearth::protocol::MutationResult rejected(const DomainError &error);
};

} // namespace hearthd
