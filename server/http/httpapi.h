#pragma once
// The HTTP adapter: routes of the v1 API over the domain services. Each route parses, checks
// the token, calls one domain function and encodes its outcome; no domain rule lives here.

#include "server/http/ratelimiter.h"
#include "server/http/trustedproxies.h"

#include <QHttpServerResponse>
#include <functional>
#include <optional>

class QHttpServer;
class QHttpServerRequest;

namespace hearthd {

class Accounts;
class ApiMetrics;
class AuditLog;
class DatabaseSupervisor;
class EngagementReport;
class HistoryService;
class MutationService;
class SyncService;

class HttpApi {
public:
    struct Limits {
        int userRequestsPerSecond = 50; // 0: no limit
        double authAttemptsPerSecond = 5;
    };

    HttpApi(QHttpServer &server, Accounts &accounts, SyncService &sync, MutationService &mutations,
            AuditLog &audit, HistoryService &history, EngagementReport &engagement,
            ApiMetrics &metrics, DatabaseSupervisor &database, const Limits &limits,
            const TrustedProxies &proxies);

    // Called with the token's hash after a sign-out revoked it (its open streams close).
    void setOnSignedOut(std::function<void(const QString &tokenHash)> callback) {
        m_onSignedOut = std::move(callback);
    }

private:
    // 200 while the database answers a trivial statement; 503 with Retry-After while it is away.
    QHttpServerResponse health();
    QHttpServerResponse registerUser(const QHttpServerRequest &request);
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse logout(const QHttpServerRequest &request);
    QHttpServerResponse sync(const QHttpServerRequest &request);
    QHttpServerResponse mutate(const QHttpServerRequest &request);
    QHttpServerResponse audit(const QString &communityId, const QHttpServerRequest &request);
    QHttpServerResponse guidelines(const QString &communityId, const QHttpServerRequest &request);
    QHttpServerResponse history(const QString &communityId, const QHttpServerRequest &request);
    QHttpServerResponse engagement(const QString &communityId, const QHttpServerRequest &request);
    // The signed-in user, or empty with *denied set (401 or 429).
    QString signedIn(const QHttpServerRequest &request, std::optional<QHttpServerResponse> *denied);
    // Runs a handler, turning a storage failure into a 500 instead of an unwound event loop (a
    // lost database connection into a 503, as is every request while it is being reconnected),
    // and records the answer's status and latency under `route`.
    template<typename Handler>
    QHttpServerResponse guarded(const QString &route, const QHttpServerRequest &request,
                                Handler &&handler);
    // A 429 answer when `key` has spent its budget in `limiter`.
    static std::optional<QHttpServerResponse> throttled(RateLimiter &limiter, const QString &key);

    Accounts &m_accounts;
    SyncService &m_sync;
    MutationService &m_mutations;
    AuditLog &m_audit;
    HistoryService &m_history;
    EngagementReport &m_engagement;
    ApiMetrics &m_metrics;
    DatabaseSupervisor &m_database;
    TrustedProxies m_proxies; // who the client of a request is (sign-in limits, logs)
    RateLimiter m_userLimiter;
    RateLimiter m_authLimiter;
    std::function<void(const QString &)> m_onSignedOut;
};

} // namespace hearthd
