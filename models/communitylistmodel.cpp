#include "communitylistmodel.h"

#include "cache/cacheactions.h"
#include "cache/communitylistquery.h"

namespace hearth::models {

using hearth::cache::CacheActions;
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
            {HistoryCompleteRole, "historyComplete"},
            {MustAcceptGuidelinesRole, "mustAcceptGuidelines"}};
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
    int totalPosts = 0;
    for (const CommunityRow &c : communities) {
        totalPosts += c.postCount;
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
                      c.historyComplete,
                      c.mustAcceptGuidelines};
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
    return CacheActions(store()).join(communityId);
}

QString CommunityListModel::acceptGuidelines(const QString &communityId) {
    return CacheActions(store()).acceptGuidelines(communityId);
}

QString CommunityListModel::leave(const QString &communityId) {
    return CacheActions(store()).leave(communityId);
}

void CommunityListModel::markRead(const QString &communityId) {
    CacheActions(store()).markCommunityRead(communityId);
}

QString CommunityListModel::createCommunity(const QString &name, const QString &slug,
                                            const QString &tagline, const QString &description,
                                            const QString &visibility) {
    hearth::protocol::CommunityCreateArgs args;
    args.name = name;
    args.slug = slug;
    args.tagline = tagline;
    args.description = description;
    args.visibility = visibility;
    return CacheActions(store()).createCommunity(args);
}

void CommunityListModel::setKeepOffline(const QString &communityId, bool keep) {
    CacheActions(store()).setKeepOffline(communityId, keep);
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
