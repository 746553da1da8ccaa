#include "membersmodel.h"

#include "cache/cacheactions.h"
#include "cache/membersquery.h"

#include <QDateTime>

namespace hearth::models {

using hearth::cache::CacheActions;
using hearth::cache::ChangeSet;
using hearth::cache::MemberRow;
using hearth::cache::MembersQuery;

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
    MembersQuery query;
    query.communityId = m_communityId;
    query.includeInactive = m_includeInactive;
    query.search = m_search;
    const QList<MemberRow> members = query.run(store()->readConnection());
    const QString me = store()->localUserId();
    rows.reserve(members.size());
    for (const MemberRow &m : members) {
        Row row;
        row.key = m.userId;
        row.values = {m.userId,
                      m.handle,
                      m.displayName,
                      m.bio,
                      m.role,
                      m.state,
                      QDateTime::fromMSecsSinceEpoch(m.joinedAt),
                      m.userId == me};
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

QString MembersModel::approve(const QString &userId) {
    return m_communityId.isEmpty() ? QString()
                                   : CacheActions(store()).approve(m_communityId, userId);
}

QString MembersModel::deny(const QString &userId) {
    return m_communityId.isEmpty() ? QString() : CacheActions(store()).deny(m_communityId, userId);
}

QString MembersModel::remove(const QString &userId, const QString &reason) {
    return m_communityId.isEmpty() ? QString()
                                   : CacheActions(store()).remove(m_communityId, userId, reason);
}

QString MembersModel::ban(const QString &userId, const QString &reason) {
    return m_communityId.isEmpty() ? QString()
                                   : CacheActions(store()).ban(m_communityId, userId, reason);
}

QString MembersModel::unban(const QString &userId) {
    return m_communityId.isEmpty() ? QString() : CacheActions(store()).unban(m_communityId, userId);
}

QString MembersModel::setRole(const QString &userId, const QString &role) {
    return m_communityId.isEmpty() ? QString()
                                   : CacheActions(store()).setRole(m_communityId, userId, role);
}

} // namespace hearth::models
