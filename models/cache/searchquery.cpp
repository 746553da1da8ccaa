#include "searchquery.h"

#include "readquery.h"

#include <QSqlQuery>
#include <algorithm>

namespace hearth::cache {

namespace {
// snippet() marks matches with these; the text is HTML-escaped before they become <b></b>, so a
// post containing markup cannot inject any.
const QChar openMark(0x1);
const QChar closeMark(0x2);

QString highlighted(const QString &snippet) {
    QString html = snippet.toHtmlEscaped();
    html.replace(openMark, QLatin1StringView("<b>"));
    html.replace(closeMark, QLatin1StringView("</b>"));
    return html;
}

} // namespace

QString SearchQuery::matchExpression(const QString &text) {
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    const bool lastIsPrefix = !current.isEmpty();
    if (!current.isEmpty())
        words.append(current);
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        // Words hold only letters and digits, so quoting cannot be escaped.
        QString term = QLatin1Char('"') + words.at(i) + QLatin1Char('"');
        if (lastIsPrefix && i == words.size() - 1)
            term += QLatin1Char('*');
        terms.append(term);
    }
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> SearchQuery::run(const QSqlDatabase &db) const {
    QList<SearchHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return hits;

    if (includeUsers && communityId.isEmpty() && authorId.isEmpty() && postKind.isEmpty()) {
        QSqlQuery q = runRead(
            db,
            QStringLiteral("SELECT u.id, u.display_name,"
                           " snippet(users_fts, -1, char(1), char(2), '…', 10)"
                           " FROM users_fts JOIN users u ON u.rid = users_fts.rowid"
                           " WHERE users_fts MATCH ? ORDER BY users_fts.rowid DESC LIMIT ?"),
            {match, limit}, "search");
        while (q.next())
            hits.append({QStringLiteral("user"), q.value(0).toString(), QString(), QString(),
                         q.value(1).toString(), highlighted(q.value(2).toString()), 0});
    }

    QList<SearchHit> content;
    if (includePosts) {
        QString sql =
            QStringLiteral("SELECT p.id, p.community_id, p.title, snippet(posts_fts, -1, char(1), "
                           "char(2), '…', 12),"
                           " p.created_at FROM posts_fts JOIN posts p ON p.rid = posts_fts.rowid"
                           " WHERE posts_fts MATCH ?");
        QVariantList values{match};
        if (!communityId.isEmpty()) {
            sql += QStringLiteral(" AND p.community_id = ?");
            values.append(communityId);
        }
        if (!authorId.isEmpty()) {
            sql += QStringLiteral(" AND p.author_id = ?");
            values.append(authorId);
        }
        if (!postKind.isEmpty()) {
            sql += QStringLiteral(" AND p.kind = ?");
            values.append(postKind);
        }
        sql += QStringLiteral(" ORDER BY posts_fts.rowid DESC LIMIT ?");
        values.append(limit);
        QSqlQuery q = runRead(db, sql, values, "search");
        while (q.next())
            content.append({QStringLiteral("post"), q.value(0).toString(), q.value(0).toString(),
                            q.value(1).toString(), q.value(2).toString(),
                            highlighted(q.value(3).toString()), q.value(4).toLongLong()});
    }
    if (includeComments && postKind.isEmpty()) {
        QString sql =
            QStringLiteral("SELECT c.id, c.post_id, c.community_id, coalesce(p.title, ''),"
                           " snippet(comments_fts, 0, char(1), char(2), '…', 12), c.created_at"
                           " FROM comments_fts JOIN comments c ON c.rid = comments_fts.rowid"
                           " LEFT JOIN posts p ON p.id = c.post_id WHERE comments_fts MATCH ?");
        QVariantList values{match};
        if (!communityId.isEmpty()) {
            sql += QStringLiteral(" AND c.community_id = ?");
            values.append(communityId);
        }
        if (!authorId.isEmpty()) {
            sql += QStringLiteral(" AND c.author_id = ?");
            values.append(authorId);
        }
        sql += QStringLiteral(" ORDER BY comments_fts.rowid DESC LIMIT ?");
        values.append(limit);
        QSqlQuery q = runRead(db, sql, values, "search");
        while (q.next())
            content.append({QStringLiteral("comment"), q.value(0).toString(), q.value(1).toString(),
                            q.value(2).toString(), q.value(3).toString(),
                            highlighted(q.value(4).toString()), q.value(5).toLongLong()});
    }
    std::stable_sort(content.begin(), content.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.createdAt > b.createdAt;
    });
    hits.append(content);
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace hearth::cache
