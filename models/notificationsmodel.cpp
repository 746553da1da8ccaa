#include "notificationsmodel.h"

#include "cache/cacheactions.h"

#include <QDateTime>

namespace hearth::models {

using hearth::cache::CacheActions;
using hearth::cache::ChangeSet;
using hearth::cache::NotificationRow;
using hearth::cache::NotificationsQuery;

NotificationsModel::NotificationsModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> NotificationsModel::roleNames() const {
    return {{NotificationIdRole, "notificationId"},
            {KindRole, "kind"},
            {CommunityIdRole, "communityId"},
            {ActorNameRole, "actorName"},
            {TargetTypeRole, "targetType"},
            {TargetIdRole, "targetId"},
            {TextRole, "text"},
            {CreatedAtRole, "createdAt"},
            {ReadRole, "read"},
            {CommunityNameRole, "communityName"}};
}

void NotificationsModel::setUnreadOnly(bool unreadOnly) {
    if (m_unreadOnly == unreadOnly)
        return;
    m_unreadOnly = unreadOnly;
    reload();
    Q_EMIT unreadOnlyChanged();
}

void NotificationsModel::setPageSize(int pageSize) {
    pageSize = qMax(1, pageSize);
    if (m_pageSize == pageSize)
        return;
    m_pageSize = pageSize;
    Q_EMIT pageSizeChanged();
}

QList<CacheRowModel::Row> NotificationsModel::rowsOf(const NotificationsQuery &query) const {
    QList<Row> rows;
    if (!store())
        return rows;
    const QList<NotificationRow> notifications = query.run(store()->readConnection());
    rows.reserve(notifications.size());
    for (const NotificationRow &n : notifications) {
        Row row;
        row.key = n.id;
        row.order = n.createdAt;
        row.values = {n.id,          n.kind,
                      n.communityId, n.actorName,
                      n.targetType,  n.targetId,
                      n.text,        QDateTime::fromMSecsSinceEpoch(n.createdAt),
                      n.read,        n.communityName};
        rows.append(std::move(row));
    }
    return rows;
}

QList<CacheRowModel::Row> NotificationsModel::loadInitialRows() {
    // Every reload (another store, a resync, a sync or a read) may change the count too.
    updateUnreadCount();
    NotificationsQuery query;
    query.unreadOnly = m_unreadOnly;
    query.limit = m_pageSize;
    QList<Row> rows = rowsOf(query);
    m_atEnd = rows.size() < m_pageSize;
    return rows;
}

bool NotificationsModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && store() && !m_atEnd;
}

void NotificationsModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent) || isNotifying())
        return;
    NotificationsQuery query;
    query.unreadOnly = m_unreadOnly;
    query.limit = m_pageSize;
    if (!rows().isEmpty())
        query.after =
            NotificationsQuery::Position{rows().constLast().order, rows().constLast().key};
    const QList<Row> more = rowsOf(query);
    m_atEnd = more.size() < m_pageSize; // before rows are inserted (re-entrant fetchMore)
    appendRows(more);
}

void NotificationsModel::cacheChanged(const ChangeSet &changes) {
    // A community's name shows on its notifications.
    bool renamed = false;
    for (auto it = rows().cbegin(); !renamed && it != rows().cend(); ++it)
        renamed = changes.communities.contains(
            it->values.at(CommunityIdRole - (Qt::UserRole + 1)).toString());
    // So does the name of whoever acted, as their profile says now (re-reading the few loaded
    // rows costs less than knowing whose they are).
    if (!changes.notifications && !renamed && changes.users.isEmpty())
        return;
    updateUnreadCount();
    // Notifications are few and a write says only that some changed: re-read the loaded range
    // (new ones at the top come in, read ones change in place) and apply the difference.
    if (rows().isEmpty()) {
        applyRows(loadInitialRows());
        return;
    }
    NotificationsQuery query;
    query.unreadOnly = m_unreadOnly;
    query.upTo = NotificationsQuery::Position{rows().constLast().order, rows().constLast().key};
    query.limit = -1;
    applyRows(rowsOf(query));
}

void NotificationsModel::updateUnreadCount() {
    int count = 0;
    QVariantMap byCommunity;
    if (store()) {
        const QHash<QString, int> counts =
            NotificationsQuery::unreadByCommunity(store()->readConnection());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            count += it.value();
            byCommunity.insert(it.key(), it.value());
        }
    }
    if (count == m_unreadCount && byCommunity == m_unreadByCommunity)
        return;
    m_unreadCount = count;
    m_unreadByCommunity = byCommunity;
    Q_EMIT unreadCountChanged();
}

void NotificationsModel::markRead(const QString &id) {
    CacheActions(store()).markNotificationRead(id);
}

void NotificationsModel::markAllRead() {
    CacheActions(store()).markAllNotificationsRead();
}

} // namespace hearth::models
