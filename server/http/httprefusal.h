#pragma once
// A request the socket layer refuses before Qt HttpServer sees it (malformed or ambiguous
// framing, too large, too slow, too many connections): the status line, and the error body's
// code and message. The connection is closed after the answer.

#include <QByteArray>
#include <QString>

namespace hearthd {

struct HttpRefusal {
    int status = 400;
    const char *reason = "Bad Request";
    QString code;
    QString message;

    static HttpRefusal badRequest(const QString &message);
    static HttpRefusal lengthRequired(const QString &message);
    static HttpRefusal timeout(const QString &message);
    static HttpRefusal payloadTooLarge(const QString &message);
    static HttpRefusal uriTooLong(const QString &message);
    static HttpRefusal headersTooLarge(const QString &message);
    static HttpRefusal tooManyConnections();
    static HttpRefusal versionNotSupported(const QString &message);

    // The whole answer, ready to write to the socket ("Connection: close").
    QByteArray response() const;
};

} // namespace hearthd
