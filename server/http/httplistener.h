#pragma once
// The listening socket handed to QHttpServer with bind(). Qt HttpServer 6.4 enforces no request
// size, no idle timeout and no per-peer limit, so this layer does: it sees every connection
// before the HTTP parser does, answers 413 and closes a connection whose request grows past the
// cap, closes connections idle for too long, and refuses a peer holding too many connections.
// With a TLS configuration it serves HTTPS and WSS: it is a QSslServer (so QHttpServer::bind
// takes it as it takes a plain server), makes each connection a QSslSocket and hands it to the
// HTTP layer once the handshake is done; the same caps then apply to the decrypted bytes, and a
// handshake that fails (a plain-HTTP client, say) closes the connection without an answer.

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslServer>
#include <optional>

namespace hearthd {

class HttpListener : public QSslServer {
    Q_OBJECT

public:
    struct Limits {
        qint64 maxRequestBytes = 1024 * 1024 + 16 * 1024; // 1 MiB of body plus headers
        int idleTimeoutMs = 60 * 1000;
        int maxConnectionsPerPeer = 256;
    };

    explicit HttpListener(const Limits &limits, QObject *parent = nullptr);

    // Serve TLS with this configuration (certificate and key); call before listen().
    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }
    bool isTls() const { return m_tls.has_value(); }
    quint64 failedHandshakes() const { return m_failedHandshakes; }

    int openConnections() const { return m_open; }
    quint64 acceptedConnections() const { return m_accepted; }
    quint64 refusedConnections() const { return m_refused; }
    quint64 oversizedRequests() const { return m_oversized; }
    quint64 idleClosed() const { return m_idleClosed; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    // Applies the per-peer cap, idle timeout and request-size cap; false: refused.
    bool guard(QTcpSocket *socket);
    void startTls(QSslSocket *socket);
    void refuse(QTcpSocket *socket, int status, const char *reason, const QString &code,
                const QString &message);

    Limits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QHash<QHostAddress, int> m_perPeer;
    int m_open = 0;
    quint64 m_accepted = 0;
    quint64 m_refused = 0;
    quint64 m_oversized = 0;
    quint64 m_idleClosed = 0;
    quint64 m_failedHandshakes = 0;
};

} // namespace hearthd
