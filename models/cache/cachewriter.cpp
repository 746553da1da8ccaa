#include "cachewriter.h"

#include "cacheinspection.h"
#include "cachelogging.h"
#include "changeapplier.h"
#include "historyapplier.h"
#include "mutationapplier.h"
#include "outboxreviser.h"
#include "schema.h"
#include "sqlstep.h"

#include "protocol/auditpage.h"
#include "protocol/engagementreport.h"
#include "protocol/historypage.h"
#include "protocol/mutation.h"
#include "protocol/syncpage.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

namespace hearth::cache {

CacheWriter::CacheWriter(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("hearth-cache-writer-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

CacheWriter::~CacheWriter() {
    close();
}

bool CacheWriter::open(const QString &path, QString *error) {
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error =
            QStringLiteral("cannot open the local cache %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    try {
        // WAL lets readers on other threads page while a sync batch is being written.
        QSqlQuery wal = runOrThrow(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!wal.next() ||
            wal.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0)
            throw SqlFailure{QStringLiteral("the file system does not support WAL mode")};
        runOrThrow(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        runOrThrow(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    } catch (const SqlFailure &failure) {
        *error = QStringLiteral("cannot set up the local cache %1: %2").arg(path, failure.message);
        return false;
    }
    if (!Schema::migrate(m_db, error))
        return false;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral(
        "SELECT key, value FROM sync_state WHERE key IN ('user_id', 'display_name')"));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1StringView("user_id"))
            m_userId = q.value(1).toString();
        else
            m_displayName = q.value(1).toString();
    }
    return true;
}

void CacheWriter::close() {
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CacheWriter::transact(const std::function<void()> &work, QString *error) {
    if (!m_db.transaction()) {
        *error =
            QStringLiteral("cannot start a cache transaction: %1").arg(m_db.lastError().text());
        return false;
    }
    try {
        work();
    } catch (const SqlFailure &failure) {
        m_db.rollback();
        *error = failure.message;
        checkForDamage(*error);
        return false;
    }
    if (!m_db.commit()) {
        *error = QStringLiteral("cannot commit to the cache: %1").arg(m_db.lastError().text());
        m_db.rollback();
        checkForDamage(*error);
        return false;
    }
    return true;
}

void CacheWriter::checkForDamage(const QString &error) {
    if (m_damaged || !(error.contains(QLatin1StringView("malformed")) ||
                       error.contains(QLatin1StringView("not a database"))))
        return;
    m_damaged = true;
    qCWarning(lcCache) << "the cache is damaged; it will be rebuilt at the next start:" << error;
    CacheInspection::markDamaged(m_db.databaseName(), error);
    Q_EMIT damageFound(error);
}

void CacheWriter::applySyncPage(const QByteArray &pageJson) {
    QString error;
    const auto page = protocol::SyncPage::fromJson(pageJson, &error);
    if (!page) {
        qCWarning(lcCache) << "sync page refused:" << error;
        Q_EMIT syncError(
            QStringLiteral("the server sent a sync page that does not parse: %1").arg(error));
        return;
    }
    ChangeSet changes;
    const bool ok = transact(
        [&] {
            ChangeApplier applier(m_db, &changes);
            for (const auto &change : page->changes)
                applier.apply(change);
            runOrThrow(m_db,
                       QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('cursor', ?)"
                                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                       {page->cursor});
            // The newest change applied: the watermark history requests are made at.
            qint64 newest = 0;
            for (const auto &change : page->changes)
                newest = qMax(newest, change.seq);
            if (newest > 0)
                runOrThrow(m_db,
                           QStringLiteral("INSERT INTO sync_state(key, value)"
                                          " VALUES ('applied_seq', ?) ON CONFLICT(key) DO UPDATE"
                                          " SET value = MAX(CAST(value AS INTEGER),"
                                          " CAST(excluded.value AS INTEGER))"),
                           {QString::number(newest)});
        },
        &error);
    if (!ok) {
        qCWarning(lcCache) << "sync page not applied:" << error;
        Q_EMIT syncError(QStringLiteral("a sync page could not be applied: %1").arg(error));
        return;
    }
    qCDebug(lcCache) << "applied" << page->changes.size() << "changes; hasMore" << page->hasMore;
    if (!changes.isEmpty())
        Q_EMIT committed(changes);
    Q_EMIT pageApplied(page->cursor, page->hasMore);
}

void CacheWriter::enqueueMutation(const QString &id, const QString &name, const QJsonObject &args,
                                  qint64 nowMs) {
    ChangeSet changes;
    QString error;
    const bool ok = transact(
        [&] {
            OutboxReviser(m_db, m_userId, myDisplayName(), &changes).append(id, name, args, nowMs);
        },
        &error);
    if (!ok) {
        qCWarning(lcCache) << "mutation" << name << "not stored:" << error;
        // SQLITE_FULL says "database or disk is full"; a file that may not grow, "disk I/O".
        // The outbox banner names the write; the message says why and what to do.
        const bool disk = error.contains(QLatin1StringView("disk"));
        Q_EMIT writeFailed(disk ? QStringLiteral("the disk is full (%1). Free some space and try "
                                                 "again; what was saved before is safe.")
                                      .arg(error)
                                : error,
                           name, args);
        return;
    }
    Q_EMIT committed(changes);
    Q_EMIT outboxChanged();
}

void CacheWriter::settleMutations(const QByteArray &responseJson) {
    QString error;
    const QJsonDocument doc = QJsonDocument::fromJson(responseJson);
    const auto response = protocol::MutationResponse::fromJson(doc.object(), &error);
    if (!doc.isObject() || !response) {
        Q_EMIT syncError(
            QStringLiteral("the server's answer to our writes does not parse: %1").arg(error));
        Q_EMIT mutationsSettled();
        return;
    }
    ChangeSet changes;
    struct Settled {
        QString entryId, name;
        protocol::MutationResult result;
    };
    QList<Settled> settled;
    const bool ok = transact(
        [&] {
            settled.clear();
            for (const auto &result : response->results) {
                // Answers name the id the entry was last sent under.
                QSqlQuery q =
                    runOrThrow(m_db,
                               QStringLiteral("SELECT target_id, community_id, name, id FROM outbox"
                                              " WHERE (send_id = '' AND id = ?) OR send_id = ?"),
                               {result.id, result.id});
                if (!q.next())
                    continue; // settled before (a replayed answer)
                const QString entryId = q.value(3).toString();
                const QString targetId = q.value(0).toString();
                const QString communityId = q.value(1).toString();
                // A thread shows a comment's state too, and may be hiding it (a pending delete).
                if (q.value(2).toString().startsWith(QLatin1StringView("comment."))) {
                    QSqlQuery thread = runOrThrow(
                        m_db, QStringLiteral("SELECT post_id FROM comments WHERE id = ?"),
                        {targetId});
                    if (thread.next())
                        changes.threads.insert(thread.value(0).toString());
                }
                settled.append({entryId, q.value(2).toString(), result});
                if (result.applied()) {
                    runOrThrow(m_db, QStringLiteral("DELETE FROM outbox WHERE id = ?"), {entryId});
                    // The server confirmed the delete: drop the post now rather than show it
                    // again until the tombstone arrives with the next pull.
                    const QString name = q.value(2).toString();
                    if (name == QLatin1StringView(protocol::MutationName::PostDelete))
                        ChangeApplier(m_db, &changes).deletePost(targetId);
                    else if (name == QLatin1StringView(protocol::MutationName::CommentDelete))
                        ChangeApplier(m_db, &changes).deleteComment(targetId);
                    // The server's answer settles my RSVP: "going" may have become
                    // "waitlisted" when every seat was taken.
                    const QString status = result.result.value(QStringLiteral("status")).toString();
                    if (q.value(2).toString() ==
                            QLatin1StringView(protocol::MutationName::RsvpSet) &&
                        !status.isEmpty())
                        runOrThrow(m_db,
                                   QStringLiteral("UPDATE rsvps SET status = ?"
                                                  " WHERE event_id = ? AND user_id = ?"),
                                   {status, targetId, m_userId});
                } else {
                    runOrThrow(m_db,
                               QStringLiteral("UPDATE outbox SET state = 'failed', error_code = ?,"
                                              " error_message = ?, current = ? WHERE id = ?"),
                               {result.errorCode, result.errorMessage, jsonColumn(result.current),
                                entryId});
                }
                changes.posts.insert(targetId);
                changes.comments.insert(targetId);
                changes.events.insert(targetId);
                if (!communityId.isEmpty()) {
                    changes.feeds.insert(communityId);
                    changes.communities.insert(communityId);
                }
            }
        },
        &error);
    if (!ok) {
        Q_EMIT syncError(QStringLiteral("settling sent writes failed: %1").arg(error));
    } else {
        if (!changes.isEmpty())
            Q_EMIT committed(changes);
        Q_EMIT outboxChanged();
        for (const Settled &s : std::as_const(settled))
            Q_EMIT mutationSettled(s.entryId, s.name, s.result.applied(), s.result.result,
                                   s.result.errorCode, s.result.errorMessage);
    }
    Q_EMIT mutationsSettled();
}

void CacheWriter::reapplyOutbox(ChangeSet *changes) {
    MutationApplier applier(m_db, m_userId, myDisplayName(), changes);
    QSqlQuery q =
        runOrThrow(m_db, QStringLiteral("SELECT name, args, created_at FROM outbox ORDER BY seq"));
    while (q.next()) {
        try {
            applier.apply(q.value(0).toString(), jsonFromColumn(q.value(1).toString()),
                          q.value(2).toLongLong());
        } catch (const SqlFailure &failure) {
            // e.g. a comment on a post the rebuilt cache no longer has: it stays in the outbox
            // and the server decides.
            qCInfo(lcCache) << "outbox entry not re-applied after resync:" << failure.message;
        }
    }
}

void CacheWriter::resetForResync() {
    ChangeSet changes;
    changes.reset = true;
    QString error;
    const bool ok = transact(
        [&] {
            for (const char *table :
                 {"reactions", "rsvps", "events", "comments", "posts", "memberships", "communities",
                  "users", "notifications", "reports", "alert_settings", "audit_entries",
                  "audit_fetches", "engagement_reports"})
                runOrThrow(m_db, QStringLiteral("DELETE FROM ") + QLatin1StringView(table));
            // The member's choices (keep offline, read up to) stay; what the cache held of each
            // community's history does not: it is paged in again.
            runOrThrow(m_db, QStringLiteral("UPDATE community_state SET history_complete = 0,"
                                            " history_cursor = ''"));
            runOrThrow(m_db, QStringLiteral("DELETE FROM sync_state WHERE key = 'cursor'"));
            // A rebuilt cache starts a new epoch: history pages asked for before are dropped,
            // and the tombstones of the old log mean nothing in the new one.
            runOrThrow(m_db, QStringLiteral("DELETE FROM tombstones"));
            runOrThrow(m_db, QStringLiteral("DELETE FROM sync_state WHERE key = 'applied_seq'"));
            runOrThrow(m_db,
                       QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('epoch', '1')"
                                      " ON CONFLICT(key) DO UPDATE"
                                      " SET value = CAST(value AS INTEGER) + 1"));
            // What the member wrote and the server has not confirmed must stay visible.
            reapplyOutbox(&changes);
        },
        &error);
    if (!ok) {
        Q_EMIT syncError(QStringLiteral("rebuilding the cache failed: %1").arg(error));
        return;
    }
    qCInfo(lcCache) << "cache reset for a resync; outbox kept";
    Q_EMIT committed(changes);
    Q_EMIT resetDone();
}

void CacheWriter::restoreOutboxEffects() {
    ChangeSet changes;
    QString error;
    if (!transact([&] { reapplyOutbox(&changes); }, &error)) {
        // They are in the outbox all the same and go to the server; only the preview is missing.
        qCWarning(lcCache) << "carried-over writes not shown:" << error;
        return;
    }
    if (!changes.isEmpty())
        Q_EMIT committed(changes);
    Q_EMIT outboxChanged();
}

void CacheWriter::retryMutation(const QString &id) {
    QString error;
    ChangeSet changes;
    const bool ok = transact(
        [&] {
            QSqlQuery q = runOrThrow(
                m_db, QStringLiteral("SELECT target_id, community_id FROM outbox WHERE id = ?"),
                {id});
            if (!q.next())
                return;
            changes.posts.insert(q.value(0).toString());
            changes.comments.insert(q.value(0).toString());
            changes.feeds.insert(q.value(1).toString());
            // The same change under a new mutation id, in its place in the order (seq): the
            // server answers a mutation id it has seen with its first answer, so the old one
            // would be refused again whatever changed since (a join approved, a post unlocked).
            runOrThrow(m_db,
                       QStringLiteral("UPDATE outbox SET state = 'pending', error_code = '',"
                                      " error_message = '', current = '', send_id = ?"
                                      " WHERE id = ? AND state = 'failed'"),
                       {QUuid::createUuid().toString(QUuid::WithoutBraces), id});
        },
        &error);
    if (!ok) {
        Q_EMIT writeFailed(error, QString(), QJsonObject());
        return;
    }
    if (!changes.isEmpty())
        Q_EMIT committed(changes);
    Q_EMIT outboxChanged();
}

void CacheWriter::discardMutation(const QString &id) {
    QString error;
    ChangeSet changes;
    const bool ok = transact(
        [&] {
            QSqlQuery q = runOrThrow(m_db,
                                     QStringLiteral("SELECT name, target_id, community_id, previous"
                                                    " FROM outbox WHERE id = ?"),
                                     {id});
            if (!q.next())
                return;
            MutationApplier::Target target{q.value(1).toString(), q.value(2).toString(),
                                           jsonFromColumn(q.value(3).toString())};
            runOrThrow(m_db, QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
            MutationApplier(m_db, m_userId, myDisplayName(), &changes)
                .revert(q.value(0).toString(), target);
        },
        &error);
    if (!ok) {
        Q_EMIT writeFailed(error, QString(), QJsonObject());
        return;
    }
    if (!changes.isEmpty())
        Q_EMIT committed(changes);
    Q_EMIT outboxChanged();
}

void CacheWriter::reviseOutbox(const std::function<void(OutboxReviser &)> &change) {
    QString error;
    ChangeSet changes;
    const bool ok = transact(
        [&] {
            OutboxReviser reviser(m_db, m_userId, myDisplayName(), &changes);
            change(reviser);
        },
        &error);
    if (!ok) {
        Q_EMIT writeFailed(error, QString(), QJsonObject());
        return;
    }
    if (!changes.isEmpty())
        Q_EMIT committed(changes);
    Q_EMIT outboxChanged();
}

void CacheWriter::reviseMutation(const QString &id, const QString &newId, const QString &title,
                                 const QString &body, qint64 nowMs) {
    reviseOutbox([&](OutboxReviser &r) { r.revise(id, newId, title, body, nowMs); });
}

void CacheWriter::resolveConflict(const QString &id, const QString &newId, const QString &title,
                                  const QString &body, qint64 nowMs) {
    reviseOutbox([&](OutboxReviser &r) { r.resolveConflict(id, newId, title, body, nowMs); });
}

void CacheWriter::acceptServerVersion(const QString &id) {
    reviseOutbox([&](OutboxReviser &r) { r.acceptServerVersion(id); });
}

void CacheWriter::markCommunityRead(const QString &communityId, qint64 nowMs) {
    QString error;
    const bool ok = transact(
        [&] {
            runOrThrow(
                m_db,
                QStringLiteral("INSERT INTO community_state (community_id, last_read_at)"
                               " VALUES (?, ?) ON CONFLICT(community_id) DO UPDATE"
                               " SET last_read_at = MAX(last_read_at, excluded.last_read_at)"),
                {communityId, nowMs});
            recountUnread(communityId);
        },
        &error);
    if (!ok) {
        Q_EMIT writeFailed(error, QString(), QJsonObject());
        return;
    }
    ChangeSet changes;
    changes.communities.insert(communityId);
    Q_EMIT committed(changes);
}

void CacheWriter::recountUnread(const QString &communityId) {
    // The triggers of schema 9 keep the counts as posts come and go; this recounts when what
    // "unread" means moves (last read time, who "me" is). Over posts_feed: only posts newer than
    // the last read time are visited.
    QString sql =
        QStringLiteral("UPDATE community_state SET unread_count = (SELECT count(*) FROM posts p"
                       " WHERE p.community_id = community_state.community_id"
                       " AND p.created_at > community_state.last_read_at AND p.author_id <>"
                       " coalesce((SELECT value FROM sync_state WHERE key = 'user_id'), ''))");
    if (communityId.isEmpty()) {
        runOrThrow(m_db, sql);
        return;
    }
    sql += QStringLiteral(" WHERE community_id = ?");
    runOrThrow(m_db, sql, {communityId});
}

void CacheWriter::applyHistoryPage(const QString &communityId, const QByteArray &pageJson,
                                   std::optional<HistoryWatermark> watermark) {
    // Copies of current objects (seq 0), applied as upserts; they do not move the sync cursor.
    QString error;
    const auto page = protocol::HistoryPage::fromJson(pageJson, &error);
    if (!page) {
        qCWarning(lcCache) << "history page refused:" << error;
        Q_EMIT historyError(
            communityId,
            QStringLiteral("the server sent a history page that does not parse: %1").arg(error));
        return;
    }
    ChangeSet changes;
    bool dropped = false;
    const bool ok = transact(
        [&] {
            HistoryApplier applier(m_db, m_userId, &changes);
            // Asked for before newer sync pages were applied: keep what they brought.
            if (watermark && !applier.accepts(communityId, *watermark)) {
                dropped = true;
                return;
            }
            for (const auto &change : page->changes) {
                if (!watermark)
                    ChangeApplier(m_db, &changes).apply(change);
                else
                    applier.apply(change, *watermark);
            }
            if (applier.skipped() > 0)
                qCInfo(lcCache) << "history page of" << communityId << "skipped"
                                << applier.skipped() << "objects the cache holds newer";
            runOrThrow(m_db,
                       QStringLiteral("INSERT INTO community_state (community_id, history_cursor,"
                                      " history_complete) VALUES (?, ?, ?)"
                                      " ON CONFLICT(community_id) DO UPDATE SET"
                                      " history_cursor = excluded.history_cursor,"
                                      " history_complete = excluded.history_complete"),
                       {communityId, page->before, int(page->complete)});
        },
        &error);
    if (!ok) {
        qCWarning(lcCache) << "history page not applied:" << error;
        Q_EMIT historyError(communityId,
                            QStringLiteral("a history page could not be applied: %1").arg(error));
        return;
    }
    // The feed's history state changed even when the page held no post (or was dropped: a
    // feed waiting for it may ask again).
    changes.feeds.insert(communityId);
    changes.communities.insert(communityId);
    Q_EMIT committed(changes);
    Q_EMIT historyPageApplied(communityId, page->complete && !dropped);
}

void CacheWriter::applyAuditPage(const QString &communityId, const QByteArray &pageJson,
                                 qint64 fetchedAt) {
    QString error;
    const auto page =
        protocol::AuditPage::fromJson(QJsonDocument::fromJson(pageJson).object(), &error);
    if (!page) {
        Q_EMIT auditError(
            communityId,
            QStringLiteral("the server sent an audit log that does not parse: %1").arg(error));
        return;
    }
    ChangeSet changes;
    const bool ok = transact(
        [&] {
            // The newest entries as the server has them now: what was fetched before goes.
            runOrThrow(m_db, QStringLiteral("DELETE FROM audit_entries WHERE community_id = ?"),
                       {communityId});
            for (const protocol::AuditEntry &e : page->entries)
                runOrThrow(
                    m_db,
                    QStringLiteral("INSERT OR REPLACE INTO audit_entries (id,"
                                   " community_id, action, actor_id, target_id, reason,"
                                   " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {e.id, communityId, e.action, e.actorId, e.targetId, e.reason, e.createdAt});
            runOrThrow(m_db,
                       QStringLiteral("INSERT INTO audit_fetches (community_id, fetched_at)"
                                      " VALUES (?, ?) ON CONFLICT(community_id) DO UPDATE"
                                      " SET fetched_at = excluded.fetched_at"),
                       {communityId, fetchedAt});
            changes.audits.insert(communityId);
        },
        &error);
    if (!ok) {
        Q_EMIT auditError(communityId,
                          QStringLiteral("the audit log could not be stored: %1").arg(error));
        return;
    }
    Q_EMIT committed(changes);
}

void CacheWriter::applyEngagementReport(const QString &communityId, const QByteArray &reportJson,
                                        qint64 fetchedAt) {
    QString error;
    const auto report =
        protocol::EngagementReport::fromJson(QJsonDocument::fromJson(reportJson).object(), &error);
    if (!report || report->communityId != communityId) {
        Q_EMIT engagementError(
            communityId, QStringLiteral("the server sent engagement figures that do not parse: %1")
                             .arg(report ? QStringLiteral("they are another community's") : error));
        return;
    }
    ChangeSet changes;
    const bool ok = transact(
        [&] {
            // Kept as the server worded it (a document read whole), re-encoded from what parsed.
            runOrThrow(m_db,
                       QStringLiteral("INSERT INTO engagement_reports (community_id, fetched_at,"
                                      " report) VALUES (?, ?, ?) ON CONFLICT(community_id) DO"
                                      " UPDATE SET fetched_at = excluded.fetched_at,"
                                      " report = excluded.report"),
                       {communityId, fetchedAt,
                        QString::fromUtf8(
                            QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact))});
            changes.engagement.insert(communityId);
        },
        &error);
    if (!ok) {
        Q_EMIT engagementError(
            communityId,
            QStringLiteral("the engagement figures could not be stored: %1").arg(error));
        return;
    }
    Q_EMIT committed(changes);
}

void CacheWriter::setKeepOffline(const QString &communityId, bool keep) {
    QString error;
    const bool ok = transact(
        [&] {
            runOrThrow(m_db,
                       QStringLiteral("INSERT INTO community_state (community_id, keep_offline)"
                                      " VALUES (?, ?) ON CONFLICT(community_id) DO UPDATE"
                                      " SET keep_offline = excluded.keep_offline"),
                       {communityId, int(keep)});
        },
        &error);
    if (!ok) {
        Q_EMIT writeFailed(error, QString(), QJsonObject());
        return;
    }
    ChangeSet changes;
    changes.communities.insert(communityId);
    Q_EMIT committed(changes);
    Q_EMIT keepOfflineChanged(communityId, keep);
}

QString CacheWriter::myDisplayName() const {
    QSqlQuery q =
        runOrThrow(m_db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {m_userId});
    const QString cached = q.next() ? q.value(0).toString() : QString();
    return cached.isEmpty() ? m_displayName : cached;
}

void CacheWriter::setLocalUser(const QString &userId, const QString &displayName) {
    QString error;
    const bool ok = transact(
        [&] {
            const QString sql =
                QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?)"
                               " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            runOrThrow(m_db, sql, {QStringLiteral("user_id"), userId});
            runOrThrow(m_db, sql, {QStringLiteral("display_name"), displayName});
            if (m_userId != userId)
                recountUnread(QString()); // "others' posts" means someone else's now
        },
        &error);
    if (!ok) {
        Q_EMIT writeFailed(error, QString(), QJsonObject());
        return;
    }
    const bool userChanged = m_userId != userId;
    m_userId = userId;
    m_displayName = displayName;
    if (userChanged) {
        // "My role" and "mine" change meaning for every row.
        ChangeSet changes;
        changes.reset = true;
        Q_EMIT committed(changes);
    }
}

} // namespace hearth::cache
