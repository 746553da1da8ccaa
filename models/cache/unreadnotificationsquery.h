#pragma once
// Unread notifications created at or after a time, oldest first, with the names a desktop alert
// needs (the community's, and for an event reminder the event's start).

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hearth::cache {

struct UnreadNotification {
    QString id;
    QString kind; // reply | mention | join_request | event_reminder | ...
    QString communityId;
    QString communityName;
    QString actorName;
    QString text;
    QString targetType;
    QString targetId;
    qint64 createdAt = 0;
    qint64 eventStartsAt = 0; // event reminders: when it starts (0 when not cached)
};

struct UnreadNotificationsQuery {
    qint64 since = 0;

    QList<UnreadNotification> run(const QSqlDatabase &db) const;
    // The newest created_at of any notification (read or not), 0 when there is none.
    static qint64 newest(const QSqlDatabase &db);
};

} // namespace hearth::cache
