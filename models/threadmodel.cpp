#include "threadmodel.h"

#include "modelslogging.h"

#include "cache/postquery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hearth::models {

using hearth::cache::ChangeSet;

ThreadModel::ThreadModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> ThreadModel::roleNames() const {
    return {{CommentIdRole, "commentId"},   {ParentIdRole, "parentId"},
            {DepthRole, "depth"},           {BodyRole, "body"},
            {AuthorNameRole, "authorName"}, {AuthorIdRole, "authorId"},
            {CreatedAtRole, "createdAt"},   {PendingRole, "pending"},
            {FailedRole, "failed"},         {ErrorStringRole, "errorString"},
            {MutationIdRole, "mutationId"}};
}

void ThreadModel::setPostId(const QString &postId) {
    if (m_postId == postId)
        return;
    m_postId = postId;
    reload();
    Q_EMIT postIdChanged();
}

void ThreadModel::loadPost() {
    QVariantMap post;
    if (store() && !m_postId.isEmpty()) {
        const auto found = hearth::cache::PostQuery{m_postId}.run(store()->readConnection());
        if (found)
            post = {{QStringLiteral("postId"), found->id},
                    {QStringLiteral("communityId"), found->communityId},
                    {QStringLiteral("kind"), found->kind},
                    {QStringLiteral("title"), found->title},
                    {QStringLiteral("body"), found->body},
                    {QStringLiteral("authorName"), found->authorName},
                    {QStringLiteral("authorId"), found->authorId},
                    {QStringLiteral("createdAt"), QDateTime::fromMSecsSinceEpoch(found->createdAt)},
                    {QStringLiteral("commentCount"), found->commentCount},
                    {QStringLiteral("pinned"), found->pinned},
                    {QStringLiteral("locked"), found->locked},
                    {QStringLiteral("edited"), found->edited},
                    {QStringLiteral("unsent"), found->unsent},
                    {QStringLiteral("failed"), !found->failure.isEmpty()},
                    {QStringLiteral("errorString"), found->failure}};
    }
    if (post != m_post) {
        m_post = post;
        Q_EMIT postChanged();
    }
}

QList<CacheRowModel::Row> ThreadModel::loadInitialRows() {
    loadPost();
    QList<Row> flat;
    if (!store() || m_postId.isEmpty())
        return flat;
    QSqlQuery q(store()->readConnection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.parent_id, c.body, c.author_name, c.author_id, c.created_at,"
        " EXISTS(SELECT 1 FROM outbox o WHERE o.target_id = c.id AND o.state = 'pending'),"
        " (SELECT o.id || char(1) || CASE o.error_message WHEN '' THEN o.error_code"
        "  ELSE o.error_message END FROM outbox o"
        "  WHERE o.target_id = c.id AND o.state = 'failed' ORDER BY o.seq LIMIT 1)"
        " FROM comments c WHERE c.post_id = ? ORDER BY c.created_at, c.id"));
    q.addBindValue(m_postId);
    if (!q.exec()) {
        qCWarning(lcModels) << "thread query failed:" << q.lastError().text();
        return flat;
    }
    QList<Row> all;
    QHash<QString, qsizetype> byId;
    while (q.next()) {
        const QString failure = q.value(7).toString();
        const qsizetype mark = failure.indexOf(QChar(1));
        Row row;
        row.key = q.value(0).toString();
        row.order = q.value(5).toLongLong();
        row.values = {row.key,
                      q.value(1).toString(),
                      0,
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      QDateTime::fromMSecsSinceEpoch(row.order),
                      q.value(6).toBool(),
                      !failure.isEmpty(),
                      mark < 0 ? QString() : failure.mid(mark + 1),
                      mark < 0 ? QString() : failure.left(mark)};
        byId.insert(row.key, all.size());
        all.append(std::move(row));
    }
    // Children in time order under each parent; a reply whose parent is not cached (yet) is shown
    // at the top level rather than hidden.
    QHash<QString, QList<qsizetype>> children;
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString parent = all.at(i).values.at(1).toString();
        if (parent.isEmpty() || !byId.contains(parent) || parent == all.at(i).key)
            roots.append(i);
        else
            children[parent].append(i);
    }
    flat.reserve(all.size());
    QList<QPair<qsizetype, int>> stack;
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append({*it, 0});
    QSet<qsizetype> seen;
    while (!stack.isEmpty()) {
        const auto [index, depth] = stack.takeLast();
        if (seen.contains(index))
            continue; // a cycle in bad data must not loop forever
        seen.insert(index);
        Row row = all.at(index);
        row.values[DepthRole - (Qt::UserRole + 1)] = depth;
        const QList<qsizetype> kids = children.value(row.key);
        flat.append(std::move(row));
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({*it, depth + 1});
    }
    return flat;
}

void ThreadModel::cacheChanged(const ChangeSet &changes) {
    if (m_postId.isEmpty())
        return;
    if (changes.posts.contains(m_postId) || changes.threads.contains(m_postId) ||
        !changes.purgedCommunities.isEmpty())
        loadPost();
    bool touched = changes.threads.contains(m_postId) || !changes.purgedCommunities.isEmpty();
    for (auto it = changes.comments.cbegin(); !touched && it != changes.comments.cend(); ++it)
        touched = containsKey(*it);
    if (touched)
        applyRows(loadInitialRows());
}

QString ThreadModel::createComment(const QString &body, const QString &parentId) {
    if (!store() || m_postId.isEmpty()) {
        qCWarning(lcModels) << "createComment without a store or a post";
        return {};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject args{{QStringLiteral("id"), id},
                     {QStringLiteral("postId"), m_postId},
                     {QStringLiteral("body"), body}};
    if (!parentId.isEmpty())
        args.insert(QStringLiteral("parentId"), parentId);
    store()->enqueueMutation(QStringLiteral("comment.create"), args);
    return id;
}

} // namespace hearth::models
