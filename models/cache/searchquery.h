#pragma once
// Offline search over the cache's FTS5 index of posts, comments and profiles. Every word must
// match; the last word also matches as a prefix ("pott" finds "pottery"), so results follow
// typing. Hits are newest first: ordering by FTS rowid keeps a very common term as fast as a rare
// one, where ranking every match by bm25 would not.

#include "searchhit.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hearth::cache {

struct SearchQuery {
    QString text;
    QString communityId; // only this community (empty: all)
    QString authorId;    // only this author's posts and comments (empty: all)
    QString postKind;    // only posts of this kind (empty: all); comments excluded when set
    bool includePosts = true;
    bool includeComments = true;
    bool includeUsers = true;
    int limit = 50;

    // The FTS5 MATCH expression for `text`: each word quoted (so user text is never FTS syntax),
    // the last one a prefix. Empty when `text` has no word.
    static QString matchExpression(const QString &text);
    QList<SearchHit> run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
