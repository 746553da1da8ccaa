#pragma once
// The member's notifications, newest first, in keyset pages over notifications_created (or, for
// unread ones only, the partial index notifications_unread), and the number still unread, counted
// over that partial index rather than over every notification.

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace hearth::cache {

struct NotificationRow {
    QString id;
    QString kind; // reply | mention | join_request | event_reminder
    QString communityId;
    QString actorName;  // "" for event reminders
    QString targetType; // post | comment | event | membership
    QString targetId;
    QString text; // a short excerpt
    qint64 createdAt = 0;
    bool read = false;
    QString communityName; // "" when the community is not cached
};

struct NotificationsQuery {
    struct Position {
        qint64 createdAt = 0;
        QString id;
    };

    bool unreadOnly = false;
    std::optional<Position> after; // only notifications after this one (older)
    std::optional<Position> upTo;  // only notifications up to and including this one
    int limit = 50;                // -1: no limit

    QList<NotificationRow> run(const QSqlDatabase &db) const;
    static int unreadCount(const QSqlDatabase &db);
    // The unread ones per community id, only communities with some.
    static QHash<QString, int> unreadByCommunity(const QSqlDatabase &db);
};

} // namespace hearth::cache
