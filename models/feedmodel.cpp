#include "feedmodel.h"

#include "modelslogging.h"

#include "protocol/entities.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hearth::models {

using hearth::cache::ChangeSet;

namespace {
constexpr int PinnedColumn = FeedModel::PinnedRole - (Qt::UserRole + 1);

// The reactions column of the feed query as the role's list of {emoji, count, mine}.
QVariantList reactionList(const QString &column) {
    QVariantList list;
    if (column.isEmpty())
        return list;
    const QStringList entries = column.split(QChar(1));
    for (const QString &entry : entries) {
        const QStringList fields = entry.split(QChar(2));
        if (fields.size() != 3)
            continue;
        list.append(QVariantMap{{QStringLiteral("emoji"), fields.at(0)},
                                {QStringLiteral("count"), fields.at(1).toInt()},
                                {QStringLiteral("mine"), fields.at(2).toInt() != 0}});
    }
    return list;
}
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

QList<CacheRowModel::Row> FeedModel::query(Range range, const Row *from, int limit) const {
    QList<Row> rows;
    if (!store() || m_communityId.isEmpty())
        return rows;
    // Keyset paging with a row value over the feed index: every page costs the same, no OFFSET.
    // All key columns sort descending, so "after" in feed order is simply "less than".
    // Each order has its index: posts_(pinned_)feed and posts_(pinned_)activity_feed.
    const QString time =
        m_sortOrder == Activity ? QStringLiteral("p.activity_at") : QStringLiteral("p.created_at");
    const QString key = m_pinnedFirst ? QStringLiteral("(p.pinned, %1, p.id)").arg(time)
                                      : QStringLiteral("(%1, p.id)").arg(time);
    const QString marks = m_pinnedFirst ? QStringLiteral("(?, ?, ?)") : QStringLiteral("(?, ?)");
    QString sql = QStringLiteral(
        "SELECT p.id, p.kind, p.title, p.body, p.author_name, p.created_at, p.comment_count,"
        " p.pinned, EXISTS(SELECT 1 FROM outbox o WHERE o.target_id = p.id AND o.state = "
        "'pending'),"
        " (SELECT o.id || char(1) || CASE o.error_message WHEN '' THEN o.error_code"
        "  ELSE o.error_message END FROM outbox o"
        "  WHERE o.target_id = p.id AND o.state = 'failed' ORDER BY o.seq LIMIT 1),"
        " p.topic, p.author_id, p.edited_at, p.activity_at,"
        // The post's reactions per emoji: emoji, count and whether one is mine, char(2) between
        // the fields and char(1) between the emoji, in the order the emoji were first used.
        " (SELECT group_concat(r.emoji || char(2) || r.n || char(2) || r.mine, char(1)) FROM"
        "  (SELECT emoji, count(*) AS n, max(user_id = ?) AS mine, min(created_at) AS first"
        "   FROM reactions WHERE target_type = 'post' AND target_id = p.id"
        "   GROUP BY emoji ORDER BY first, emoji) r),"
        " EXISTS(SELECT 1 FROM outbox c WHERE c.target_id = p.id AND c.name = 'post.create')"
        " FROM posts p WHERE p.community_id = ?"
        // A delete waiting in the outbox hides the post; refused or discarded, it is back.
        " AND NOT EXISTS(SELECT 1 FROM outbox d WHERE d.target_id = p.id"
        "  AND d.name = 'post.delete' AND d.state = 'pending')");
    QVariantList values{store()->localUserId(), m_communityId};
    if (!m_kind.isEmpty()) {
        sql += QStringLiteral(" AND p.kind = ?");
        values.append(m_kind);
    }
    if (!m_topic.isEmpty()) {
        sql += QStringLiteral(" AND p.topic = ?");
        values.append(m_topic);
    }
    if (range != Range::All && from) {
        sql += QStringLiteral(" AND ") + key +
               (range == Range::After ? QStringLiteral(" < ") : QStringLiteral(" >= ")) + marks;
        if (m_pinnedFirst)
            values.append(int(from->values.at(PinnedColumn).toBool()));
        values.append(from->order);
        values.append(from->key);
    }
    sql += m_pinnedFirst ? QStringLiteral(" ORDER BY p.pinned DESC, %1 DESC, p.id DESC").arg(time)
                         : QStringLiteral(" ORDER BY %1 DESC, p.id DESC").arg(time);
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    QSqlQuery q(store()->readConnection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcModels) << "feed query failed:" << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        const QString failure = q.value(9).toString();
        const qsizetype mark = failure.indexOf(QChar(1));
        const qint64 createdAt = q.value(5).toLongLong();
        const qint64 activityAt = q.value(13).toLongLong();
        Row row;
        row.key = q.value(0).toString();
        row.order = m_sortOrder == Activity ? activityAt : createdAt;
        row.values = {row.key,
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      QDateTime::fromMSecsSinceEpoch(createdAt),
                      q.value(6).toInt(),
                      q.value(7).toBool(),
                      q.value(8).toBool(),
                      !failure.isEmpty(),
                      mark < 0 ? QString() : failure.mid(mark + 1),
                      q.value(10).toString(),
                      q.value(11).toString(),
                      q.value(12).toLongLong() > 0,
                      mark < 0 ? QString() : failure.left(mark),
                      QDateTime::fromMSecsSinceEpoch(activityAt),
                      reactionList(q.value(14).toString()),
                      q.value(15).toBool()};
        rows.append(std::move(row));
    }
    return rows;
}

void FeedModel::readHistoryState() {
    const bool complete =
        store() && !m_communityId.isEmpty() && store()->historyState(m_communityId).complete;
    if (complete != m_historyComplete) {
        m_historyComplete = complete;
        Q_EMIT historyCompleteChanged();
    }
}

QList<CacheRowModel::Row> FeedModel::loadInitialRows() {
    m_historyRequested = false;
    readHistoryState();
    QList<Row> rows = query(Range::All, nullptr, m_pageSize);
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
    const QList<Row> more = rows().isEmpty() ? query(Range::All, nullptr, m_pageSize)
                                             : query(Range::After, &rows().constLast(), m_pageSize);
    // Before inserting: a view reacting to rowsInserted may ask canFetchMore again.
    m_atEnd = more.size() < m_pageSize;
    appendRows(more);
}

void FeedModel::cacheChanged(const ChangeSet &changes) {
    if (m_communityId.isEmpty())
        return;
    // By activity, a new or removed comment can move a post that is not loaded yet.
    bool touched = changes.touchesFeed(m_communityId) ||
                   (m_sortOrder == Activity && !changes.threads.isEmpty());
    for (auto it = changes.posts.cbegin(); !touched && it != changes.posts.cend(); ++it)
        touched = containsKey(*it);
    for (auto it = changes.reactions.cbegin(); !touched && it != changes.reactions.cend(); ++it)
        touched = containsKey(*it);
    if (!touched)
        return;
    m_historyRequested = false;
    readHistoryState();
    // Re-read the range this model covers and apply the difference: new posts at the top are
    // inserted, edits become dataChanged, deletions removals, a pin a move.
    if (m_atEnd || rows().isEmpty()) {
        const QList<Row> fresh =
            m_atEnd ? query(Range::All, nullptr, -1) : query(Range::All, nullptr, m_pageSize);
        if (fresh.size() < m_pageSize)
            m_atEnd = true; // set before rows are inserted (re-entrant fetchMore)
        applyRows(fresh);
    } else {
        const Row last = rows().constLast();
        applyRows(query(Range::UpTo, &last, -1));
    }
}

QString FeedModel::mutate(const QString &name, const QJsonObject &args) {
    if (!store()) {
        qCWarning(lcModels) << name << "without a store";
        return {};
    }
    return store()->enqueueMutation(name, args);
}

QString FeedModel::createPost(const QString &kind, const QString &title, const QString &body,
                              const QString &topic) {
    if (!store() || m_communityId.isEmpty()) {
        qCWarning(lcModels) << "createPost without a store or a community";
        return {};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    mutate(QStringLiteral("post.create"),
           {{QStringLiteral("id"), id},
            {QStringLiteral("communityId"), m_communityId},
            {QStringLiteral("kind"), kind.isEmpty() ? QStringLiteral("discussion") : kind},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("topic"), topic}});
    return id;
}

QString FeedModel::editPost(const QString &postId, const QString &title, const QString &body) {
    if (!store())
        return {};
    QSqlQuery q(store()->readConnection());
    q.prepare(QStringLiteral("SELECT version FROM posts WHERE id = ?"));
    q.addBindValue(postId);
    if (!q.exec() || !q.next())
        return {};
    return mutate(QStringLiteral("post.edit"), {{QStringLiteral("id"), postId},
                                                {QStringLiteral("version"), q.value(0).toInt()},
                                                {QStringLiteral("title"), title},
                                                {QStringLiteral("body"), body}});
}

QString FeedModel::deletePost(const QString &postId) {
    return mutate(QStringLiteral("post.delete"), {{QStringLiteral("id"), postId}});
}

QString FeedModel::pinPost(const QString &postId, bool pinned) {
    return mutate(QStringLiteral("post.pin"),
                  {{QStringLiteral("id"), postId}, {QStringLiteral("pinned"), pinned}});
}

QString FeedModel::toggleReaction(const QString &postId, const QString &emoji) {
    if (!store() || store()->localUserId().isEmpty() || emoji.isEmpty()) {
        qCWarning(lcModels) << "toggleReaction without a store, a signed-in member or an emoji";
        return {};
    }
    QSqlQuery q(store()->readConnection());
    q.prepare(QStringLiteral("SELECT EXISTS(SELECT 1 FROM reactions WHERE id = ?)"
                             " FROM posts WHERE id = ?"));
    const QString reactionId =
        protocol::Reaction::makeId(QStringLiteral("post"), postId, store()->localUserId(), emoji);
    q.addBindValue(reactionId);
    q.addBindValue(postId);
    if (!q.exec() || !q.next())
        return {};
    const bool mine = q.value(0).toBool();
    return mutate(mine ? QStringLiteral("reaction.clear") : QStringLiteral("reaction.set"),
                  {{QStringLiteral("targetType"), QStringLiteral("post")},
                   {QStringLiteral("targetId"), postId},
                   {QStringLiteral("emoji"), emoji}});
}

int FeedModel::indexOf(const QString &postId) const {
    for (int i = 0; i < rows().size(); ++i) {
        if (rows().at(i).key == postId)
            return i;
    }
    return -1;
}

} // namespace hearth::models
