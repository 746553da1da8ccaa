#pragma once
// The comments of one post as a flattened tree for a thread view: each reply follows its parent
// (oldest first among siblings) with its depth, so a ListView indents by depth. Threads in micro
// communities are small, so all comments load at once; a sync or a reply updates rows in place.
// `post` is the post itself as the cache has it, so a thread opened from anywhere (a search
// result, a notification) shows it whole.
//
//   ThreadModel { store: AppContext.store; postId: feed.currentPostId }

#include "cacherowmodel.h"

namespace hearth::models {

class ThreadModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString postId READ postId WRITE setPostId NOTIFY postIdChanged)
    // The post: {postId, communityId, kind, title, body, authorName, authorId, createdAt (Date),
    // commentCount, pinned, locked, edited, unsent, failed, errorString, reactions (as
    // FeedModel's: [{emoji, count, mine}])}; empty while it is not in
    // the cache. `unsent`: its creation is still in the outbox (pending or refused), so the
    // server does not have it and it cannot be replied to yet.
    Q_PROPERTY(QVariantMap post READ post NOTIFY postChanged)

public:
    enum Role {
        CommentIdRole = Qt::UserRole + 1, // QString
        ParentIdRole,    // QString: the comment replied to, "" for a reply to the post
        DepthRole,       // int: 0 for replies to the post, +1 per level
        BodyRole,        // QString: markdown
        AuthorNameRole,  // QString
        AuthorIdRole,    // QString
        CreatedAtRole,   // QDateTime
        PendingRole,     // bool: still in the outbox
        FailedRole,      // bool: the server refused it
        ErrorStringRole, // QString: why
        MutationIdRole,  // QString: the failed outbox entry
                         // (CacheStore.retryMutation/discardMutation)
        EditedRole,      // bool: its author changed it after writing it
        ReactionsRole,   // [{emoji, count, mine}], as the post's
    };
    Q_ENUM(Role)

    explicit ThreadModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString postId() const { return m_postId; }
    void setPostId(const QString &postId);
    QVariantMap post() const { return m_post; }

    // Replies to the post, or to `parentId`'s comment, through the outbox (shown at once).
    // Returns the new comment's id, or "" without a store or post.
    Q_INVOKABLE QString createComment(const QString &body, const QString &parentId = QString());
    // My own writing, changed or taken back through the outbox: shown at once, undone if the
    // server refuses. Each returns the outbox entry's id ("" when nothing was queued).
    Q_INVOKABLE QString editPost(const QString &title, const QString &body);
    Q_INVOKABLE QString deletePost();
    Q_INVOKABLE QString editComment(const QString &commentId, const QString &body);
    Q_INVOKABLE QString deleteComment(const QString &commentId);
    // Reports the post, or one of its comments, to the community's organizers with my reason.
    // Returns the outbox entry's id ("" when nothing was queued).
    Q_INVOKABLE QString reportPost(const QString &reason);
    Q_INVOKABLE QString reportComment(const QString &commentId, const QString &reason);
    // Adds my `emoji` to the post, or takes it back (through the outbox, shown at once).
    Q_INVOKABLE QString togglePostReaction(const QString &emoji);
    // The same for one of its comments.
    Q_INVOKABLE QString toggleCommentReaction(const QString &commentId, const QString &emoji);
    // Who gave `emoji` to the post (`commentId` "") or to one of its comments:
    // [{userId, name, mine}], first first.
    Q_INVOKABLE QVariantList reactors(const QString &commentId, const QString &emoji) const;

Q_SIGNALS:
    void postIdChanged();
    void postChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;

private:
    void loadPost();
    QVariantList reactionsOf(const QString &targetType, const QString &targetId) const;

    QString m_postId;
    QVariantMap m_post;
};

} // namespace hearth::models
