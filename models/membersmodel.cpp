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
    return {{UserIdRole, "userId"},
            {HandleRole, "handle"},
            {DisplayNameRole, "displayName"},
            {BioRole, "bio"},
            {RoleRole, "role"},
            {StateRole, "memberState"},
            {JoinedAtRole, "joinedAt"},
            {IsMeRole, "isMe"},
            {PostCountRole, "postCount"},
            {DecisionRole, "decision"},
            {DecisionIdRole, "decisionId"},
            {DecisionFailedRole, "decisionFailed"},
            {DecisionErrorRole, "decisionError"}};
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

void MembersModel::setRoleFilter(const QString &role) {
    if (m_roleFilter == role)
        return;
    m_roleFilter = role;
    applyRows(loadInitialRows());
    Q_EMIT filtersChanged();
}

void MembersModel::setStateFilter(const QString &state) {
    if (m_stateFilter == state)
        return;
    m_stateFilter = state;
    applyRows(loadInitialRows());
    Q_EMIT filtersChanged();
}

QList<CacheRowModel::Row> MembersModel::loadInitialRows() {
    QList<Row> rows;
    if (!store() || m_communityId.isEmpty())
        return rows;
    MembersQuery query;
    query.communityId = m_communityId;
    query.includeInactive = m_includeInactive;
    query.search = m_search;
    query.role = m_roleFilter;
    query.state = m_stateFilter;
    const QList<MemberRow> members = query.run(store()->readConnection());
    const auto seats = hearth::cache::SeatsQuery{m_communityId}.run(store()->readConnection());
    if (seats.cap != m_memberCap || seats.taken != m_seatsTaken) {
        m_memberCap = seats.cap;
        m_seatsTaken = seats.taken;
        Q_EMIT seatsChanged();
    }
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
                      m.userId == me,
                      m.postCount,
                      m.decision,
                      m.decisionId,
                      m.decisionState == QLatin1StringView("failed"),
                      m.decisionError};
        rows.append(std::move(row));
    }
    return rows;
}

void MembersModel::cacheChanged(const ChangeSet &changes) {
    if (m_communityId.isEmpty())
        return;
    bool touched = changes.communities.contains(m_communityId) ||
                   changes.feeds.contains(m_communityId) || // post counts
                   changes.purgedCommunities.contains(m_communityId);
    for (auto it = changes.users.cbegin(); !touched && it != changes.users.cend(); ++it)
        touched = containsKey(*it);
    if (touched)
        applyRows(loadInitialRows());
}

// A decision sent, refused, retried or discarded.
void MembersModel::outboxUpdated() {
    applyRows(loadInitialRows());
}

QString MembersModel::approve(const QString &userId) {
    return m_communityId.isEmpty() ? QString()
                                   : CacheActions(store()).approve(m_communityId, userId);
}

QString MembersModel::deny(const QString &userId, const QString &reason) {
    return m_communityId.isEmpty() ? QString()
                                   : CacheActions(store()).deny(m_communityId, userId, reason);
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
