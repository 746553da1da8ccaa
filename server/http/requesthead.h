#pragma once
// One request's head (request line and header fields), read by hearthd's socket layer before
// Qt HttpServer reads it. It is parsed strictly, so that the two can never disagree about where
// a request ends (request smuggling, RFC 9112 §6.3 and §11.2): CRLF line ends only, no obsolete
// line folding, no space before a colon, one plain Content-Length and no Transfer-Encoding (Qt
// HttpServer 6.4 prefers chunked over a Content-Length and reads only the first of two
// lengths), exactly one Host on HTTP/1.1. What the head says about the connection (close after
// the answer, WebSocket upgrade) is worked out the way Qt HttpServer works it out.

#include "server/http/httprefusal.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <variant>

namespace hearthd {

struct RequestHead {
    QByteArray method;
    QByteArray target;
    int minorVersion = 1;           // HTTP/1.0 or HTTP/1.1
    qint64 contentLength = 0;       // no Content-Length: no body
    bool keepAlive = true;          // false: the connection closes after the answer
    bool webSocketUpgrade = false;  // Qt HttpServer hands the connection to its WebSocket server
    QList<QByteArray> forwardedFor; // X-Forwarded-For field values, in order
    QList<QByteArray> forwarded;    // Forwarded field values, in order

    // `block` is a whole head: the request line and the field lines, each ending in CRLF, and
    // the empty line ("\r\n"). Returns the refusal to answer when it is not acceptable.
    static std::variant<RequestHead, HttpRefusal> parse(QByteArrayView block);
};

} // namespace hearthd
