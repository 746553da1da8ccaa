#include "apiclient.h"

#include "netlogging.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

namespace hearth::net {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent) {}

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery *query) const {
    QUrl url = m_serverUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (query)
        url.setQuery(*query);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    req.setTransferTimeout(m_timeoutMs);
    return req;
}

void ApiClient::track(QNetworkReply *reply, QObject *context, Callback done) {
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        ApiResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (result.status == 0) {
            result.transportError = reply->errorString();
        } else {
            if (result.status >= 400)
                result.error = protocol::ApiError::fromJson(result.body);
            result.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
        }
        done(result);
    });
}

void ApiClient::registerAccount(const protocol::AuthRequest &request, QObject *context,
                                Callback done) {
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    track(m_network.post(this->request(QStringLiteral("/v1/auth/register")), body), context,
          std::move(done));
}

void ApiClient::login(const protocol::AuthRequest &request, QObject *context, Callback done) {
    protocol::AuthRequest credentials = request;
    credentials.displayName.clear(); // login takes handle and password only
    const QByteArray body = QJsonDocument(credentials.toJson()).toJson(QJsonDocument::Compact);
    track(m_network.post(this->request(QStringLiteral("/v1/auth/login")), body), context,
          std::move(done));
}

void ApiClient::fetchSyncPage(const QString &cursor, int limit, QObject *context, Callback done) {
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"),
                           QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    track(m_network.get(request(QStringLiteral("/v1/sync"), &query)), context, std::move(done));
}

void ApiClient::fetchHistoryPage(const QString &communityId, const QString &before, int limit,
                                 QObject *context, Callback done) {
    QUrlQuery query;
    if (!before.isEmpty())
        query.addQueryItem(QStringLiteral("before"),
                           QString::fromLatin1(QUrl::toPercentEncoding(before)));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const QString path = QStringLiteral("/v1/communities/%1/history")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(communityId)));
    track(m_network.get(request(path, &query)), context, std::move(done));
}

void ApiClient::fetchAudit(const QString &communityId, int limit, QObject *context, Callback done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const QString path = QStringLiteral("/v1/communities/%1/audit")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(communityId)));
    track(m_network.get(request(path, &query)), context, std::move(done));
}

void ApiClient::fetchEngagement(const QString &communityId, int weeks, QObject *context,
                                Callback done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("weeks"), QString::number(weeks));
    const QString path = QStringLiteral("/v1/communities/%1/engagement")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(communityId)));
    track(m_network.get(request(path, &query)), context, std::move(done));
}

void ApiClient::sendMutations(const protocol::MutationBatch &batch, QObject *context,
                              Callback done) {
    const QByteArray body = QJsonDocument(batch.toJson()).toJson(QJsonDocument::Compact);
    track(m_network.post(request(QStringLiteral("/v1/mutations")), body), context, std::move(done));
}

void ApiClient::health(QObject *context, Callback done) {
    track(m_network.get(request(QStringLiteral("/healthz"))), context, std::move(done));
}

QNetworkRequest ApiClient::streamRequest() const {
    QNetworkRequest req = request(QStringLiteral("/v1/stream"));
    QUrl url = req.url();
    url.setScheme(url.scheme() == QLatin1StringView("https") ? QStringLiteral("wss")
                                                             : QStringLiteral("ws"));
    req.setUrl(url);
    return req;
}

void ApiClient::abortAll() {
    const auto replies = findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : replies)
        reply->abort();
}

} // namespace hearth::net
