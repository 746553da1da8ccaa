#pragma once
// The member's notifications (replies, mentions, join requests, event reminders), newest first,
// with the number still unread. Updated in place when notifications sync in or are read; marking
// read goes through the outbox (notification.markRead) and shows at once.
//
//   NotificationsModel { store: AppContext.store; unreadOnly: filter.checked }

#include "cacherowmodel.h"

namespace hearth::models {

class NotificationsModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    // false (the default): every cached notification; true: only the unread ones.
    Q_PROPERTY(bool unreadOnly READ unreadOnly WRITE setUnreadOnly NOTIFY unreadOnlyChanged)
    // Notifications not read yet (whatever unreadOnly shows).
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
    // The unread ones per community: {communityId: count}, only communities with some.
    Q_PROPERTY(QVariantMap unreadByCommunity READ unreadByCommunity NOTIFY unreadCountChanged)

public:
    enum Role {
        NotificationIdRole = Qt::UserRole + 1, // QString
        KindRole,                              // QString: reply | mention | join_request |
                                               //          event_reminder
        CommunityIdRole,                       // QString
        ActorNameRole,                         // QString: "" for event reminders
        TargetTypeRole,                        // QString: post | comment | event | membership
        TargetIdRole,                          // QString
        TextRole,                              // QString: a short excerpt
        CreatedAtRole,                         // QDateTime (local time)
        ReadRole,                              // bool
        CommunityNameRole,                     // QString: "" when the community is not cached
    };
    Q_ENUM(Role)

    explicit NotificationsModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    bool unreadOnly() const { return m_unreadOnly; }
    void setUnreadOnly(bool unreadOnly);
    int unreadCount() const { return m_unreadCount; }
    QVariantMap unreadByCommunity() const { return m_unreadByCommunity; }

    // Marks one unread notification read through the outbox; it shows read at once. Does nothing
    // for a notification that is read already or not cached, or without a store.
    Q_INVOKABLE void markRead(const QString &id);
    // Marks every notification read through the outbox (nothing when none is unread).
    Q_INVOKABLE void markAllRead();

Q_SIGNALS:
    void unreadOnlyChanged();
    void unreadCountChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;

private:
    void updateUnreadCount();

    bool m_unreadOnly = false;
    int m_unreadCount = 0;
    QVariantMap m_unreadByCommunity;
};

} // namespace hearth::models
