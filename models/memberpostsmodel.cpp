#include "memberpostsmodel.h"

#include "cache/memberpostsquery.h"

#include <QDateTime>

namespace hearth::models {

using hearth::cache::ChangeSet;
using hearth::cache::MemberPostsQuery;

MemberPostsModel::MemberPostsModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> MemberPostsModel::roleNames() const {
    return {{PostIdRole, "postId"},
            {CommunityIdRole, "communityId"},
            {CommunityNameRole, "communityName"},
            {AuthorIdRole, "authorId"},
            {AuthorNameRole, "authorName"},
            {KindRole, "kind"},
            {TitleRole, "title"},
            {BodyRole, "body"},
            {CreatedAtRole, "createdAt"},
            {CommentCountRole, "commentCount"},
            {PinnedRole, "pinned"},
            {EditedRole, "edited"}};
}

void MemberPostsModel::setUserId(const QString &userId) {
    if (m_userId == userId)
        return;
    m_userId = userId;
    reload();
    Q_EMIT userIdChanged();
}

void MemberPostsModel::setLimit(int limit) {
    limit = qMax(1, limit);
    if (m_limit == limit)
        return;
    m_limit = limit;
    applyRows(loadInitialRows());
    Q_EMIT limitChanged();
}

QList<CacheRowModel::Row> MemberPostsModel::loadInitialRows() {
    QList<Row> rows;
    if (!store() || m_userId.isEmpty())
        return rows;
    MemberPostsQuery query;
    query.authorId = m_userId;
    query.viewerId = store()->localUserId();
    query.limit = m_limit;
    const auto posts = query.run(store()->readConnection());
    rows.reserve(posts.size());
    for (const auto &p : posts) {
        Row row;
        row.key = p.id;
        row.order = p.createdAt;
        row.values = {p.id,           p.communityId, p.communityName,
                      p.authorId,     p.authorName,  p.kind,
                      p.title,        p.body,        QDateTime::fromMSecsSinceEpoch(p.createdAt),
                      p.commentCount, p.pinned,      p.editedAt > 0};
        rows.append(std::move(row));
    }
    return rows;
}

void MemberPostsModel::cacheChanged(const ChangeSet &changes) {
    // Posts anywhere (a new one of theirs, an edit, a comment count), my memberships (which
    // communities we share) and purges can all change the list; it is short and indexed by time.
    if (m_userId.isEmpty())
        return;
    if (!changes.posts.isEmpty() || !changes.feeds.isEmpty() || !changes.communities.isEmpty() ||
        !changes.purgedCommunities.isEmpty())
        applyRows(loadInitialRows());
}

void MemberPostsModel::outboxUpdated() {
    // A post of mine leaves the outbox (sent): it belongs on my profile now.
    if (!m_userId.isEmpty() && store() && m_userId == store()->localUserId())
        applyRows(loadInitialRows());
}

} // namespace hearth::models
