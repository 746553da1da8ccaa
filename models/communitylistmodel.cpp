#include "communitylistmodel.h"

#include "modelslogging.h"

#include "cache/communitylistquery.h"

#include <QJsonObject>
#include <QUuid>

namespace hearth::models {

using hearth::cache::ChangeSet;
using hearth::cache::CommunityListQuery;
using hearth::cache::CommunityRow;

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
    CommunityListQuery query;
    query.localUserId = store()->localUserId();
    query.joinedOnly = m_joinedOnly;
    const QList<CommunityRow> communities = query.run(store()->readConnection());
    rows.reserve(communities.size());
    for (const CommunityRow &c : communities) {
        Row row;
        row.key = c.id;
        row.values = {c.id,
                      c.name,
                      c.slug,
                      c.tagline,
                      c.memberCount,
                      c.myRole,
                      c.postCount,
                      c.visibility,
                      c.description,
                      c.membershipState,
                      c.membershipState == QLatin1StringView("active"),
                      c.pending,
                      c.unreadCount,
                      c.guidelines,
                      c.welcome,
                      c.memberCap,
                      c.keepOffline,
                      c.historyComplete};
        rows.append(std::move(row));
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

} // namespace hearth::models
