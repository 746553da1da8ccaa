#pragma once
// Pages communities' older history into the cache from GET /v1/communities/{id}/history: one
// request per community in flight, nothing once the cache says the history is `complete`.
// A feed scrolled past its oldest cached post asks for the next page
// (CacheStore::olderHistoryRequested); a community marked "keep offline" is paged to the end by
// itself. A page the server could not send is asked for again after the next successful sync
// cycle (fetchWanted()). Each request carries the cache's watermark from when it was made, so a
// page that arrives after newer sync pages rolls nothing back (HistoryApplier).
//
// The sync engine owns one, shares its ApiClient with it, and starts and stops it with itself.

#include "apiclient.h"

#include "cache/cachestore.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace hearth::net {

class HistoryPager : public QObject {
    Q_OBJECT

public:
    HistoryPager(ApiClient *api, QObject *parent = nullptr);

    void setStore(hearth::cache::CacheStore *store);
    // Posts per page (default 50, the server's maximum is 200).
    void setPageLimit(int limit) { m_pageLimit = qBound(1, limit, 200); }

    // Answers to requests made before stop() are ignored; what was in flight is asked again
    // after start() and the next fetchWanted().
    void start();
    void stop();

    // Fetches the next older page of a community, unless it is complete or one is on its way.
    // While stopped, it is remembered for fetchWanted().
    void fetchOlder(const QString &communityId);
    // Asks again for what could not be fetched, and pages kept-offline communities on.
    void fetchWanted();

Q_SIGNALS:
    // A request failed: the engine decides what that says about the connection (a refused
    // token stops sync; no answer at all means offline).
    void requestFailed(const hearth::net::ApiResult &result);
    // A page was not fetched or not stored: for the engine's lastError.
    void error(const QString &message);

private:
    void onFetched(const QString &communityId, const hearth::cache::HistoryWatermark &watermark,
                   const ApiResult &result);
    void onPageApplied(const QString &communityId, bool complete);

    ApiClient *m_api;
    QPointer<hearth::cache::CacheStore> m_store;
    int m_pageLimit = 50;
    bool m_running = false;
    quint64 m_generation = 0;
    QSet<QString> m_inFlight; // requested, or fetched and being written
    QSet<QString> m_retry;    // asked for while the server could not answer
};

} // namespace hearth::net
