#include "notificationsmodel.h"

#include "modelslogging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hearth::models {

using hearth::cache::ChangeSet;

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

QList<CacheRowModel::Row> NotificationsModel::loadInitialRows() {
    // Every reload (another store, a resync, a sync or a read) may change the count too.
    updateUnreadCount();
    QList<Row> rows;
    if (!store())
        return rows;
    QSqlQuery q(store()->readConnection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT n.id, n.kind, n.community_id, n.actor_name, n.target_type, n.target_id, n.text,"
        " n.created_at, n.read_at, coalesce(c.name, '') FROM notifications n"
        " LEFT JOIN communities c ON c.id = n.community_id%1"
        " ORDER BY n.created_at DESC, n.id DESC");
    if (!q.exec(sql.arg(m_unreadOnly ? QStringLiteral(" WHERE n.read_at = 0") : QString()))) {
        qCWarning(lcModels) << "notifications query failed:" << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        Row row;
        row.key = q.value(0).toString();
        row.order = q.value(7).toLongLong();
        row.values = {row.key,
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toString(),
                      q.value(6).toString(),
                      QDateTime::fromMSecsSinceEpoch(row.order),
                      q.value(8).toLongLong() != 0,
                      q.value(9).toString()};
        rows.append(std::move(row));
    }
    return rows;
}

void NotificationsModel::cacheChanged(const ChangeSet &changes) {
    // A community's name shows on its notifications.
    if (!changes.reset && !changes.notifications && changes.communities.isEmpty())
        return;
    applyRows(loadInitialRows());
}

void NotificationsModel::updateUnreadCount() {
    int count = 0;
    QVariantMap byCommunity;
    if (store()) {
        QSqlQuery q(store()->readConnection());
        if (q.exec(QStringLiteral("SELECT community_id, count(*) FROM notifications"
                                  " WHERE read_at = 0 GROUP BY community_id"))) {
            while (q.next()) {
                count += q.value(1).toInt();
                byCommunity.insert(q.value(0).toString(), q.value(1).toInt());
            }
        } else {
            qCWarning(lcModels) << "unread notifications query failed:" << q.lastError().text();
        }
    }
    if (count == m_unreadCount && byCommunity == m_unreadByCommunity)
        return;
    m_unreadCount = count;
    m_unreadByCommunity = byCommunity;
    Q_EMIT unreadCountChanged();
}

void NotificationsModel::markRead(const QString &id) {
    if (!store()) {
        qCWarning(lcModels) << "markRead without a store";
        return;
    }
    QSqlQuery q(store()->readConnection());
    q.prepare(QStringLiteral("SELECT 1 FROM notifications WHERE id = ? AND read_at = 0"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return;
    store()->enqueueMutation(QStringLiteral("notification.markRead"),
                             {{QStringLiteral("ids"), QJsonArray{id}}});
}

void NotificationsModel::markAllRead() {
    if (!store()) {
        qCWarning(lcModels) << "markAllRead without a store";
        return;
    }
    updateUnreadCount();
    if (m_unreadCount == 0)
        return;
    store()->enqueueMutation(QStringLiteral("notification.markRead"),
                             {{QStringLiteral("all"), true}});
}

} // namespace hearth::models
