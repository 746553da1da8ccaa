#include "historyapplier.h"

#include "cachelogging.h"
#include "sqlstep.h"

#include "protocol/syncpage.h"
#include "protocol/vocabulary.h"

namespace hearth::cache {

using namespace hearth::protocol;

HistoryApplier::HistoryApplier(const QSqlDatabase &db, const QString &localUserId,
                               ChangeSet *changes)
    : m_db(db)
    , m_localUserId(localUserId)
    , m_applier(db, changes) {}

bool HistoryApplier::accepts(const QString &communityId, const HistoryWatermark &watermark) {
    QSqlQuery epoch =
        runOrThrow(m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'epoch'"), {});
    if ((epoch.next() ? epoch.value(0).toLongLong() : 0) != watermark.epoch) {
        qCInfo(lcCache) << "history page of" << communityId << "dropped: the cache was rebuilt";
        return false;
    }
    QSqlQuery held = runOrThrow(m_db,
                                QStringLiteral("SELECT 1 FROM memberships WHERE community_id = ?"
                                               " AND user_id = ? AND state = 'active'"),
                                {communityId, m_localUserId});
    if (!held.next()) {
        qCInfo(lcCache) << "history page of" << communityId
                        << "dropped: the community is no longer held";
        return false;
    }
    if (newestSeq(QString::fromLatin1(ChangeType::Community), QString(), communityId) >
        watermark.seq) {
        qCInfo(lcCache) << "history page of" << communityId << "dropped: purged since";
        return false;
    }
    return true;
}

qint64 HistoryApplier::newestSeq(const QString &type, const QString &table, const QString &id) {
    qint64 newest = 0;
    if (!table.isEmpty()) {
        QSqlQuery row = runOrThrow(
            m_db, QStringLiteral("SELECT sync_seq FROM %1 WHERE id = ?").arg(table), {id});
        if (row.next())
            newest = row.value(0).toLongLong();
    }
    QSqlQuery tomb = runOrThrow(
        m_db, QStringLiteral("SELECT seq FROM tombstones WHERE type = ? AND id = ?"), {type, id});
    if (tomb.next())
        newest = qMax(newest, tomb.value(0).toLongLong());
    return newest;
}

bool HistoryApplier::holds(const QString &table, const QString &id) {
    QSqlQuery q =
        runOrThrow(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    return q.next();
}

bool HistoryApplier::apply(const Change &change, const HistoryWatermark &watermark) {
    const QString &type = change.type;
    bool newer = false;
    if (type == QLatin1StringView(ChangeType::Post)) {
        newer = newestSeq(type, QStringLiteral("posts"), change.id) > watermark.seq;
    } else if (type == QLatin1StringView(ChangeType::Comment)) {
        // Under a post deleted (or skipped) meanwhile, a comment would hang in the air.
        const QString postId = change.data.value(QStringLiteral("postId")).toString();
        newer = newestSeq(type, QStringLiteral("comments"), change.id) > watermark.seq ||
                !holds(QStringLiteral("posts"), postId);
    } else if (type == QLatin1StringView(ChangeType::Reaction)) {
        const QString postId = change.data.value(QStringLiteral("postId")).toString();
        const bool onComment = change.data.value(QStringLiteral("targetType")).toString() ==
                               QLatin1StringView(TargetType::Comment);
        const QString targetId = change.data.value(QStringLiteral("targetId")).toString();
        newer = newestSeq(type, QStringLiteral("reactions"), change.id) > watermark.seq ||
                !holds(QStringLiteral("posts"), postId.isEmpty() ? targetId : postId) ||
                (onComment && !holds(QStringLiteral("comments"), targetId));
    }
    if (newer) {
        ++m_skipped;
        return false;
    }
    m_applier.apply(change);
    return true;
}

} // namespace hearth::cache
