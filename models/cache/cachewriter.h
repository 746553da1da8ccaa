#pragma once
// The only object that writes the cache. It lives on CacheStore's worker thread and owns the
// write connection; every operation is one transaction, applied in the order it was queued.
// Results are reported by signals, which CacheStore forwards to its own thread.

#include "changeset.h"
#include "historywatermark.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace hearth::cache {

class OutboxReviser;

class CacheWriter : public QObject {
    Q_OBJECT

public:
    explicit CacheWriter(QObject *parent = nullptr);
    ~CacheWriter() override;

    bool open(const QString &path, QString *error);
    void close();

    void applySyncPage(const QByteArray &pageJson);
    void enqueueMutation(const QString &id, const QString &name, const QJsonObject &args,
                         qint64 nowMs);
    void settleMutations(const QByteArray &responseJson);
    void resetForResync();
    void retryMutation(const QString &id);
    void discardMutation(const QString &id);
    void reviseMutation(const QString &id, const QString &newId, const QString &title,
                        const QString &body, qint64 nowMs);
    void resolveConflict(const QString &id, const QString &newId, const QString &title,
                         const QString &body, qint64 nowMs);
    void acceptServerVersion(const QString &id);
    void setLocalUser(const QString &userId, const QString &displayName);
    void markCommunityRead(const QString &communityId, qint64 nowMs);
    void applyHistoryPage(const QString &communityId, const QByteArray &pageJson,
                          std::optional<HistoryWatermark> watermark);
    void setKeepOffline(const QString &communityId, bool keep);
    void applyAuditPage(const QString &communityId, const QByteArray &pageJson, qint64 fetchedAt);
    void applyEngagementReport(const QString &communityId, const QByteArray &reportJson,
                               qint64 fetchedAt);
    // After the cache was rebuilt around writes carried over from a broken file: applies them
    // optimistically again, so they show as pending until the server settles them.
    void restoreOutboxEffects();

Q_SIGNALS:
    void committed(const hearth::cache::ChangeSet &changes);
    void outboxChanged();
    void syncError(const QString &message);
    void pageApplied(const QString &cursor, bool hasMore);
    void mutationsSettled();
    // One outbox entry the server answered, after the answer is stored.
    void mutationSettled(const QString &entryId, const QString &name, bool applied,
                         const QJsonObject &result, const QString &errorCode,
                         const QString &errorMessage);
    void resetDone();
    void writeFailed(const QString &message, const QString &mutationName, const QJsonObject &args);
    void historyPageApplied(const QString &communityId, bool complete);
    void historyError(const QString &communityId, const QString &message);
    void auditError(const QString &communityId, const QString &message);
    void engagementError(const QString &communityId, const QString &message);
    void keepOfflineChanged(const QString &communityId, bool keep);
    // A write met damage in the file (SQLite: "malformed", "not a database"); it is marked for
    // repair at the next start.
    void damageFound(const QString &detail);

private:
    // Runs `work` in one transaction; on SqlFailure rolls back and returns false with *error.
    bool transact(const std::function<void()> &work, QString *error);
    void checkForDamage(const QString &error);
    void reapplyOutbox(ChangeSet *changes);
    // One change to the outbox in a transaction; reports a failure as writeFailed.
    void reviseOutbox(const std::function<void(OutboxReviser &)> &change);
    // Recounts community_state.unread_count of one community ("": all of them).
    void recountUnread(const QString &communityId);

    QString m_connectionName;
    QSqlDatabase m_db;
    // The name my new writes carry: my cached profile's (which profile.update changes at once),
    // else the one the session signed in with.
    QString myDisplayName() const;

    QString m_userId;
    QString m_displayName;
    bool m_damaged = false;
};

} // namespace hearth::cache
