#pragma once
// Moves changes between hearthd and the local cache. One sync cycle sends the outbox in order
// (POST /v1/mutations, settled into the cache; a batch the server refuses whole is split to find
// the one it will never take), then pulls GET /v1/sync until hasMore is false, handing each page's
// bytes to the cache's writer thread: the GUI thread neither parses pages nor writes. Pokes from
// the push stream (PushStream) start a cycle unless the client already pulled that far; without
// the stream the engine polls. A failed request says Offline at once and retries with exponential
// backoff and jitter; a wake from sleep or a reconnected stream starts a catch-up cycle, so no
// change is missed. A "resync" answer rebuilds the cache and keeps the outbox. Older history is
// the HistoryPager's.
//
// The app creates it with the account's CacheStore, server URL and token, then calls start().

#include "apiclient.h"
#include "backoff.h"
#include "historypager.h"
#include "pushstream.h"

#include "cache/cachestore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace hearth::net {

class SyncEngine : public QObject {
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    // True while the server answers (status Syncing or Online).
    Q_PROPERTY(bool online READ online NOTIFY statusChanged)
    // Writes waiting to be sent, and writes the server refused.
    Q_PROPERTY(int unsentCount READ unsentCount NOTIFY unsentCountChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY unsentCountChanged)
    // What went wrong last, for people; empty after a successful cycle.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // The push stream is connected (pokes arrive live, no polling needed).
    Q_PROPERTY(bool liveUpdates READ liveUpdates NOTIFY liveUpdatesChanged)
    // Sync pages applied in the current cycle (progress while Syncing).
    Q_PROPERTY(int pagesThisCycle READ pagesThisCycle NOTIFY progressChanged)

public:
    enum Status {
        Offline,    // not started, or the server cannot be reached (retrying with backoff)
        Connecting, // started, waiting for the server's first answer
        Syncing,    // exchanging changes
        Online,     // up to date and listening
    };
    Q_ENUM(Status)

    explicit SyncEngine(QObject *parent = nullptr);
    ~SyncEngine() override;

    void setStore(hearth::cache::CacheStore *store);
    hearth::cache::CacheStore *store() const { return m_store; }
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_api.serverUrl(); }
    void setToken(const QString &token);

    // Tuning, mostly for tests: the poll interval without a stream (default 30 s), the backoff
    // range (default 1 s .. 60 s) and the page size asked of the server (default 500).
    void setPollInterval(int milliseconds);
    void setBackoff(int baseMs, int capMs);
    void setPageLimit(int limit) { m_pageLimit = limit; }
    // Posts per history page (default 50, the server's maximum is 200).
    void setHistoryPageLimit(int limit) { m_history.setPageLimit(limit); }

    Status status() const { return m_status; }
    bool online() const { return m_status == Syncing || m_status == Online; }
    int unsentCount() const { return m_unsentCount; }
    int failedCount() const { return m_failedCount; }
    QString lastError() const { return m_lastError; }
    bool liveUpdates() const { return m_stream.isLive(); }
    int pagesThisCycle() const { return m_pagesThisCycle; }

public Q_SLOTS:
    void start();
    void stop();
    // Starts a cycle now (or right after the one running).
    void syncNow();
    // Fetches the next page of a community's older history into the cache, unless the cache
    // holds it all (`complete`) or a page is already on its way. Communities marked "keep
    // offline" are paged to the end by themselves; others page when a feed asks
    // (CacheStore::olderHistoryRequested).
    void fetchOlderHistory(const QString &communityId);
    // Fetches a community's audit log (its newest 200 entries) into the cache
    // (CacheStore::auditRequested); a failure is told through CacheStore::auditError, with ""
    // when the server could not be reached.
    void fetchAudit(const QString &communityId);
    // Fetches a community's engagement figures (the last 12 weeks) into the cache
    // (CacheStore::engagementRequested); a failure is told through CacheStore::engagementError.
    void fetchEngagement(const QString &communityId);

Q_SIGNALS:
    void statusChanged();
    void unsentCountChanged();
    void lastErrorChanged();
    void liveUpdatesChanged();
    void progressChanged();
    // A cycle finished: the outbox was sent and the cache holds everything the server had.
    void synced();
    // The server refused the token: the member must sign in again. The engine stops.
    void unauthorized();

private:
    enum class Phase { Idle, Pushing, Settling, Pulling, Applying, Resetting };

    void beginCycle();
    void push();
    void pull();
    void finishCycle();
    void fail(const ApiResult &result);
    void failWith(const QString &message, int retryAfterSeconds = 0);
    void settleLocally(const QString &mutationId, const ApiResult &result);
    void onPageApplied(const QString &cursor, bool hasMore);
    void onStoreError(const QString &message);
    void onOutboxChanged();
    void onPoke(const QString &cursor);
    void onHistoryRequestFailed(const ApiResult &result);
    // An organizer's figures (audit log, engagement): `request` asks hearthd; the answer goes
    // to the store's `apply`, a failure to its `fail` ("" when the server was not reached).
    using FiguresApply = void (hearth::cache::CacheStore::*)(const QString &, const QByteArray &,
                                                             qint64);
    using FiguresFail = void (hearth::cache::CacheStore::*)(const QString &, const QString &);
    void fetchFigures(const QString &communityId,
                      const std::function<void(ApiClient::Callback)> &request, FiguresApply apply,
                      FiguresFail fail);
    void checkForWake();
    void setStatus(Status status);
    void setLastError(const QString &error);
    void updatePollInterval();

    ApiClient m_api;
    PushStream m_stream;
    HistoryPager m_history{&m_api};
    QPointer<hearth::cache::CacheStore> m_store;
    QTimer m_retryTimer;
    QTimer m_pollTimer;
    QTimer m_wakeTimer;
    qint64 m_lastWakeCheck = 0;
    Backoff m_backoff;
    Status m_status = Offline;
    Phase m_phase = Phase::Idle;
    QString m_cursor;     // where the cache's last applied page ended
    QString m_pokeCursor; // the newest head a poke announced
    QString m_lastError;
    int m_unsentCount = 0;
    int m_failedCount = 0;
    int m_pollIntervalMs = 30000;
    int m_pageLimit = 500;
    int m_batchSize = 50;
    int m_pagesThisCycle = 0;
    quint64 m_generation = 0; // bumped by stop(): answers to older requests are ignored
    bool m_running = false;
    bool m_again = false; // another cycle right after this one
    bool m_poked = false; // a poke came during this cycle: pull again unless it is covered
};

} // namespace hearth::net
