#pragma once
// Applies one history page (GET /v1/communities/{id}/history) without rolling newer state back.
// The page holds copies of objects as they were when it was fetched; sync pages applied since may
// have edited, deleted or removed them. So a page is dropped whole when the cache was rebuilt
// since it was asked for, when the member no longer holds the community (left, removed, banned)
// or when the community was purged since; and each post, comment and reaction is applied only if
// no sync change newer than the page's watermark touched it (its sync_seq, or a tombstone), and
// only under a post (and comment) the cache still holds. Runs in the writer's transaction.

#include "changeapplier.h"
#include "historywatermark.h"

namespace hearth::cache {

class HistoryApplier {
public:
    HistoryApplier(const QSqlDatabase &db, const QString &localUserId, ChangeSet *changes);

    // Whether a page asked for at `watermark` may be applied to `communityId` at all.
    bool accepts(const QString &communityId, const HistoryWatermark &watermark);
    // Applies one change of the page unless the cache holds something newer; false when skipped.
    bool apply(const protocol::Change &change, const HistoryWatermark &watermark);
    int skipped() const { return m_skipped; }

private:
    // The newest sync seq that touched the object: its row's sync_seq or its tombstone's.
    qint64 newestSeq(const QString &type, const QString &table, const QString &id);
    bool holds(const QString &table, const QString &id);

    QSqlDatabase m_db;
    QString m_localUserId;
    ChangeApplier m_applier;
    int m_skipped = 0;
};

} // namespace hearth::cache
