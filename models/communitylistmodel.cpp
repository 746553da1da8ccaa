#include "communitylistmodel.h"

#include "modelslogging.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hearth::models {

using hearth::cache::ChangeSet;

CommunityListModel::CommunityListModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> CommunityListModel::roleNames() const {
    return {{CommunityIdRole, "communityId"},
            {NameRole, "name"},
            {SlugRole, "slug"},
            {TaglineRole, "tagline"},
            {MemberCountRole, "memberCount"},
            {RoleRole, "role"},
            {PostCountRole, "postCount"},
            {VisibilityRole, "visibility"},
            {DescriptionRole, "description"},
            {MembershipStateRole, "membershipState"},
            {JoinedRole, "joined"},
            {PendingRole, "pending"},
            {UnreadCountRole, "unreadCount"},
            {GuidelinesRole, "guidelines"},
            {WelcomeRole, "welcome"},
            {MemberCapRole, "memberCap"},
            {KeepOfflineRole, "keepOffline"},
            {HistoryCompleteRole, "historyComplete"}};
}

void CommunityListModel::setJoinedOnly(bool joinedOnly) {
    if (m_joinedOnly == joinedOnly)
        return;
    m_joinedOnly = joinedOnly;
    reload();
    Q_EMIT joinedOnlyChanged();
}

QList<CacheRowModel::Row> CommunityListModel::loadInitialRows() {
    QList<Row> rows;
    if (!store())
        return rows;
    QString sql = QStringLiteral(
        "SELECT c.id, c.name, c.slug, c.tagline, c.member_count, coalesce(m.role, ''),"
        " (SELECT count(*) FROM posts p WHERE p.community_id = c.id), c.visibility, c.description,"
        " coalesce(m.state, ''),"
        " EXISTS(SELECT 1 FROM outbox o WHERE o.target_id = c.id AND o.state = 'pending'),"
        " (SELECT count(*) FROM posts u WHERE u.community_id = c.id AND u.author_id <> ?"
        "  AND u.created_at > coalesce(s.last_read_at, 0)),"
        " c.guidelines, c.welcome, c.member_cap, coalesce(s.keep_offline, 0),"
        " coalesce(s.history_complete, 0)"
        " FROM communities c LEFT JOIN memberships m ON m.community_id = c.id AND m.user_id = ?"
        " LEFT JOIN community_state s ON s.community_id = c.id");
    if (m_joinedOnly)
        sql += QStringLiteral(" WHERE m.state IN ('active', 'pending')");
    sql += QStringLiteral(
        " ORDER BY (m.state IS NULL OR m.state <> 'active'), c.name COLLATE NOCASE, c.id");
    QSqlQuery q(store()->readConnection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(store()->localUserId());
    q.addBindValue(store()->localUserId());
    if (!q.exec()) {
        qCWarning(lcModels) << "community query failed:" << q.lastError().text();
        return rows;
    }
    int totalPosts = 0;
    while (q.next()) {
        Row row;
        row.key = q.value(0).toString();
        const QString state = q.value(9).toString();
        totalPosts += q.value(6).toInt();
        row.values = {row.key,
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toInt(),
                      q.value(5).toString(),
                      q.value(6).toInt(),
                      q.value(7).toString(),
                      q.value(8).toString(),
                      state,
                      state == QLatin1StringView("active"),
                      q.value(10).toBool(),
                      q.value(11).toInt(),
                      q.value(12).toString(),
                      q.value(13).toString(),
                      q.value(14).toInt(),
                      q.value(15).toBool(),
                      q.value(16).toBool()};
        rows.append(std::move(row));
    }
    if (totalPosts != m_totalPostCount) {
        m_totalPostCount = totalPosts;
        Q_EMIT totalPostCountChanged();
    }
    return rows;
}

void CommunityListModel::cacheChanged(const ChangeSet &changes) {
    if (changes.communities.isEmpty() && changes.purgedCommunities.isEmpty())
        return;
    applyRows(loadInitialRows());
}

QString CommunityListModel::join(const QString &communityId) {
    if (!store() || communityId.isEmpty())
        return {};
    return store()->enqueueMutation(QStringLiteral("membership.join"),
                                    {{QStringLiteral("communityId"), communityId}});
}

QString CommunityListModel::leave(const QString &communityId) {
    if (!store() || communityId.isEmpty())
        return {};
    return store()->enqueueMutation(QStringLiteral("membership.leave"),
                                    {{QStringLiteral("communityId"), communityId}});
}

void CommunityListModel::markRead(const QString &communityId) {
    if (store() && !communityId.isEmpty())
        store()->markCommunityRead(communityId);
}

QString CommunityListModel::createCommunity(const QString &name, const QString &slug,
                                            const QString &tagline, const QString &description,
                                            const QString &visibility) {
    if (!store() || name.trimmed().isEmpty())
        return {};
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    store()->enqueueMutation(QStringLiteral("community.create"),
                             {{QStringLiteral("id"), id},
                              {QStringLiteral("slug"), slug},
                              {QStringLiteral("name"), name.trimmed()},
                              {QStringLiteral("tagline"), tagline},
                              {QStringLiteral("description"), description},
                              {QStringLiteral("visibility"), visibility}});
    return id;
}

void CommunityListModel::setKeepOffline(const QString &communityId, bool keep) {
    if (store() && !communityId.isEmpty())
        store()->setKeepOffline(communityId, keep);
}

int CommunityListModel::indexOf(const QString &communityId) const {
    for (int i = 0; i < rows().size(); ++i) {
        if (rows().at(i).key == communityId)
            return i;
    }
    return -1;
}

QString CommunityListModel::communityIdAt(int row) const {
    return row >= 0 && row < rows().size() ? rows().at(row).key : QString();
}

QString CommunityListModel::nameOf(const QString &communityId) const {
    const int row = indexOf(communityId);
    return row < 0 ? QString() : rows().at(row).values.at(NameRole - (Qt::UserRole + 1)).toString();
}

} // namespace hearth::models
