#include "searchmodel.h"

#include "cache/searchquery.h"

#include <QDateTime>

namespace hearth::models {

using hearth::cache::ChangeSet;
using hearth::cache::SearchQuery;

SearchModel::SearchModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> SearchModel::roleNames() const {
    return {{ResultKindRole, "resultKind"}, {ItemIdRole, "itemId"},
            {PostIdRole, "postId"},         {CommunityIdRole, "communityId"},
            {TitleRole, "title"},           {SnippetRole, "snippet"},
            {CreatedAtRole, "createdAt"},   {AuthorNameRole, "authorName"}};
}

// Typing changes the results in place (rows that still match stay), not by a reset.
void SearchModel::setQuery(const QString &query) {
    if (m_query == query)
        return;
    m_query = query;
    refresh();
    Q_EMIT queryChanged();
}

void SearchModel::setCommunityId(const QString &communityId) {
    if (m_communityId == communityId)
        return;
    m_communityId = communityId;
    refresh();
    Q_EMIT filterChanged();
}

void SearchModel::setAuthorId(const QString &authorId) {
    if (m_authorId == authorId)
        return;
    m_authorId = authorId;
    refresh();
    Q_EMIT filterChanged();
}

void SearchModel::setKind(const QString &kind) {
    if (m_kind == kind)
        return;
    m_kind = kind;
    refresh();
    Q_EMIT filterChanged();
}

void SearchModel::setLimit(int limit) {
    limit = qMax(1, limit);
    if (m_limit == limit)
        return;
    m_limit = limit;
    refresh();
    Q_EMIT filterChanged();
}

void SearchModel::refresh() {
    applyRows(loadInitialRows());
}

QList<CacheRowModel::Row> SearchModel::loadInitialRows() {
    QList<Row> rows;
    if (!store())
        return rows;
    SearchQuery query;
    query.text = m_query;
    query.communityId = m_communityId;
    query.authorId = m_authorId;
    query.postKind = m_kind;
    query.limit = m_limit;
    const auto hits = query.run(store()->readConnection());
    rows.reserve(hits.size());
    for (const auto &hit : hits) {
        Row row;
        row.key = hit.kind + QLatin1Char(':') + hit.id;
        row.order = hit.createdAt;
        row.values = {hit.kind,
                      hit.id,
                      hit.postId,
                      hit.communityId,
                      hit.title,
                      hit.snippet,
                      hit.createdAt ? QDateTime::fromMSecsSinceEpoch(hit.createdAt) : QDateTime(),
                      hit.authorName};
        rows.append(std::move(row));
    }
    return rows;
}

void SearchModel::cacheChanged(const ChangeSet &changes) {
    if (m_query.trimmed().isEmpty())
        return;
    if (!changes.posts.isEmpty() || !changes.comments.isEmpty() || !changes.users.isEmpty() ||
        !changes.purgedCommunities.isEmpty())
        refresh();
}

} // namespace hearth::models
