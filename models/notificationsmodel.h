#pragma once
// The member's notifications (replies, mentions, join requests, event reminders), newest first,
// with the number still unread. Pages through the cache (canFetchMore/fetchMore, keyset over
// notifications_created) and updates the loaded rows in place when notifications sync in or are
// read; marking read goes through the outbox (notification.markRead) and shows at once.
//
//   NotificationsModel { store: AppContext.store; unreadOnly: filter.checked }

#include "cacherowmodel.h"

#include "cache/notificationsquery.h"

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
    // Rows loaded per fetchMore (default 50).
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)

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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool unreadOnly() const { return m_unreadOnly; }
    void setUnreadOnly(bool unreadOnly);
    int unreadCount() const { return m_unreadCount; }
    QVariantMap unreadByCommunity() const { return m_unreadByCommunity; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int pageSize);

    // Marks one unread notification read through the outbox; it shows read at once. Does nothing
    // for a notification that is read already or not cached, or without a store.
    Q_INVOKABLE void markRead(const QString &id);
    // Marks every notification read through the outbox (nothing when none is unread).
    Q_INVOKABLE void markAllRead();

Q_SIGNALS:
    void unreadOnlyChanged();
    void unreadCountChanged();
    void pageSizeChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;

private:
    void updateUnreadCount();
    QList<Row> rowsOf(const hearth::cache::NotificationsQuery &query) const;

    bool m_unreadOnly = false;
    int m_unreadCount = 0;
    QVariantMap m_unreadByCommunity;
    int m_pageSize = 50;
    bool m_atEnd = true; // every notification (of the filter) is loaded
};

} // namespace hearth::models
