#pragma once
// The audit log of one community as last fetched (GET /v1/communities/{id}/audit), newest first,
// optionally only one person's actions or one kind of action: who did it (their name as the cache
// holds it), to what (a member's name, a post's title, an event's title where the cache has
// them) and why. Entries are few (the server sends the newest 200), so it is read whole.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hearth::cache {

struct AuditRow {
    QString id;
    QString action; // the mutation's name: membership.ban, post.pin, ...
    QString actorId;
    QString actorName; // display name, else handle; "" when the profile is not cached
    QString targetId;
    // What the target is, from the action: user (membership.*), post, comment, event, invite,
    // report or community.
    QString targetType;
    // A member's name, a post's title (or the start of its body), an event's title; "" when the
    // cache does not hold it (a removed post, an uncached profile).
    QString targetLabel;
    QString reason;
    qint64 createdAt = 0;
};

struct AuditQuery {
    QString communityId;
    QString actorId; // "" for everyone
    QString action;  // "" for every action

    QList<AuditRow> run(const QSqlDatabase &db) const;

    // When the log was last fetched (ms since the epoch; 0: never).
    static qint64 fetchedAt(const QSqlDatabase &db, const QString &communityId);
    // The people and the actions the fetched log holds, for its filters: actors as
    // "id\tname" pairs, by name; actions by name.
    static QStringList actors(const QSqlDatabase &db, const QString &communityId);
    static QStringList actions(const QSqlDatabase &db, const QString &communityId);
    // The target type an action names (see AuditRow::targetType).
    static QString targetTypeOf(const QString &action);
};

} // namespace hearth::cache
