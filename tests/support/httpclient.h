#pragma once
// A blocking HTTP client for tests and the benchmark: one request at a time over a kept-alive
// connection, answering status, headers and body.

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace hearth::testing {

struct HttpReply {
    int status = 0; // 0: no HTTP answer (connection failed)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    QString errorCode() const;    // error.code of an error body
    QString errorMessage() const; // error.message
};

class HttpClient {
public:
    explicit HttpClient(const QUrl &base)
        : m_base(base) {}

    HttpReply get(const QString &pathAndQuery, const QString &token = {});
    HttpReply post(const QString &path, const QByteArray &body, const QString &token = {});
    HttpReply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                   const QString &token = {});

    // POST /v1/auth/register then the token (empty on failure).
    QString registerUser(const QString &handle, const QString &password);

    // A POST /v1/mutations body of one mutation (with a new mutation id), and new object ids.
    static QByteArray oneMutation(const QString &clientId, const QString &name,
                                  const QJsonObject &args);
    static QString newId();

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace hearth::testing
