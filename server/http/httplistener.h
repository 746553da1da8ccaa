#pragma once
// The listening socket handed to QHttpServer with bind(). Qt HttpServer 6.4 enforces no request
// size, no idle timeout and no per-peer limit, so this layer does: it sees every connection
// before the HTTP parser does, answers 413 and closes a connection whose request grows past the
// cap, closes connections idle for too long, and refuses a peer holding too many connections.

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

namespace hearthd {

class HttpListener : public QTcpServer {
    Q_OBJECT

public:
    struct Limits {
        qint64 maxRequestBytes = 1024 * 1024 + 16 * 1024; // 1 MiB of body plus headers
        int idleTimeoutMs = 60 * 1000;
        int maxConnectionsPerPeer = 256;
    };

    explicit HttpListener(const Limits &limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }
    quint64 acceptedConnections() const { return m_accepted; }
    quint64 refusedConnections() const { return m_refused; }
    quint64 oversizedRequests() const { return m_oversized; }
    quint64 idleClosed() const { return m_idleClosed; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void refuse(QTcpSocket *socket, int status, const char *reason, const QString &code,
                const QString &message);

    Limits m_limits;
    QHash<QHostAddress, int> m_perPeer;
    int m_open = 0;
    quint64 m_accepted = 0;
    quint64 m_refused = 0;
    quint64 m_oversized = 0;
    quint64 m_idleClosed = 0;
};

} // namespace hearthd
