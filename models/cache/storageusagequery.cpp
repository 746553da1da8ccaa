#include "storageusagequery.h"

#include "cachelogging.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace hearth::cache {

namespace {
// Per stored row: the row header, its index entries and its share of the search index's
// bookkeeping. Text is counted twice: once in the table, once in the FTS index.
constexpr qint64 RowOverhead = 96;
} // namespace

StorageUsage StorageUsageQuery::run(const QSqlDatabase &db) const {
    StorageUsage usage;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        const QFileInfo file(path + suffix);
        if (file.exists())
            usage.fileBytes += file.size();
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT c.id, c.name,"
        " (SELECT count(*) FROM posts p WHERE p.community_id = c.id),"
        " (SELECT coalesce(sum(length(CAST(p.title AS BLOB)) + length(CAST(p.body AS BLOB))), 0)"
        "  FROM posts p WHERE p.community_id = c.id),"
        " (SELECT count(*) FROM comments m WHERE m.community_id = c.id),"
        " (SELECT coalesce(sum(length(CAST(m.body AS BLOB))), 0)"
        "  FROM comments m WHERE m.community_id = c.id),"
        " (SELECT count(*) + coalesce(sum(length(CAST(e.title AS BLOB))"
        "  + length(CAST(e.description AS BLOB))), 0) FROM events e WHERE e.community_id = c.id),"
        " (SELECT count(*) FROM reactions r WHERE r.community_id = c.id),"
        " length(CAST(c.description AS BLOB)) + length(CAST(c.guidelines AS BLOB))"
        " FROM communities c ORDER BY c.name COLLATE NOCASE, c.id");
    if (!q.exec(sql)) {
        qCWarning(lcCache) << "storage usage query failed:" << q.lastError().text();
        return usage;
    }
    qint64 estimatedTotal = 0;
    while (q.next()) {
        CommunityUsage c;
        c.communityId = q.value(0).toString();
        c.name = q.value(1).toString();
        c.posts = q.value(2).toInt();
        c.comments = q.value(4).toInt();
        const qint64 text = q.value(3).toLongLong() + q.value(5).toLongLong();
        c.bytes = 2 * text + (c.posts + c.comments) * RowOverhead + q.value(6).toLongLong() +
                  q.value(7).toLongLong() * RowOverhead + q.value(8).toLongLong() + RowOverhead;
        estimatedTotal += c.bytes;
        usage.communities.append(std::move(c));
    }
    // The file also holds free pages, the schema and the outbox: scale the estimates down to the
    // real size when they add up to more, so the shares never promise more than clearing frees.
    if (estimatedTotal > usage.fileBytes && usage.fileBytes > 0) {
        for (CommunityUsage &c : usage.communities)
            c.bytes = c.bytes * usage.fileBytes / estimatedTotal;
    }
    return usage;
}

} // namespace hearth::cache
