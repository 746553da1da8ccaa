#pragma once
// A member's recent posts in the communities we share, newest first, for their profile. Reads
// cache::MemberPostsQuery; refreshed when posts or my memberships change.
//
//   MemberPostsModel { store: AppContext.store; userId: profile.userId }

#include "cacherowmodel.h"

namespace hearth::models {

class MemberPostsModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY userIdChanged)
    // At most this many posts (default 20).
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)

public:
    enum Role {
        PostIdRole = Qt::UserRole + 1, // QString
        CommunityIdRole,               // QString
        CommunityNameRole,             // QString
        AuthorIdRole,                  // QString
        AuthorNameRole,                // QString
        KindRole,                      // QString: discussion | question | showcase | ...
        TitleRole,                     // QString
        BodyRole,                      // QString: markdown
        CreatedAtRole,                 // QDateTime (local time)
        CommentCountRole,              // int
        PinnedRole,                    // bool
        EditedRole,                    // bool
    };
    Q_ENUM(Role)

    explicit MemberPostsModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString userId() const { return m_userId; }
    void setUserId(const QString &userId);
    int limit() const { return m_limit; }
    void setLimit(int limit);

Q_SIGNALS:
    void userIdChanged();
    void limitChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;
    void outboxUpdated() override;

private:
    QString m_userId;
    int m_limit = 20;
};

} // namespace hearth::models
