#include "searchquery.h"

#include "readquery.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace hearth::cache {

namespace {
// snippet() marks matches with these; the text is HTML-escaped before they become <b></b>, so a
// post containing markup cannot inject any.
const QChar openMark(0x1);
const QChar closeMark(0x2);

// What a snippet of markdown says, without its syntax: link and image text without their
// addresses, no emphasis marks, headings, quotes or list bullets, on one line. A snippet can start
// or end inside a construct, so half of one (e.g. "trails](https://…)") is cleaned up too.
QString withoutMarkdown(QString text) {
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)?"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)?"));
    static const QRegularExpression linkTail(QStringLiteral("\\]\\([^)\\s]*\\)?"));
    static const QRegularExpression autolink(QStringLiteral("<((?:https?|mailto):[^>\\s]*)>"));
    static const QRegularExpression lineMarks(
        QStringLiteral("(^|\\n)[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+|\\d+[.)][ \\t]+)"));
    static const QRegularExpression emphasis(
        QStringLiteral("\\*+|~~|`+|(?<![\\w\\x01\\x02])_+|_+(?![\\w\\x01\\x02])"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    text.replace(image, QStringLiteral("\\1"));
    text.replace(link, QStringLiteral("\\1"));
    text.replace(linkTail, QString());
    text.replace(autolink, QStringLiteral("\\1"));
    text.replace(lineMarks, QStringLiteral("\\1"));
    text.replace(emphasis, QString());
    text.replace(space, QStringLiteral(" "));
    return text.trimmed();
}

QString highlighted(const QString &snippet) {
    QString html = withoutMarkdown(snippet).toHtmlEscaped();
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
                           " snippet(users_fts, -1, char(1), char(2), '…', 10), u.handle"
                           " FROM users_fts JOIN users u ON u.rid = users_fts.rowid"
                           " WHERE users_fts MATCH ? ORDER BY users_fts.rowid DESC LIMIT ?"),
            {match, limit}, "search");
        while (q.next())
            hits.append({QStringLiteral("user"), q.value(0).toString(), QString(), QString(),
                         q.value(1).toString(), highlighted(q.value(2).toString()),
                         q.value(3).toString(), 0});
    }

    QList<SearchHit> content;
    if (includePosts) {
        QString sql =
            // The snippet comes from the body: the title is shown above it already.
            QStringLiteral("SELECT p.id, p.community_id, p.title, snippet(posts_fts, 1, char(1), "
                           "char(2), '…', 12),"
                           " p.created_at, p.author_name"
                           " FROM posts_fts JOIN posts p ON p.rid = posts_fts.rowid"
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
                            highlighted(q.value(3).toString()), q.value(5).toString(),
                            q.value(4).toLongLong()});
    }
    if (includeComments && postKind.isEmpty()) {
        QString sql =
            QStringLiteral("SELECT c.id, c.post_id, c.community_id, coalesce(p.title, ''),"
                           " snippet(comments_fts, 0, char(1), char(2), '…', 12), c.created_at,"
                           " c.author_name"
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
                            highlighted(q.value(4).toString()), q.value(6).toString(),
                            q.value(5).toLongLong()});
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
