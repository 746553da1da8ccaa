#pragma once
// Offline search results for a search view: posts, comments and profiles in the cache matching
// `query` (every word; the last one as a prefix, so results follow typing), newest first, with
// the matched words highlighted in `snippet` (plain words without markdown syntax, HTML-escaped,
// matches in <b></b>; use Text.StyledText). A post's snippet comes from its body, never its
// title. Optional filters narrow to one community, author or post kind.
//
//   SearchModel { store: AppContext.store; query: searchField.text }

#include "cacherowmodel.h"

namespace hearth::models {

class SearchModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString communityId READ communityId WRITE setCommunityId NOTIFY filterChanged)
    Q_PROPERTY(QString authorId READ authorId WRITE setAuthorId NOTIFY filterChanged)
    // Only posts of this kind (comments and profiles are then left out).
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    // At most this many results (default 50).
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY filterChanged)

public:
    enum Role {
        ResultKindRole = Qt::UserRole + 1, // QString: "post", "comment" or "user"
        ItemIdRole,                        // QString: the post, comment or user id
        PostIdRole,                        // QString: the post to open ("" for users)
        CommunityIdRole,                   // QString ("" for users)
        TitleRole,                         // QString: the post's title, or the user's display name
        SnippetRole,                       // QString: HTML, matches in <b></b>
        CreatedAtRole,                     // QDateTime (invalid for users)
        AuthorNameRole, // QString: who wrote the post or comment; the handle for users
    };
    Q_ENUM(Role)

    explicit SearchModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString communityId() const { return m_communityId; }
    void setCommunityId(const QString &communityId);
    QString authorId() const { return m_authorId; }
    void setAuthorId(const QString &authorId);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    int limit() const { return m_limit; }
    void setLimit(int limit);

Q_SIGNALS:
    void queryChanged();
    void filterChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;

private:
    void refresh();

    QString m_query;
    QString m_communityId;
    QString m_authorId;
    QString m_kind;
    int m_limit = 50;
};

} // namespace hearth::models
