#pragma once
// The local cache of one signed-in account: its SQLite file (WAL, versioned schema, FTS5 search
// index), the outbox of the member's unsent writes, and the sync cursor.
//
// Writes never run on the caller's thread: they are queued to one writer on a worker thread and
// applied in order, one transaction each; `changed` reports what each committed write touched,
// on the thread that owns the CacheStore. Reads go through readConnection(), one connection per
// calling thread, so models page with keyset queries while a sync batch is being written.

#include "cacheopenreport.h"
#include "changeset.h"
#include "historywatermark.h"
#include "outboxentry.h"
#include "searchhit.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace hearth::cache {

class CacheWriter;

class CacheStore : public QObject {
    Q_OBJECT
    // Writes the member made that the server has not confirmed yet (failed ones not counted).
    Q_PROPERTY(int unsentCount READ unsentCount NOTIFY outboxChanged)
    // Writes the server refused; the member can retry or discard them.
    Q_PROPERTY(int failedCount READ failedCount NOTIFY outboxChanged)
    Q_PROPERTY(QString localUserId READ localUserId NOTIFY localUserChanged)

public:
    // Opens or creates the file, migrates it and starts the writer thread. The file is looked at
    // first (CacheInspection): a damaged one (not a database, cut short, failing quick_check) is
    // replaced by a new cache that keeps its unsent writes and client id, the old file kept as
    // <path>.broken-<time> (CacheRepair), and the server fills the rest in again; one written by
    // a newer Hearth is refused and left untouched. `report` says what happened, for the member.
    static std::unique_ptr<CacheStore> open(const QString &path, CacheOpenReport &report);
    // The same; nullptr and the message for people in *error on failure.
    static std::unique_ptr<CacheStore> open(const QString &path, QString *error);
    // What the member may choose for a cache open() refused (written by a newer Hearth): the file
    // is set aside as <path>.broken-<time>, its unsent writes carried over into a new cache.
    static std::unique_ptr<CacheStore> rebuild(const QString &path, CacheOpenReport &report);
    ~CacheStore() override;

    QString path() const { return m_path; }

    // A read-only connection for the calling thread, made on first use.
    QSqlDatabase readConnection() const;

    // --- Writes (queued to the writer thread; return at once) ---
    // Parses and applies one GET /v1/sync page and stores its cursor, in one transaction. Emits
    // pageApplied on success, syncError (and changes nothing) otherwise.
    void applySyncPage(const QByteArray &pageJson);
    // Returns the new mutation's id (a UUID) at once; the writer appends it to the outbox and
    // applies it optimistically in one transaction.
    QString enqueueMutation(const QString &name, const QJsonObject &args);
    // Takes a POST /v1/mutations response: applied entries leave the outbox, refused ones are
    // marked failed with the server's reason. Emits mutationsSettled.
    void settleMutations(const QByteArray &responseJson);
    // Drops cached content and the cursor, keeps the outbox (and re-applies it). Emits resetDone.
    void resetForResync();
    // A failed mutation is queued again / dropped with its optimistic effect undone.
    Q_INVOKABLE void retryMutation(const QString &mutationId);
    Q_INVOKABLE void discardMutation(const QString &mutationId);
    // New text for a post, edit or reply still in the outbox (OutboxReviser::revise): a refused
    // one is queued again with it, a waiting post gets an edit after it. Shown at once. Returns
    // the outbox id that now carries the text.
    Q_INVOKABLE QString reviseMutation(const QString &mutationId, const QString &title,
                                       const QString &body);
    // A post.edit or comment.edit refused as a conflict, kept as `title`/`body` (mine, or a merge
    // of both; a comment takes no title): the server's version is stored and a new edit based on
    // it is queued. Returns its id.
    Q_INVOKABLE QString resolveConflict(const QString &mutationId, const QString &title,
                                        const QString &body);
    // A post.edit or comment.edit refused as a conflict, given up: the server's version is shown.
    Q_INVOKABLE void acceptServerVersion(const QString &mutationId);
    // Who "me" is in this cache: the author of optimistic posts and whose role the community list
    // shows. The app sets it from the Session after sign-in (it is stored in the file).
    void setLocalUser(const QString &userId, const QString &displayName);
    // The member has seen this community's feed up to now (unread counts start again from 0).
    Q_INVOKABLE void markCommunityRead(const QString &communityId);
    // Applies one GET /v1/communities/{id}/history page (upserts; the sync cursor does not move)
    // and stores where the next page starts and whether the community's first post was reached.
    // Emits historyPageApplied, or historyError. With the `watermark` read when the page was
    // asked for, nothing a sync page changed since is rolled back and a page for a community
    // no longer held is dropped (historyPageApplied still follows, with nothing stored).
    void applyHistoryPage(const QString &communityId, const QByteArray &pageJson,
                          std::optional<HistoryWatermark> watermark = std::nullopt);
    // "Keep offline": the sync engine pages this community's whole history in. Emits
    // keepOfflineChanged once stored.
    Q_INVOKABLE void setKeepOffline(const QString &communityId, bool keep);
    // A reader (a feed scrolled past its oldest cached post) wants older posts from the server.
    // The cache does not fetch: it emits olderHistoryRequested for the sync engine, and the
    // page arrives through applyHistoryPage like any other write.
    Q_INVOKABLE void requestOlderHistory(const QString &communityId);
    // The community's audit log, for its organizers: the cache does not fetch; it emits
    // auditRequested for the sync engine, which fetches and hands the answer to
    // applyAuditPage (stored, replacing the last one: changed() names it in `audits`) or
    // reportAuditError (auditError).
    Q_INVOKABLE void requestAudit(const QString &communityId);
    void applyAuditPage(const QString &communityId, const QByteArray &pageJson, qint64 fetchedAt);
    void reportAuditError(const QString &communityId, const QString &message);
    // The community's engagement figures, for its organizers, the same way: requestEngagement
    // emits engagementRequested; the sync engine answers with applyEngagementReport (stored,
    // replacing the last one: changed() names it in `engagement`) or reportEngagementError.
    Q_INVOKABLE void requestEngagement(const QString &communityId);
    void applyEngagementReport(const QString &communityId, const QByteArray &reportJson,
                               qint64 fetchedAt);
    void reportEngagementError(const QString &communityId, const QString &message);

    // --- Reads (any thread, through that thread's read connection) ---
    QString cursor() const;
    QString clientId() const;
    QString localUserId() const;
    QList<OutboxEntry> pendingMutations(int limit) const;
    QList<OutboxEntry> failedMutations() const;
    int unsentCount() const;
    int failedCount() const;
    QList<SearchHit> search(const QString &text, int limit = 50) const;
    struct HistoryState {
        bool complete = false; // the cache holds the community's first post
        QString before;        // where the next older page starts ("" before the first page)
        bool keepOffline = false;
    };
    HistoryState historyState(const QString &communityId) const;
    // Where to ask for the next older page: the stored position, else the oldest post the
    // server confirmed, else "" (from the newest).
    QString historyBefore(const QString &communityId) const;
    QStringList keepOfflineCommunities() const;
    // Where sync stands now: read it just before asking for a history page.
    HistoryWatermark historyWatermark() const;

    // Blocks until every write queued so far has been applied. For tests and shutdown only.
    void waitForWrites();

Q_SIGNALS:
    void changed(const hearth::cache::ChangeSet &changes);
    void outboxChanged();
    void syncError(const QString &message);
    void pageApplied(const QString &cursor, bool hasMore);
    void mutationsSettled();
    // One outbox entry (named by the id enqueueMutation returned) the server answered: applied
    // with its `result` (e.g. an invite's code), or refused with its reason. Emitted once the
    // answer is stored, before mutationsSettled.
    void mutationSettled(const QString &entryId, const QString &name, bool applied,
                         const QJsonObject &result, const QString &errorCode,
                         const QString &errorMessage);
    void resetDone();
    // A local write could not be stored (it is not in the outbox): shown to the member, with
    // what was lost: the mutation's name and args (e.g. the text of a post), or "" and {} for a
    // write that was not a mutation (keep offline, read marks, retry, discard).
    void writeFailed(const QString &message, const QString &mutationName, const QJsonObject &args);
    void localUserChanged();
    // For the sync engine: a reader wants the next older page of this community's history.
    void olderHistoryRequested(const QString &communityId);
    // A history page committed; `complete`: the community's first post is in the cache.
    void historyPageApplied(const QString &communityId, bool complete);
    // A history page did not parse or could not be written (nothing of it was stored).
    void historyError(const QString &communityId, const QString &message);
    void auditRequested(const QString &communityId);
    // The audit log could not be fetched or stored; what the cache held stays. `message` is ""
    // when the server could not be reached (offline).
    void auditError(const QString &communityId, const QString &message);
    void engagementRequested(const QString &communityId);
    // As auditError, for the engagement figures.
    void engagementError(const QString &communityId, const QString &message);
    void keepOfflineChanged(const QString &communityId, bool keep);
    // A write met damage in the file. What is stored stays readable as far as it can be; the
    // next open() rebuilds the cache (keeping the outbox). Tell the member to restart.
    void damageFound(const QString &detail);

private:
    explicit CacheStore(const QString &path);
    // Starts the writer on a file known to be usable; nullptr with *error when it does not open.
    static std::unique_ptr<CacheStore> start(const QString &path, QString *error);
    // start(), reporting a failure in `report`, and showing carried-over writes after a rebuild.
    static std::unique_ptr<CacheStore> started(const QString &path, CacheOpenReport &report);
    // Queues `write` to the writer with a new mutation id (returned) and the current time.
    QString
    queueWithNewId(const std::function<void(CacheWriter *, const QString &, qint64)> &write);
    QString stateValue(const QString &key) const;
    QList<OutboxEntry> outboxEntries(const QString &state, int limit) const;

    QString m_path;
    QThread *m_thread = nullptr;
    CacheWriter *m_writer = nullptr;
    QString m_connectionPrefix;
    QString m_localUserId; // GUI-side copy so QML sees the new value at once
    mutable QMutex m_readMutex;
    mutable QHash<QThread *, QString> m_readConnections;
};

} // namespace hearth::cache
