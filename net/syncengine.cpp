#include "syncengine.h"

#include "netlogging.h"

#include "cache/cachestore.h"
#include "protocol/apierror.h"
#include "protocol/mutation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth::net {

using hearth::cache::CacheStore;

namespace {
constexpr int StreamPollIntervalMs = 5 * 60 * 1000; // a safety net while pokes arrive live
constexpr int WakeCheckIntervalMs = 10000;
constexpr int WakeGapMs = 30000; // the clock jumped this much past a tick: the machine slept
constexpr int MaxBatch = 50;
} // namespace

SyncEngine::SyncEngine(QObject *parent)
    : QObject(parent) {
    m_retryTimer.setSingleShot(true);
    m_wakeTimer.setInterval(WakeCheckIntervalMs);
    m_pollTimer.setInterval(m_pollIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_wakeTimer, &QTimer::timeout, this, &SyncEngine::checkForWake);

    // Catch up on anything from while we were not listening.
    connect(&m_stream, &PushStream::connected, this, &SyncEngine::syncNow);
    connect(&m_stream, &PushStream::poked, this, &SyncEngine::onPoke);
    connect(&m_stream, &PushStream::liveChanged, this, [this] {
        updatePollInterval();
        Q_EMIT liveUpdatesChanged();
    });
    // A lost stream often means the server is gone: ask it now, so the status says Offline as
    // soon as it cannot answer, not at the next poll.
    connect(&m_stream, &PushStream::lost, this, [this](const QString &reason) {
        qCDebug(lcSync) << "push stream lost:" << reason;
        syncNow();
    });
    connect(&m_history, &HistoryPager::requestFailed, this, &SyncEngine::onHistoryRequestFailed);
    connect(&m_history, &HistoryPager::error, this, &SyncEngine::setLastError);
}

SyncEngine::~SyncEngine() {
    m_running = false;
}

void SyncEngine::setStore(CacheStore *store) {
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_history.setStore(store);
    if (m_store) {
        connect(m_store, &CacheStore::pageApplied, this, &SyncEngine::onPageApplied);
        connect(m_store, &CacheStore::auditRequested, this, &SyncEngine::fetchAudit);
        connect(m_store, &CacheStore::engagementRequested, this, &SyncEngine::fetchEngagement);
        connect(m_store, &CacheStore::syncError, this, &SyncEngine::onStoreError);
        connect(m_store, &CacheStore::outboxChanged, this, &SyncEngine::onOutboxChanged);
        connect(m_store, &CacheStore::mutationsSettled, this, [this] {
            if (m_phase == Phase::Settling)
                push();
        });
        connect(m_store, &CacheStore::resetDone, this, [this] {
            if (m_phase == Phase::Resetting)
                pull();
        });
        onOutboxChanged();
    }
}

void SyncEngine::setServerUrl(const QUrl &url) {
    m_api.setServerUrl(url);
}

void SyncEngine::setToken(const QString &token) {
    m_api.setToken(token);
}

void SyncEngine::setPollInterval(int milliseconds) {
    m_pollIntervalMs = qMax(100, milliseconds);
    updatePollInterval();
}

void SyncEngine::setBackoff(int baseMs, int capMs) {
    m_backoff = Backoff(baseMs, capMs);
    m_stream.setBackoff(baseMs, capMs);
}

void SyncEngine::start() {
    if (m_running)
        return;
    if (!m_store || !m_api.serverUrl().isValid()) {
        setLastError(QStringLiteral("sync cannot start without a cache and a server address"));
        return;
    }
    m_running = true;
    ++m_generation;
    m_cursor = m_store->cursor();
    m_pokeCursor.clear();
    m_poked = false;
    m_backoff.reset();
    m_lastWakeCheck = QDateTime::currentMSecsSinceEpoch();
    m_wakeTimer.start();
    updatePollInterval();
    setStatus(Connecting);
    qCInfo(lcSync) << "sync started against" << m_api.serverUrl().toString();
    m_history.start();
    syncNow();
    m_stream.start(m_api.streamRequest());
}

void SyncEngine::stop() {
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_retryTimer.stop();
    m_pollTimer.stop();
    m_wakeTimer.stop();
    m_phase = Phase::Idle;
    m_again = false;
    m_poked = false;
    m_history.stop();
    m_stream.stop();
    m_api.abortAll();
    setStatus(Offline);
    qCInfo(lcSync) << "sync stopped";
}

void SyncEngine::syncNow() {
    if (!m_running || !m_store)
        return;
    if (m_phase != Phase::Idle) {
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    beginCycle();
}

void SyncEngine::beginCycle() {
    m_pagesThisCycle = 0;
    Q_EMIT progressChanged();
    setStatus(m_status == Online ? Syncing : Connecting);
    push();
}

void SyncEngine::push() {
    m_phase = Phase::Pushing;
    const auto entries = m_store->pendingMutations(m_batchSize);
    if (entries.isEmpty()) {
        pull();
        return;
    }
    protocol::MutationBatch batch;
    batch.clientId = m_store->clientId();
    for (const auto &e : entries)
        batch.mutations.append({e.sendId, e.name, e.args});
    const quint64 generation = m_generation;
    const QString firstId = entries.constFirst().sendId;
    const qsizetype sent = entries.size();
    qCDebug(lcSync) << "sending" << sent << "mutations";
    m_api.sendMutations(batch, this, [this, generation, firstId, sent](const ApiResult &r) {
        if (generation != m_generation)
            return;
        if (r.ok()) {
            QString error;
            const auto response = protocol::MutationResponse::fromJson(
                QJsonDocument::fromJson(r.body).object(), &error);
            bool answeredFirst = false;
            for (const auto &result :
                 response ? response->results : QList<protocol::MutationResult>()) {
                answeredFirst = answeredFirst || result.id == firstId;
            }
            if (!response || !answeredFirst) {
                failWith(QStringLiteral("the server's answer to our writes is unreadable: %1")
                             .arg(error.isEmpty() ? QStringLiteral("no result for the first one")
                                                  : error));
                return;
            }
            m_batchSize = MaxBatch;
            setStatus(Syncing);
            m_phase = Phase::Settling;
            m_store->settleMutations(r.body);
            return;
        }
        if (r.status == 400 || r.status == 413) {
            // The batch as a whole was refused. Find the culprit one by one; a single mutation
            // the server will never take is settled as failed so it cannot block the others.
            if (sent > 1) {
                m_batchSize = 1;
                push();
            } else {
                settleLocally(firstId, r);
            }
            return;
        }
        fail(r);
    });
}

void SyncEngine::settleLocally(const QString &mutationId, const ApiResult &result) {
    const QJsonObject rejected{
        {QStringLiteral("id"), mutationId},
        {QStringLiteral("status"), QString::fromLatin1(protocol::MutationStatus::Rejected)},
        {QStringLiteral("error"),
         QJsonObject{
             {QStringLiteral("code"), result.errorCode().isEmpty()
                                          ? QString::fromLatin1(protocol::ErrorCode::InvalidRequest)
                                          : result.errorCode()},
             {QStringLiteral("message"), result.describe()}}}};
    m_phase = Phase::Settling;
    m_store->settleMutations(
        QJsonDocument(QJsonObject{{QStringLiteral("results"), QJsonArray{rejected}}})
            .toJson(QJsonDocument::Compact));
}

void SyncEngine::pull() {
    m_phase = Phase::Pulling;
    const quint64 generation = m_generation;
    m_api.fetchSyncPage(m_cursor, m_pageLimit, this, [this, generation](const ApiResult &r) {
        if (generation != m_generation)
            return;
        if (r.ok()) {
            setStatus(Syncing);
            m_phase = Phase::Applying;
            m_store->applySyncPage(r.body); // parsed and written on the cache's writer thread
            return;
        }
        // 410 is the server's "resync"; a cursor it does not recognise at all (400 on a pull
        // with a cursor) cannot be continued either: start again rather than retry forever.
        const bool unknownCursor =
            r.status == 400 && !m_cursor.isEmpty() &&
            r.errorCode() == QLatin1StringView(protocol::ErrorCode::InvalidRequest);
        if (r.status == 410 || unknownCursor ||
            r.errorCode() == QLatin1StringView(protocol::ErrorCode::ResyncRequired)) {
            qCInfo(lcSync) << "server asks for a resync: rebuilding the cache, keeping the outbox";
            m_phase = Phase::Resetting;
            m_cursor.clear();
            m_store->resetForResync();
            return;
        }
        fail(r);
    });
}

void SyncEngine::onPageApplied(const QString &cursor, bool hasMore) {
    if (m_phase != Phase::Applying)
        return;
    m_cursor = cursor;
    ++m_pagesThisCycle;
    Q_EMIT progressChanged();
    if (hasMore)
        pull();
    else
        finishCycle();
}

void SyncEngine::fetchOlderHistory(const QString &communityId) {
    m_history.fetchOlder(communityId);
}

void SyncEngine::fetchAudit(const QString &communityId) {
    fetchFigures(
        communityId,
        [this, communityId](ApiClient::Callback done) {
            m_api.fetchAudit(communityId, 200, this, std::move(done));
        },
        &CacheStore::applyAuditPage, &CacheStore::reportAuditError);
}

void SyncEngine::fetchEngagement(const QString &communityId) {
    fetchFigures(
        communityId,
        [this, communityId](ApiClient::Callback done) {
            m_api.fetchEngagement(communityId, 12, this, std::move(done));
        },
        &CacheStore::applyEngagementReport, &CacheStore::reportEngagementError);
}

void SyncEngine::fetchFigures(const QString &communityId,
                              const std::function<void(ApiClient::Callback)> &request,
                              FiguresApply apply, FiguresFail fail) {
    if (!m_store)
        return;
    if (!m_running) {
        (m_store->*fail)(communityId, QString()); // not connected
        return;
    }
    QPointer<CacheStore> store = m_store;
    request([this, store, communityId, apply, fail](const ApiResult &r) {
        if (!store)
            return;
        if (r.ok()) {
            (store->*apply)(communityId, r.body, QDateTime::currentMSecsSinceEpoch());
            return;
        }
        // No answer at all is told as "" (offline); the server's refusal with its reason.
        (store->*fail)(communityId, r.reachedServer() ? r.describe() : QString());
        onHistoryRequestFailed(r); // the same news about the connection
    });
}

void SyncEngine::onHistoryRequestFailed(const ApiResult &result) {
    if (result.status == 401) {
        fail(result);
        return;
    }
    // No answer at all: the server cannot be reached, whatever the last cycle found. Say so now
    // and try again with the backoff (a cycle in progress finds out by itself).
    if (!result.reachedServer() && m_running && m_phase == Phase::Idle)
        failWith(result.describe());
}

void SyncEngine::onStoreError(const QString &message) {
    if (m_phase == Phase::Applying || m_phase == Phase::Settling || m_phase == Phase::Resetting)
        failWith(message);
}

void SyncEngine::finishCycle() {
    m_phase = Phase::Idle;
    m_backoff.reset();
    setLastError(QString());
    setStatus(Online);
    Q_EMIT synced();
    m_history.fetchWanted();
    m_stream.resume();
    // A poke during the cycle needs another one only if it announced more than was pulled.
    const bool pokedFurther = m_poked && !m_pokeCursor.isEmpty() && m_pokeCursor != m_cursor;
    m_poked = false;
    if (m_again || pokedFurther) {
        m_again = false;
        beginCycle();
    }
}

void SyncEngine::fail(const ApiResult &result) {
    if (result.status == 401) {
        qCWarning(lcSync) << "the server refused our token";
        setLastError(QStringLiteral("The server no longer accepts this sign-in. Sign in again."));
        stop();
        Q_EMIT unauthorized();
        return;
    }
    failWith(result.describe(), result.retryAfterSeconds);
}

void SyncEngine::failWith(const QString &message, int retryAfterSeconds) {
    m_phase = Phase::Idle;
    m_again = false;
    m_poked = false;
    setLastError(message);
    setStatus(Offline);
    const int delay = m_backoff.nextDelayMs(retryAfterSeconds);
    qCInfo(lcSync) << "sync failed:" << message << "- retrying in" << delay << "ms";
    m_retryTimer.start(delay);
}

void SyncEngine::onOutboxChanged() {
    if (!m_store)
        return;
    const int unsent = m_store->unsentCount();
    const int failed = m_store->failedCount();
    if (unsent != m_unsentCount || failed != m_failedCount) {
        m_unsentCount = unsent;
        m_failedCount = failed;
        Q_EMIT unsentCountChanged();
    }
    if (!m_running || m_unsentCount == 0)
        return;
    // A new local write: send it now (a push in progress picks it up by itself).
    if (m_phase == Phase::Idle)
        syncNow();
    else if (m_phase != Phase::Pushing && m_phase != Phase::Settling)
        m_again = true;
}

void SyncEngine::onPoke(const QString &cursor) {
    // The server's head: nothing to do when the cache is there already (the poke that greets a
    // new stream, or the one for a change this client just pulled or pushed).
    if (!cursor.isEmpty())
        m_pokeCursor = cursor;
    if (!cursor.isEmpty() && cursor == m_cursor)
        return;
    if (m_phase != Phase::Idle) {
        m_poked = true; // decided when the cycle ends, against how far it pulled
        return;
    }
    syncNow();
}

void SyncEngine::checkForWake() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 gap = now - m_lastWakeCheck;
    m_lastWakeCheck = now;
    if (gap < WakeGapMs)
        return;
    qCInfo(lcSync) << "woke after" << gap / 1000 << "s: catching up";
    m_stream.reconnectNow(); // likely dead after a sleep
    syncNow();
}

void SyncEngine::setStatus(Status status) {
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

void SyncEngine::setLastError(const QString &error) {
    if (m_lastError == error)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void SyncEngine::updatePollInterval() {
    m_pollTimer.setInterval(m_stream.isLive() ? StreamPollIntervalMs : m_pollIntervalMs);
    if (m_running && !m_pollTimer.isActive())
        m_pollTimer.start();
}

} // namespace hearth::net
