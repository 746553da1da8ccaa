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
    return Cursor::encode(m_logId, m_log.head());
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
        // The page is still served; the reminder is looked for again at the next sync.
        qCWarning(lcSync) << "event reminders for" << userId << "failed:" << e.message();
    }
    const qint64 head = m_log.head();
    if (after.value() > head)
        return DomainError{QString::fromLatin1(hearth::protocol::ErrorCode::ResyncRequired),
                           QStringLiteral("the cursor is ahead of this server's change log "
                                          "(was the database restored?); sync from the start")};
    const ChangeLog::Page page = m_log.read(userId, after.value(), head, limit);
    qCDebug(lcSync) << "page for" << userId << "after" << after.value() << ":"
                    << page.changes.size() << "changes, more:" << page.hasMore;
    return hearth::protocol::SyncPage::encode(page.changes, Cursor::encode(m_logId, page.lastSeq),
                                              page.hasMore);
}

} // namespace hearthd
