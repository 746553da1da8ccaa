#include "syncservice.h"

#include "protocol/apierror.h"
#include "protocol/syncpage.h"
#include "server/domain/changelog.h"
#include "server/domain/clock.h"
#include "server/domain/cursor.h"
#include "server/domain/domainlogging.h"
#include "server/domain/notifications.h"
#include "server/storage/database.h"
#include "server/storage/storageerror.h"

namespace hearthd {

SyncService::SyncService(Database &db, ChangeLog &log, EntityReader &reader)
    : m_db(db)
    , m_log(log)
    , m_reader(reader)
    , m_logId(db.meta(QStringLiteral("log_id"))) {}

QString SyncService::headCursor() const {
    return Cursor::encode(m_logId, m_log.headPosition());
}

Result<QByteArray> SyncService::page(const QString &userId, const QString &cursor,
                                     int limit) const {
    if (limit < 1 || limit > MaxLimit)
        return DomainError::invalid(
            QStringLiteral("'limit' must be between 1 and %1").arg(MaxLimit));
    const auto after = Cursor::decode(cursor, m_logId);
    if (!after)
        return after.error();
    try {
        Notifications::remindEvents(m_db, m_log, m_reader, userId, Clock::nowMs());
    } catch (const StorageError &e) {
        if (e.isConnectionLost())
            throw; // nothing more can be read either: answered 503 by the HTTP layer
        // The page is still served; the reminder is looked for again at the next sync.
        qCWarning(lcSync) << "event reminders for" << userId << "failed:" << e.message();
    }
    const qint64 head = m_log.head();
    const QString resync = QString::fromLatin1(hearth::protocol::ErrorCode::ResyncRequired);
    if (after->seq > head)
        return DomainError{resync,
                           QStringLiteral("the cursor is ahead of this server's change log "
                                          "(was the database restored?); sync from the start")};
    // Rows are never removed, only superseded, so the row at a cursor's seq keeps its stamp for
    // as long as this history lasts.
    if (after->seq > 0 && m_log.stampAt(after->seq) != after->stamp)
        return DomainError{resync,
                           QStringLiteral("the cursor is from a history this server's change log "
                                          "no longer has (was the database restored from a "
                                          "backup?); sync from the start")};
    const ChangeLog::Page page = m_log.read(userId, after->seq, head, limit);
    qCDebug(lcSync) << "page for" << userId << "after" << after->seq << ":" << page.changes.size()
                    << "changes, more:" << page.hasMore;
    return hearth::protocol::SyncPage::encode(page.changes, Cursor::encode(m_logId, page.last),
                                              page.hasMore);
}

} // namespace hearthd
