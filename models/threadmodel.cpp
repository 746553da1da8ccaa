#include "threadmodel.h"

#include "modelslogging.h"
#include "reactors.h"

#include "cache/cacheactions.h"
#include "cache/feedquery.h"
#include "cache/postquery.h"
#include "cache/threadquery.h"

#include <QDateTime>

namespace hearth::models {

using hearth::cache::CacheActions;
using hearth::cache::ChangeSet;
using hearth::cache::CommentRow;
using hearth::cache::ThreadQuery;

ThreadModel::ThreadModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> ThreadModel::roleNames() const {
    return {{CommentIdRole, "commentId"},   {ParentIdRole, "parentId"},
            {DepthRole, "depth"},           {BodyRole, "body"},
            {AuthorNameRole, "authorName"}, {AuthorIdRole, "authorId"},
            {CreatedAtRole, "createdAt"},   {PendingRole, "pending"},
            {FailedRole, "failed"},         {ErrorStringRole, "errorString"},
            {MutationIdRole, "mutationId"}, {EditedRole, "edited"},
            {ReactionsRole, "reactions"}};
}

void ThreadModel::setPostId(const QString &postId) {
    if (m_postId == postId)
        return;
    m_postId = postId;
    reload();
    Q_EMIT postIdChanged();
}

QVariantList ThreadModel::reactionsOf(const QString &targetType, const QString &targetId) const {
    QVariantList reactions;
    const hearth::cache::ReactionsQuery query{targetType, targetId, store()->localUserId()};
    for (const auto &r : query.run(store()->readConnection()))
        reactions.append(QVariantMap{{QStringLiteral("emoji"), r.emoji},
                                     {QStringLiteral("count"), r.count},
                                     {QStringLiteral("mine"), r.mine}});
    return reactions;
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
        if (found)
            post.insert(
                QStringLiteral("reactions"),
                reactionsOf(QString::fromLatin1(hearth::protocol::TargetType::Post), m_postId));
    }
    if (post != m_post) {
        m_post = post;
        Q_EMIT postChanged();
    }
}

QList<CacheRowModel::Row> ThreadModel::loadInitialRows() {
    loadPost();
    QList<Row> rows;
    if (!store() || m_postId.isEmpty())
        return rows;
    ThreadQuery query;
    query.postId = m_postId;
    const QList<CommentRow> comments = query.run(store()->readConnection());
    rows.reserve(comments.size());
    for (const CommentRow &c : comments) {
        Row row;
        row.key = c.id;
        row.order = c.createdAt;
        row.values = {
            c.id,
            c.parentId,
            c.depth,
            c.body,
            c.authorName,
            c.authorId,
            QDateTime::fromMSecsSinceEpoch(c.createdAt),
            c.outbox.pending,
            c.outbox.failed(),
            c.outbox.errorString,
            c.outbox.failedMutationId,
            c.editedAt > 0,
            reactionsOf(QString::fromLatin1(hearth::protocol::TargetType::Comment), c.id)};
        rows.append(std::move(row));
    }
    return rows;
}

void ThreadModel::cacheChanged(const ChangeSet &changes) {
    if (m_postId.isEmpty())
        return;
    if (changes.posts.contains(m_postId) || changes.threads.contains(m_postId) ||
        changes.reactions.contains(m_postId) || !changes.purgedCommunities.isEmpty())
        loadPost();
    // The post's reactions and its comments' are told apart by nobody: both reload.
    bool touched = changes.threads.contains(m_postId) || changes.reactions.contains(m_postId) ||
                   !changes.purgedCommunities.isEmpty();
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
    hearth::protocol::CommentCreateArgs args;
    args.postId = m_postId;
    args.parentId = parentId;
    args.body = body;
    return CacheActions(store()).comment(args);
}

QString ThreadModel::editPost(const QString &title, const QString &body) {
    if (!store() || m_postId.isEmpty())
        return {};
    return CacheActions(store()).editPost(m_postId, title, body);
}

QString ThreadModel::deletePost() {
    if (!store() || m_postId.isEmpty())
        return {};
    return CacheActions(store()).deletePost(m_postId);
}

QString ThreadModel::togglePostReaction(const QString &emoji) {
    if (!store() || m_post.isEmpty())
        return {};
    return CacheActions(store()).toggleReaction(
        QString::fromLatin1(hearth::protocol::TargetType::Post), m_postId, emoji);
}

QString ThreadModel::toggleCommentReaction(const QString &commentId, const QString &emoji) {
    if (!store() || !containsKey(commentId))
        return {};
    return CacheActions(store()).toggleReaction(
        QString::fromLatin1(hearth::protocol::TargetType::Comment), commentId, emoji);
}

QVariantList ThreadModel::reactors(const QString &commentId, const QString &emoji) const {
    if (commentId.isEmpty())
        return reactorsOf(store(), QString::fromLatin1(hearth::protocol::TargetType::Post),
                          m_postId, emoji);
    return reactorsOf(store(), QString::fromLatin1(hearth::protocol::TargetType::Comment),
                      commentId, emoji);
}

QString ThreadModel::reportPost(const QString &reason) {
    if (!store() || m_post.isEmpty())
        return {};
    return CacheActions(store()).report(QString::fromLatin1(hearth::protocol::TargetType::Post),
                                        m_postId, reason);
}

QString ThreadModel::reportComment(const QString &commentId, const QString &reason) {
    if (!store() || !containsKey(commentId))
        return {};
    return CacheActions(store()).report(QString::fromLatin1(hearth::protocol::TargetType::Comment),
                                        commentId, reason);
}

QString ThreadModel::editComment(const QString &commentId, const QString &body) {
    if (!store() || !containsKey(commentId))
        return {};
    return CacheActions(store()).editComment(commentId, body);
}

QString ThreadModel::deleteComment(const QString &commentId) {
    if (!store() || !containsKey(commentId))
        return {};
    return CacheActions(store()).deleteComment(commentId);
}

} // namespace hearth::models
