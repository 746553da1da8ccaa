#include "feedmodel.h"

#include "modelslogging.h"
#include "reactors.h"

#include "cache/cacheactions.h"

#include <QDateTime>

namespace hearth::models {

namespace protocol = hearth::protocol;

using hearth::cache::CacheActions;
using hearth::cache::ChangeSet;
using hearth::cache::FeedQuery;
using hearth::cache::FeedRow;

namespace {
constexpr int PinnedColumn = FeedModel::PinnedRole - (Qt::UserRole + 1);
} // namespace

FeedModel::FeedModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> FeedModel::roleNames() const {
    return {{PostIdRole, "postId"},
            {KindRole, "kind"},
            {TitleRole, "title"},
            {BodyRole, "body"},
            {AuthorNameRole, "authorName"},
            {CreatedAtRole, "createdAt"},
            {CommentCountRole, "commentCount"},
            {PinnedRole, "pinned"},
            {PendingRole, "pending"},
            {FailedRole, "failed"},
            {ErrorStringRole, "errorString"},
            {TopicRole, "topic"},
            {AuthorIdRole, "authorId"},
            {EditedRole, "edited"},
            {MutationIdRole, "mutationId"},
            {ActivityAtRole, "activityAt"},
            {ReactionsRole, "reactions"},
            {UnsentRole, "unsent"}};
}

void FeedModel::setCommunityId(const QString &communityId) {
    if (m_communityId == communityId)
        return;
    m_communityId = communityId;
    reload();
    Q_EMIT communityIdChanged();
}

void FeedModel::setPageSize(int pageSize) {
    pageSize = qMax(1, pageSize);
    if (m_pageSize == pageSize)
        return;
    m_pageSize = pageSize;
    Q_EMIT pageSizeChanged();
}

void FeedModel::setKind(const QString &kind) {
    if (m_kind == kind)
        return;
    m_kind = kind;
    reload();
    Q_EMIT filterChanged();
}

void FeedModel::setTopic(const QString &topic) {
    if (m_topic == topic)
        return;
    m_topic = topic;
    reload();
    Q_EMIT filterChanged();
}

void FeedModel::setPinnedFirst(bool pinnedFirst) {
    if (m_pinnedFirst == pinnedFirst)
        return;
    m_pinnedFirst = pinnedFirst;
    reload();
    Q_EMIT filterChanged();
}

void FeedModel::setSortOrder(SortOrder sortOrder) {
    if (m_sortOrder == sortOrder)
        return;
    m_sortOrder = sortOrder;
    reload();
    Q_EMIT sortOrderChanged();
}

FeedQuery FeedModel::feedQuery() const {
    FeedQuery query;
    query.communityId = m_communityId;
    query.localUserId = store()->localUserId();
    query.kind = m_kind;
    query.topic = m_topic;
    query.pinnedFirst = m_pinnedFirst;
    query.order = m_sortOrder == Activity ? FeedQuery::Order::Activity : FeedQuery::Order::Newest;
    query.limit = m_pageSize;
    return query;
}

QList<CacheRowModel::Row> FeedModel::rowsOf(const FeedQuery &query) const {
    QList<Row> rows;
    if (!store() || m_communityId.isEmpty())
        return rows;
    const QList<FeedRow> posts = query.run(store()->readConnection());
    rows.reserve(posts.size());
    for (const FeedRow &post : posts) {
        QVariantList reactions;
        for (const auto &r : post.reactions)
            reactions.append(QVariantMap{{QStringLiteral("emoji"), r.emoji},
                                         {QStringLiteral("count"), r.count},
                                         {QStringLiteral("mine"), r.mine}});
        Row row;
        row.key = post.id;
        row.order = query.positionOf(post).time;
        row.values = {post.id,
                      post.kind,
                      post.title,
                      post.body,
                      post.authorName,
                      QDateTime::fromMSecsSinceEpoch(post.createdAt),
                      post.commentCount,
                      post.pinned,
                      post.outbox.pending,
                      post.outbox.failed(),
                      post.outbox.errorString,
                      post.topic,
                      post.authorId,
                      post.edited,
                      post.outbox.failedMutationId,
                      QDateTime::fromMSecsSinceEpoch(post.activityAt),
                      reactions,
                      post.unsent};
        rows.append(std::move(row));
    }
    return rows;
}

bool FeedModel::comesBefore(const Row &a, const Row &b) const {
    // The order of FeedQuery: pinned (when first), then time, then id, all descending.
    if (m_pinnedFirst) {
        const bool pa = a.values.at(PinnedColumn).toBool();
        const bool pb = b.values.at(PinnedColumn).toBool();
        if (pa != pb)
            return pa;
    }
    return CacheRowModel::comesBefore(a, b);
}

void FeedModel::readHistoryState() {
    const bool complete =
        store() && !m_communityId.isEmpty() && store()->historyState(m_communityId).complete;
    if (complete != m_historyComplete) {
        m_historyComplete = complete;
        Q_EMIT historyCompleteChanged();
    }
}

void FeedModel::readTopics() {
    QStringList topics;
    if (store() && !m_communityId.isEmpty())
        topics = hearth::cache::CommunityTopicsQuery{m_communityId}.run(store()->readConnection());
    if (topics != m_topics) {
        m_topics = topics;
        Q_EMIT topicsChanged();
    }
}

QList<CacheRowModel::Row> FeedModel::loadInitialRows() {
    m_historyRequested = false;
    readHistoryState();
    readTopics();
    QList<Row> rows = rowsOf(feedQuery());
    m_atEnd = rows.size() < m_pageSize;
    return rows;
}

bool FeedModel::canFetchMore(const QModelIndex &parent) const {
    if (parent.isValid() || !store() || m_communityId.isEmpty())
        return false;
    return !m_atEnd || (!m_historyComplete && !m_historyRequested);
}

void FeedModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent) || isNotifying())
        return;
    if (m_atEnd) {
        // Every cached row is shown: the rest is on the server. It arrives as a cache change.
        m_historyRequested = true;
        store()->requestOlderHistory(m_communityId);
        return;
    }
    FeedQuery query = feedQuery();
    if (!rows().isEmpty()) {
        const Row &last = rows().constLast();
        query.after =
            FeedQuery::Position{last.values.at(PinnedColumn).toBool(), last.order, last.key};
    }
    const QList<Row> more = rowsOf(query);
    // Before inserting: a view reacting to rowsInserted may ask canFetchMore again.
    m_atEnd = more.size() < m_pageSize;
    appendRows(more);
}

void FeedModel::cacheChanged(const ChangeSet &changes) {
    if (m_communityId.isEmpty())
        return;
    if (changes.purgedCommunities.contains(m_communityId)) {
        applyRows(loadInitialRows());
        return;
    }
    if (changes.communities.contains(m_communityId))
        readTopics();
    if (changes.feeds.contains(m_communityId)) {
        // A history page may have arrived (or been asked for): fetchMore may ask again.
        m_historyRequested = false;
        readHistoryState();
    }
    // Only the posts this write touched are read again. By activity, a new or removed comment can
    // move a post, loaded or not.
    // Posts of this community come with it in `feeds`; the ids of other feeds need no query.
    QSet<QString> touched = changes.feeds.contains(m_communityId) ? changes.posts : QSet<QString>();
    touched.unite(changes.reactions);
    if (m_sortOrder == Activity)
        touched.unite(changes.threads);
    if (touched.isEmpty())
        return;
    if (rows().isEmpty()) {
        // Nothing loaded to place rows against: load the first page again.
        const QList<Row> fresh = rowsOf(feedQuery());
        m_atEnd = fresh.size() < m_pageSize; // before rows are inserted (re-entrant fetchMore)
        applyRows(fresh);
        return;
    }
    FeedQuery query = feedQuery();
    query.ids = QStringList(touched.cbegin(), touched.cend());
    query.limit = -1;
    refreshRows(touched, rowsOf(query), m_atEnd);
}

QString FeedModel::createPost(const QString &kind, const QString &title, const QString &body,
                              const QString &topic) {
    if (!store() || m_communityId.isEmpty()) {
        qCWarning(lcModels) << "createPost without a store or a community";
        return {};
    }
    protocol::PostCreateArgs args;
    args.communityId = m_communityId;
    args.kind = kind;
    args.title = title;
    args.body = body;
    args.topic = topic;
    return CacheActions(store()).createPost(args);
}

QString FeedModel::editPost(const QString &postId, const QString &title, const QString &body) {
    return CacheActions(store()).editPost(postId, title, body);
}

QString FeedModel::deletePost(const QString &postId) {
    return CacheActions(store()).deletePost(postId);
}

QString FeedModel::pinPost(const QString &postId, bool pinned) {
    return CacheActions(store()).pinPost(postId, pinned);
}

QString FeedModel::lockPost(const QString &postId, bool locked) {
    return CacheActions(store()).lockPost(postId, locked);
}

QString FeedModel::toggleReaction(const QString &postId, const QString &emoji) {
    return CacheActions(store()).toggleReaction(QString::fromLatin1(protocol::TargetType::Post),
                                                postId, emoji);
}

QVariantList FeedModel::reactors(const QString &postId, const QString &emoji) const {
    return reactorsOf(store(), QString::fromLatin1(protocol::TargetType::Post), postId, emoji);
}

int FeedModel::indexOf(const QString &postId) const {
    for (int i = 0; i < rows().size(); ++i) {
        if (rows().at(i).key == postId)
            return i;
    }
    return -1;
}

} // namespace hearth::models
