#pragma once
// The posts of one community, pinned first then newest (or most active) first, for a feed view.
// Pages through the cache with keyset queries (canFetchMore/fetchMore) so the first page of a
// 100,000-post community costs the same as of a small one, asks for older history from the server
// past the last cached row, and updates only the affected rows when a sync or a local write
// commits.
//
//   FeedModel { store: AppContext.store; communityId: rail.currentCommunityId }

#include "cacherowmodel.h"

#include "cache/feedquery.h"

namespace hearth::models {

class FeedModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString communityId READ communityId WRITE setCommunityId NOTIFY communityIdChanged)
    // Rows loaded per fetchMore (default 50).
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    // Only posts of this kind / topic ("" for all).
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(QString topic READ topic WRITE setTopic NOTIFY filterChanged)
    // Pinned posts before the others (default true); newest first within each group.
    Q_PROPERTY(bool pinnedFirst READ pinnedFirst WRITE setPinnedFirst NOTIFY filterChanged)
    // Newest: by posting time. Activity: by the newest of the post's and its comments' times,
    // so a discussion with a fresh reply comes back up. Pinned first applies to both.
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)
    // The cache holds this community's first post: scrolling past the last row asks nothing more
    // of the server. While false, fetchMore at the end of the cached rows asks the store for
    // older history (CacheStore::requestOlderHistory), which the sync engine fetches.
    Q_PROPERTY(bool historyComplete READ historyComplete NOTIFY historyCompleteChanged)
    // The topics the community's organizers set, in their order (what `topic` can filter by).
    Q_PROPERTY(QStringList topics READ topics NOTIFY topicsChanged)

public:
    enum Role {
        PostIdRole = Qt::UserRole + 1, // QString: the post's id
        KindRole,         // QString: discussion | question | showcase | resource | announcement
        TitleRole,        // QString
        BodyRole,         // QString: markdown
        AuthorNameRole,   // QString: the author's display name
        CreatedAtRole,    // QDateTime (local time)
        CommentCountRole, // int
        PinnedRole,       // bool
        PendingRole,      // bool: written here, still in the outbox
        FailedRole,       // bool: the server refused it (see errorString; retry or discard)
        ErrorStringRole,  // QString: the server's reason when failed
        TopicRole,        // QString
        AuthorIdRole,     // QString
        EditedRole,       // bool: edited after posting
        MutationIdRole,   // QString: the failed outbox entry, for
                          // CacheStore.retryMutation/discardMutation
        ActivityAtRole,   // QDateTime (local time): the newest of createdAt and its comments'
        ReactionsRole,    // list of {emoji: string, count: int, mine: bool}, in the order the
                          // emoji were first used on the post
        UnsentRole,       // bool: its creation is still in the outbox (waiting or refused): the
                          // server does not have it, so it cannot be opened or replied to yet
    };
    Q_ENUM(Role)

    enum SortOrder {
        Newest,   // by posting time, newest first
        Activity, // by latest activity (post or comment), most recent first
    };
    Q_ENUM(SortOrder)

    explicit FeedModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString communityId() const { return m_communityId; }
    void setCommunityId(const QString &communityId);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int pageSize);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString topic() const { return m_topic; }
    void setTopic(const QString &topic);
    bool pinnedFirst() const { return m_pinnedFirst; }
    void setPinnedFirst(bool pinnedFirst);
    SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(SortOrder sortOrder);
    bool historyComplete() const { return m_historyComplete; }
    QStringList topics() const { return m_topics; }

    // Writes a post to this community through the outbox: it shows at once (pending) and is sent
    // when the server is reachable. Returns the new post's id, or "" without a store or community.
    Q_INVOKABLE QString createPost(const QString &kind, const QString &title, const QString &body,
                                   const QString &topic = QString());
    // Changes one of my posts (through the outbox; shown at once). The edit is based on the
    // cached version: if someone changed it meanwhile it fails as a conflict, with both texts
    // kept in the outbox (OutboxModel) for the member to resolve.
    Q_INVOKABLE QString editPost(const QString &postId, const QString &title, const QString &body);
    // Deletes a post (hidden at once; back if the server refuses or the member discards it).
    Q_INVOKABLE QString deletePost(const QString &postId);
    // Pins or unpins a post (moderators and owners).
    Q_INVOKABLE QString pinPost(const QString &postId, bool pinned);
    // Locks a post (only organizers comment on it) or unlocks it (moderators and owners).
    Q_INVOKABLE QString lockPost(const QString &postId, bool locked);
    // Adds my reaction `emoji` to a post, or takes it back when I have already given it (through
    // the outbox; the reactions role changes at once). Returns the mutation's id, or "" without
    // a store, a signed-in member or a cached post.
    Q_INVOKABLE QString toggleReaction(const QString &postId, const QString &emoji);
    // Who gave `emoji` to a post: [{userId, name, mine}], first first.
    Q_INVOKABLE QVariantList reactors(const QString &postId, const QString &emoji) const;
    // The row of a post, or -1 when it is not loaded.
    Q_INVOKABLE int indexOf(const QString &postId) const;

Q_SIGNALS:
    void communityIdChanged();
    void pageSizeChanged();
    void filterChanged();
    void historyCompleteChanged();
    void sortOrderChanged();
    void topicsChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;
    bool comesBefore(const Row &a, const Row &b) const override;

private:
    // The cache query for this feed's community, filters and order (no range, page size limit).
    hearth::cache::FeedQuery feedQuery() const;
    QList<Row> rowsOf(const hearth::cache::FeedQuery &query) const;
    void readHistoryState();
    void readTopics();

    QString m_communityId;
    QString m_kind;
    QString m_topic;
    bool m_pinnedFirst = true;
    SortOrder m_sortOrder = Newest;
    int m_pageSize = 50;
    bool m_atEnd = true;
    bool m_historyComplete = false;
    QStringList m_topics;
    // Older history was asked for and has not arrived: do not ask again until the feed changes.
    bool m_historyRequested = false;
};

} // namespace hearth::models
