#include "httpclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

namespace hearth::testing {

QString HttpClient::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray HttpClient::oneMutation(const QString &clientId, const QString &name,
                                   const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), newId()},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("args"), args}};
    return QJsonDocument(QJsonObject{{QStringLiteral("clientId"), clientId},
                                     {QStringLiteral("mutations"), QJsonArray{m}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject HttpReply::json() const {
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::errorCode() const {
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString HttpReply::errorMessage() const {
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

HttpReply HttpClient::get(const QString &pathAndQuery, const QString &token) {
    return send("GET", pathAndQuery, {}, token);
}

HttpReply HttpClient::post(const QString &path, const QByteArray &body, const QString &token) {
    return send("POST", path, body, token);
}

HttpReply HttpClient::send(const QByteArray &method, const QString &pathAndQuery,
                           const QByteArray &body, const QString &token) {
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    if (reply->isFinished()) {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return out;
}

QString HttpClient::registerUser(const QString &handle, const QString &password) {
    const QJsonObject body{{QStringLiteral("handle"), handle},
                           {QStringLiteral("password"), password}};
    const HttpReply r = post(QStringLiteral("/v1/auth/register"),
                             QJsonDocument(body).toJson(QJsonDocument::Compact));
    return r.status == 201 ? r.json().value(QStringLiteral("token")).toString() : QString();
}

} // namespace hearth::testing
