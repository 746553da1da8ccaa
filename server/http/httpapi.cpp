#include "httpapi.h"

#include "protocol/apierror.h"
#include "protocol/auth.h"
#include "protocol/mutation.h"
#include "server/domain/accounts.h"
#include "server/domain/auditlog.h"
#include "server/domain/clock.h"
#include "server/domain/engagementreport.h"
#include "server/domain/historyservice.h"
#include "server/domain/mutationservice.h"
#include "server/domain/syncservice.h"
#include "server/domain/tokens.h"
#include "server/http/apimetrics.h"
#include "server/http/httplogging.h"
#include "server/http/httpresponses.h"
#include "server/http/requestreader.h"
#include "server/storage/databasesupervisor.h"
#include "server/storage/storageerror.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QUrlQuery>

namespace hearthd {

using namespace hearth::protocol;
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

namespace {

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

DomainError unauthorized() {
    return {QString::fromLatin1(ErrorCode::Unauthorized),
            QStringLiteral("sign in first: send 'Authorization: Bearer <token>' with a token "
                           "from /v1/auth/login")};
}

Result<AuthRequest> authRequest(const QHttpServerRequest &request) {
    const auto body = RequestReader::jsonObject(request);
    if (!body)
        return body.error();
    QString error;
    auto parsed = AuthRequest::fromJson(body.value(), &error);
    if (!parsed)
        return DomainError::invalid(error);
    return *parsed;
}

} // namespace

HttpApi::HttpApi(QHttpServer &server, Accounts &accounts, SyncService &syncService,
                 MutationService &mutations, AuditLog &auditLog, HistoryService &historyService,
                 EngagementReport &engagementReport, ApiMetrics &metrics,
                 DatabaseSupervisor &database, const Limits &limits, const TrustedProxies &proxies)
    : m_accounts(accounts)
    , m_sync(syncService)
    , m_mutations(mutations)
    , m_audit(auditLog)
    , m_history(historyService)
    , m_engagement(engagementReport)
    , m_metrics(metrics)
    , m_database(database)
    , m_proxies(proxies)
    , m_userLimiter(limits.userRequestsPerSecond, limits.userRequestsPerSecond * 10.0)
    , m_authLimiter(limits.authAttemptsPerSecond, 60) {
    server.route(QStringLiteral("/healthz"), Method::Get,
                 [this](const QHttpServerRequest &) { return health(); });
    server.route(QStringLiteral("/metrics"), Method::Get, [this](const QHttpServerRequest &) {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"),
                                   m_metrics.render());
    });
    server.route(
        QStringLiteral("/v1/auth/register"), Method::Post, [this](const QHttpServerRequest &r) {
            return guarded(QStringLiteral("/v1/auth/register"), r, [&] { return registerUser(r); });
        });
    server.route(QStringLiteral("/v1/auth/login"), Method::Post,
                 [this](const QHttpServerRequest &r) {
                     return guarded(QStringLiteral("/v1/auth/login"), r, [&] { return login(r); });
                 });
    server.route(
        QStringLiteral("/v1/auth/logout"), Method::Post, [this](const QHttpServerRequest &r) {
            return guarded(QStringLiteral("/v1/auth/logout"), r, [&] { return logout(r); });
        });
    server.route(QStringLiteral("/v1/sync"), Method::Get, [this](const QHttpServerRequest &r) {
        return guarded(QStringLiteral("/v1/sync"), r, [&] { return sync(r); });
    });
    server.route(QStringLiteral("/v1/mutations"), Method::Post,
                 [this](const QHttpServerRequest &r) {
                     return guarded(QStringLiteral("/v1/mutations"), r, [&] { return mutate(r); });
                 });
    server.route(QStringLiteral("/v1/communities/<arg>/audit"), Method::Get,
                 [this](const QString &communityId, const QHttpServerRequest &r) {
                     return guarded(QStringLiteral("/v1/communities/:id/audit"), r,
                                    [&] { return audit(communityId, r); });
                 });
    server.route(QStringLiteral("/v1/communities/<arg>/guidelines"), Method::Get,
                 [this](const QString &communityId, const QHttpServerRequest &r) {
                     return guarded(QStringLiteral("/v1/communities/:id/guidelines"), r,
                                    [&] { return guidelines(communityId, r); });
                 });
    server.route(QStringLiteral("/v1/communities/<arg>/history"), Method::Get,
                 [this](const QString &communityId, const QHttpServerRequest &r) {
                     return guarded(QStringLiteral("/v1/communities/:id/history"), r,
                                    [&] { return history(communityId, r); });
                 });
    server.route(QStringLiteral("/v1/communities/<arg>/engagement"), Method::Get,
                 [this](const QString &communityId, const QHttpServerRequest &r) {
                     return guarded(QStringLiteral("/v1/communities/:id/engagement"), r,
                                    [&] { return engagement(communityId, r); });
                 });
    server.setMissingHandler([](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
        // The message names the path, but never repeats more of it than a person needs.
        constexpr qsizetype MaxPath = 200;
        QString path = r.url().path();
        if (path.size() > MaxPath)
            path = path.left(MaxPath) + QStringLiteral("…");
        const DomainError e = DomainError::notFound(
            QStringLiteral("no route for %1 %2")
                .arg(QString::fromLatin1(QMetaEnum::fromType<Method>().valueToKey(int(r.method())))
                         .toUpper(),
                     path));
        responder.write(ApiError{e.code, e.message}.toJson(), QByteArrayLiteral("application/json"),
                        Status::NotFound);
    });
}

template<typename Handler>
QHttpServerResponse HttpApi::guarded(const QString &route, const QHttpServerRequest &request,
                                     Handler &&handler) {
    QElapsedTimer timer;
    timer.start();
    QHttpServerResponse response = [&] {
        // Nothing is asked of a database that is being reconnected (and nothing is logged: the
        // supervisor logs the outage once).
        if (!m_database.isAvailable())
            return HttpResponses::unavailable(m_database.retryAfterSeconds());
        try {
            if (auto bad = RequestReader::checkUrlText(request))
                return HttpResponses::error(*bad);
            return handler();
        } catch (const StorageError &e) {
            if (e.isConnectionLost()) {
                m_database.connectionLost(e.message());
                return HttpResponses::unavailable(m_database.retryAfterSeconds());
            }
            qCWarning(lcHttp) << request.url().path() << "from"
                              << m_proxies.clientAddress(request).toString()
                              << "failed:" << e.message();
            return HttpResponses::error(DomainError::internal());
        }
    }();
    m_metrics.recordRequest(route, int(response.statusCode()), timer.nsecsElapsed());
    return response;
}

QHttpServerResponse HttpApi::health() {
    QElapsedTimer timer;
    timer.start();
    QHttpServerResponse response = [&] {
        if (m_database.check())
            return HttpResponses::json(QByteArrayLiteral("{\"status\":\"ok\"}"));
        const int retryAfter = m_database.retryAfterSeconds();
        const QString why = m_database.isAvailable()
                                ? QStringLiteral("the database failed a health check")
                                : QStringLiteral("the database has been unreachable for %1 s (%2); "
                                                 "reconnecting")
                                      .arg(m_database.unavailableForMs() / 1000)
                                      .arg(m_database.reason().trimmed());
        const QJsonObject body{
            {QStringLiteral("status"), QStringLiteral("unavailable")},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), QString::fromLatin1(ErrorCode::Unavailable)},
                         {QStringLiteral("message"), why}}}};
        QHttpServerResponse r = HttpResponses::json(compact(body), Status::ServiceUnavailable);
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
        return r;
    }();
    m_metrics.recordRequest(QStringLiteral("/healthz"), int(response.statusCode()),
                            timer.nsecsElapsed());
    return response;
}

std::optional<QHttpServerResponse> HttpApi::throttled(RateLimiter &limiter, const QString &key) {
    int retryAfter = 0;
    if (limiter.allow(key, &retryAfter))
        return std::nullopt;
    QHttpServerResponse response = HttpResponses::error(
        {QString::fromLatin1(ErrorCode::RateLimited),
         QStringLiteral("too many requests; try again in %1 s").arg(retryAfter)});
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    return response;
}

QHttpServerResponse HttpApi::registerUser(const QHttpServerRequest &request) {
    if (auto refused = throttled(m_authLimiter, m_proxies.clientAddress(request).toString()))
        return std::move(*refused);
    const auto req = authRequest(request);
    if (!req)
        return HttpResponses::error(req.error());
    const auto outcome = m_accounts.registerUser(req.value());
    if (!outcome)
        return HttpResponses::error(outcome.error());
    return HttpResponses::json(compact(outcome->toJson()), Status::Created);
}

QHttpServerResponse HttpApi::login(const QHttpServerRequest &request) {
    if (auto refused = throttled(m_authLimiter, m_proxies.clientAddress(request).toString()))
        return std::move(*refused);
    const auto req = authRequest(request);
    if (!req)
        return HttpResponses::error(req.error());
    const auto outcome = m_accounts.login(req.value());
    if (!outcome)
        return HttpResponses::error(outcome.error());
    return HttpResponses::json(compact(outcome->toJson()));
}

QHttpServerResponse HttpApi::logout(const QHttpServerRequest &request) {
    const QString token = RequestReader::bearerToken(request);
    if (!m_accounts.revoke(token))
        return HttpResponses::error(unauthorized());
    if (m_onSignedOut)
        m_onSignedOut(Tokens::hash(token));
    return HttpResponses::json(QByteArrayLiteral("{\"status\":\"signed out\"}"));
}

QHttpServerResponse HttpApi::sync(const QHttpServerRequest &request) {
    const QString userId = m_accounts.authenticate(RequestReader::bearerToken(request));
    if (userId.isEmpty())
        return HttpResponses::error(unauthorized());
    if (auto refused = throttled(m_userLimiter, userId))
        return std::move(*refused);
    const QUrlQuery query = request.query();
    int limit = SyncService::DefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok)
            return HttpResponses::error(
                DomainError::invalid(QStringLiteral("'limit' must be an integer between 1 and %1")
                                         .arg(SyncService::MaxLimit)));
    }
    const auto page = m_sync.page(
        userId, query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded), limit);
    if (!page)
        return HttpResponses::error(page.error());
    return HttpResponses::json(page.value());
}

QHttpServerResponse HttpApi::mutate(const QHttpServerRequest &request) {
    const QString userId = m_accounts.authenticate(RequestReader::bearerToken(request));
    if (userId.isEmpty())
        return HttpResponses::error(unauthorized());
    if (auto refused = throttled(m_userLimiter, userId))
        return std::move(*refused);
    const auto body = RequestReader::jsonObject(request, false); // MutationService checks text
    if (!body)
        return HttpResponses::error(body.error());
    QString error;
    const auto batch = MutationBatch::fromJson(body.value(), &error);
    if (!batch)
        return HttpResponses::error(DomainError::invalid(error));
    const auto response = m_mutations.apply(userId, *batch);
    if (!response)
        return HttpResponses::error(response.error());
    for (const MutationResult &r : response->results)
        m_metrics.recordMutationResult(r.status);
    return HttpResponses::json(compact(response->toJson()));
}

QHttpServerResponse HttpApi::audit(const QString &communityId, const QHttpServerRequest &request) {
    const QString userId = m_accounts.authenticate(RequestReader::bearerToken(request));
    if (userId.isEmpty())
        return HttpResponses::error(unauthorized());
    if (auto refused = throttled(m_userLimiter, userId))
        return std::move(*refused);
    int limit = 50;
    const QUrlQuery query = request.query();
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok)
            return HttpResponses::error(
                DomainError::invalid(QStringLiteral("'limit' must be an integer between 1 and %1")
                                         .arg(AuditLog::MaxPage)));
    }
    const auto page = m_audit.page(userId, communityId, limit);
    if (!page)
        return HttpResponses::error(page.error());
    return HttpResponses::json(page.value());
}

QHttpServerResponse HttpApi::guidelines(const QString &communityId,
                                        const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> denied;
    const QString userId = signedIn(request, &denied);
    if (denied)
        return std::move(*denied);
    const auto history = m_audit.guidelines(userId, communityId);
    if (!history)
        return HttpResponses::error(history.error());
    return HttpResponses::json(history.value());
}

QString HttpApi::signedIn(const QHttpServerRequest &request,
                          std::optional<QHttpServerResponse> *denied) {
    const QString userId = m_accounts.authenticate(RequestReader::bearerToken(request));
    if (userId.isEmpty())
        denied->emplace(HttpResponses::error(unauthorized()));
    else if (auto refused = throttled(m_userLimiter, userId))
        denied->emplace(std::move(*refused));
    return denied->has_value() ? QString() : userId;
}

QHttpServerResponse HttpApi::history(const QString &communityId,
                                     const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> denied;
    const QString userId = signedIn(request, &denied);
    if (denied)
        return std::move(*denied);
    const QUrlQuery query = request.query();
    int limit = HistoryService::DefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok)
            return HttpResponses::error(
                DomainError::invalid(QStringLiteral("'limit' must be an integer between 1 and %1")
                                         .arg(HistoryService::MaxLimit)));
    }
    const auto page =
        m_history.page(userId, communityId, query.queryItemValue(QStringLiteral("before")), limit);
    if (!page)
        return HttpResponses::error(page.error());
    return HttpResponses::json(page.value());
}

QHttpServerResponse HttpApi::engagement(const QString &communityId,
                                        const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> denied;
    const QString userId = signedIn(request, &denied);
    if (denied)
        return std::move(*denied);
    const QUrlQuery query = request.query();
    int weeks = EngagementReport::DefaultWeeks;
    if (query.hasQueryItem(QStringLiteral("weeks"))) {
        bool ok = false;
        weeks = query.queryItemValue(QStringLiteral("weeks")).toInt(&ok);
        if (!ok)
            return HttpResponses::error(
                DomainError::invalid(QStringLiteral("'weeks' must be an integer between 1 and %1")
                                         .arg(EngagementReport::MaxWeeks)));
    }
    const auto report = m_engagement.build(userId, communityId, weeks, Clock::nowMs());
    if (!report)
        return HttpResponses::error(report.error());
    return HttpResponses::json(report.value());
}

} // namespace hearthd
