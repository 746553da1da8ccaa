#include "membersmodel.h"

#include "modelslogging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace hearth::models {

using hearth::cache::ChangeSet;

MembersModel::MembersModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> MembersModel::roleNames() const {
    return {{UserIdRole, "userId"},     {HandleRole, "handle"}, {DisplayNameRole, "displayName"},
            {BioRole, "bio"},           {RoleRole, "role"},     {StateRole, "state"},
            {JoinedAtRole, "joinedAt"}, {IsMeRole, "isMe"}};
}

void MembersModel::setCommunityId(const QString &communityId) {
    if (m_communityId == communityId)
        return;
    m_communityId = communityId;
    reload();
    Q_EMIT communityIdChanged();
}

void MembersModel::setIncludeInactive(bool includeInactive) {
    if (m_includeInactive == includeInactive)
        return;
    m_includeInactive = includeInactive;
    reload();
    Q_EMIT includeInactiveChanged();
}

// Typing filters in place: members who still match keep their rows.
void MembersModel::setSearch(const QString &search) {
    if (m_search == search)
        return;
    m_search = search;
    applyRows(loadInitialRows());
    Q_EMIT searchChanged();
}

QList<CacheRowModel::Row> MembersModel::loadInitialRows() {
    QList<Row> rows;
    if (!store() || m_communityId.isEmpty())
        return rows;
    QString sql = QStringLiteral(
        "SELECT m.user_id, coalesce(u.handle, ''), coalesce(nullif(u.display_name, ''), u.handle, "
        "''),"
        " coalesce(u.bio, ''), m.role, m.state, m.joined_at"
        " FROM memberships m LEFT JOIN users u ON u.id = m.user_id WHERE m.community_id = ?");
    if (!m_includeInactive)
        sql += QStringLiteral(" AND m.state = 'active'");
    sql += QStringLiteral(
        " ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'moderator' THEN 1 ELSE 2 END,"
        " coalesce(nullif(u.display_name, ''), u.handle, m.user_id) COLLATE NOCASE,"
        " m.user_id");
    QSqlQuery q(store()->readConnection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(m_communityId);
    if (!q.exec()) {
        qCWarning(lcModels) << "members query failed:" << q.lastError().text();
        return rows;
    }
    const QString me = store()->localUserId();
    // Filtered here rather than with LIKE, which ignores case only for ASCII ("Ö" vs "ö").
    const QString needle = m_search.trimmed();
    while (q.next()) {
        if (!needle.isEmpty() && !q.value(1).toString().contains(needle, Qt::CaseInsensitive) &&
            !q.value(2).toString().contains(needle, Qt::CaseInsensitive))
            continue;
        Row row;
        row.key = q.value(0).toString();
        row.values = {row.key,
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toString(),
                      QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong()),
                      row.key == me};
        rows.append(std::move(row));
    }
    return rows;
}

void MembersModel::cacheChanged(const ChangeSet &changes) {
    if (m_communityId.isEmpty())
        return;
    bool touched = changes.communities.contains(m_communityId) ||
                   changes.purgedCommunities.contains(m_communityId);
    for (auto it = changes.users.cbegin(); !touched && it != changes.users.cend(); ++it)
        touched = containsKey(*it);
    if (touched)
        applyRows(loadInitialRows());
}

} // namespace hearth::models
