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
            {ReadRole, "read"}};
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
        "SELECT id, kind, community_id, actor_name, target_type, target_id, text, created_at,"
        " read_at FROM notifications%1 ORDER BY created_at DESC, id DESC");
    if (!q.exec(sql.arg(m_unreadOnly ? QStringLiteral(" WHERE read_at = 0") : QString()))) {
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
                      q.value(8).toLongLong() != 0};
        rows.append(std::move(row));
    }
    return rows;
}

void NotificationsModel::cacheChanged(const ChangeSet &changes) {
    if (!changes.reset && !changes.notifications)
        return;
    applyRows(loadInitialRows());
}

void NotificationsModel::updateUnreadCount() {
    int count = 0;
    if (store()) {
        QSqlQuery q(store()->readConnection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM notifications WHERE read_at = 0")) &&
            q.next())
            count = q.value(0).toInt();
        else
            qCWarning(lcModels) << "unread notifications query failed:" << q.lastError().text();
    }
    if (count == m_unreadCount)
        return;
    m_unreadCount = count;
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
