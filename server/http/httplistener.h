#pragma once
// The listening socket handed to QHttpServer with bind(). Qt HttpServer 6.4 enforces no request
// size, no timeout, no per-peer limit and does not frame requests strictly, so this layer does:
// every connection gets a ConnectionGuard, which sees each byte before the HTTP parser does and
// refuses what is too large, too slow, malformed or ambiguous (see connectionguard.h). Accepted
// sockets send without Nagle's delay: Qt writes an answer's head and body separately, and the
// second write would otherwise wait for the peer's (delayed) ACK of the first.
// With a TLS configuration it serves HTTPS and WSS: it is a QSslServer (so QHttpServer::bind
// takes it as it takes a plain server), makes each connection a QSslSocket and hands it to the
// HTTP layer once the handshake is done; the same rules then apply to the decrypted bytes, and a
// handshake that fails (a plain-HTTP client, say) closes the connection without an answer.

#include "server/http/trustedproxies.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslServer>
#include <optional>

namespace hearthd {

class ConnectionGuard;

class HttpListener : public QSslServer {
    Q_OBJECT

public:
    struct Limits {
        qint64 maxRequestBytes = 1024 * 1024 + 16 * 1024; // head and body
        qint64 maxHeadBytes = 16 * 1024;                  // request line and header fields
        int idleTimeoutMs = 60 * 1000;   // waiting for a request (or a TLS handshake)
        int headerTimeoutMs = 10 * 1000; // a request's first byte to the end of its head
        int bodyTimeoutMs = 60 * 1000;   // the end of the head to the end of the body
        int maxConnectionsPerPeer = 256;
        quint64 maxWebSocketFrameBytes = 4096; // what a client may send in one frame
    };

    struct Counters {
        quint64 accepted = 0;
        quint64 refused = 0;   // over the per-peer connection cap
        quint64 oversized = 0; // 413, 414, 431
        quint64 malformed = 0; // 400, 411, 505 from the framing rules
        quint64 timedOut = 0;  // 408, and WebSocket handshakes that never finished
        quint64 idleClosed = 0;
        quint64 badFrames = 0; // WebSocket frames refused (unmasked, too large, malformed)
        quint64 failedHandshakes = 0;
    };

    HttpListener(const Limits &limits, const TrustedProxies &proxies, QObject *parent = nullptr);

    // Serve TLS with this configuration (certificate and key); call before listen().
    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }
    bool isTls() const { return m_tls.has_value(); }

    const Limits &limits() const { return m_limits; }
    const TrustedProxies &trustedProxies() const { return m_proxies; }
    const Counters &counters() const { return m_counters; }
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class ConnectionGuard;

    // Counts one more connection for `client`; false when it already holds its share.
    bool admit(const QHostAddress &client);
    void release(const QHostAddress &client);
    void startTls(QSslSocket *socket);

    Limits m_limits;
    TrustedProxies m_proxies;
    std::optional<QSslConfiguration> m_tls;
    QHash<QHostAddress, int> m_perPeer;
    int m_open = 0;
    Counters m_counters;
};

} // namespace hearthd
