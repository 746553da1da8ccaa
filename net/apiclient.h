#pragma once
// Typed calls to one hearthd: each sends a request and hands the ApiResult to a callback run in
// the context object's thread (the call is dropped if the context is destroyed first). Bodies are
// not parsed here beyond the error envelope: sync pages go to the cache as bytes.

#include "apiresult.h"

#include "protocol/auth.h"
#include "protocol/mutation.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace hearth::net {

class ApiClient : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult &)>;

    explicit ApiClient(QObject *parent = nullptr);

    QUrl serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QUrl &url) { m_serverUrl = url; }
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    // Per-request limit; a request that takes longer fails as a transport error.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void registerAccount(const protocol::AuthRequest &request, QObject *context, Callback done);
    void login(const protocol::AuthRequest &request, QObject *context, Callback done);
    // cursor empty on the first pull.
    void fetchSyncPage(const QString &cursor, int limit, QObject *context, Callback done);
    // GET /v1/communities/{id}/history: one page of older posts (with their comments and
    // reactions), newest first, before `before` (a previous page's position or a post id; empty:
    // from the newest). The body goes to CacheStore::applyHistoryPage as bytes.
    void fetchHistoryPage(const QString &communityId, const QString &before, int limit,
                          QObject *context, Callback done);
    // GET /v1/communities/{id}/audit: the newest `limit` entries of the community's audit log
    // (organizers only). The body goes to CacheStore::applyAuditPage as bytes.
    void fetchAudit(const QString &communityId, int limit, QObject *context, Callback done);
    // GET /v1/communities/{id}/engagement: the figures of the last `weeks` weeks (organizers
    // only). The body goes to CacheStore::applyEngagementReport as bytes.
    void fetchEngagement(const QString &communityId, int weeks, QObject *context, Callback done);
    void sendMutations(const protocol::MutationBatch &batch, QObject *context, Callback done);
    void health(QObject *context, Callback done);

    // The ws:// or wss:// URL of /v1/stream and a request carrying the token.
    QNetworkRequest streamRequest() const;

    // Abort every request in flight (their callbacks see a transport error).
    void abortAll();

private:
    QNetworkRequest request(const QString &path, const QUrlQuery *query = nullptr) const;
    void track(QNetworkReply *reply, QObject *context, Callback done);

    QNetworkAccessManager m_network;
    QUrl m_serverUrl;
    QString m_token;
    int m_timeoutMs = 30000;
};

} // namespace hearth::net
