#include "historypager.h"

#include "netlogging.h"

#include <utility>

namespace hearth::net {

using hearth::cache::CacheStore;
using hearth::cache::HistoryWatermark;

HistoryPager::HistoryPager(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api) {}

void HistoryPager::setStore(CacheStore *store) {
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_inFlight.clear();
    m_retry.clear();
    if (!m_store)
        return;
    connect(m_store, &CacheStore::olderHistoryRequested, this, &HistoryPager::fetchOlder);
    connect(m_store, &CacheStore::historyPageApplied, this, &HistoryPager::onPageApplied);
    connect(m_store, &CacheStore::historyError, this,
            [this](const QString &communityId, const QString &message) {
                m_inFlight.remove(communityId);
                Q_EMIT error(message);
            });
    connect(m_store, &CacheStore::keepOfflineChanged, this,
            [this](const QString &communityId, bool keep) {
                if (keep)
                    fetchOlder(communityId);
            });
}

void HistoryPager::start() {
    m_running = true;
    ++m_generation;
}

void HistoryPager::stop() {
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    // Answers to these are ignored from now on: ask again once started.
    m_retry.unite(m_inFlight);
    m_inFlight.clear();
}

void HistoryPager::fetchOlder(const QString &communityId) {
    if (!m_store || communityId.isEmpty() || m_inFlight.contains(communityId))
        return;
    if (m_store->historyState(communityId).complete)
        return;
    if (!m_running) {
        m_retry.insert(communityId);
        return;
    }
    m_retry.remove(communityId);
    m_inFlight.insert(communityId);
    const quint64 generation = m_generation;
    const QString before = m_store->historyBefore(communityId);
    // Read before asking: whatever sync brings while the page is on its way is newer than it.
    const HistoryWatermark watermark = m_store->historyWatermark();
    qCDebug(lcSync) << "fetching older history of" << communityId;
    m_api->fetchHistoryPage(communityId, before, m_pageLimit, this,
                            [this, generation, communityId, watermark](const ApiResult &r) {
                                if (generation == m_generation)
                                    onFetched(communityId, watermark, r);
                            });
}

void HistoryPager::onFetched(const QString &communityId, const HistoryWatermark &watermark,
                             const ApiResult &result) {
    if (result.ok()) {
        // Still in flight until the writer has stored it (historyPageApplied).
        m_store->applyHistoryPage(communityId, result.body, watermark);
        return;
    }
    m_inFlight.remove(communityId);
    if (result.status != 401) {
        // Asked again after the next successful sync cycle.
        m_retry.insert(communityId);
        qCWarning(lcSync) << "history of" << communityId << "not fetched:" << result.describe();
        Q_EMIT error(result.describe());
    }
    Q_EMIT requestFailed(result);
}

void HistoryPager::onPageApplied(const QString &communityId, bool complete) {
    if (!m_inFlight.remove(communityId))
        return;
    if (!complete && m_store && m_store->historyState(communityId).keepOffline)
        fetchOlder(communityId);
}

void HistoryPager::fetchWanted() {
    if (!m_store)
        return;
    const QSet<QString> retry = std::exchange(m_retry, {});
    for (const QString &communityId : retry)
        fetchOlder(communityId);
    const QStringList communities = m_store->keepOfflineCommunities();
    for (const QString &communityId : communities)
        fetchOlder(communityId);
}

} // namespace hearth::net
