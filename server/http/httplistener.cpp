#include "httplistener.h"

#include "server/http/connectionguard.h"
#include "server/http/httplogging.h"

#include <QSslSocket>
#include <memory>

namespace hearthd {

HttpListener::HttpListener(const Limits &limits, const TrustedProxies &proxies, QObject *parent)
    : QSslServer(parent)
    , m_limits(limits)
    , m_proxies(proxies) {
    m_limits.maxHeadBytes = std::min(m_limits.maxHeadBytes, m_limits.maxRequestBytes);
    setListenBacklogSize(1024);
}

bool HttpListener::admit(const QHostAddress &client) {
    int &count = m_perPeer[client];
    if (count >= m_limits.maxConnectionsPerPeer) {
        ++m_counters.refused;
        qCWarning(lcHttp) << "refusing a connection from" << client.toString() << ": too many open";
        return false;
    }
    ++count;
    return true;
}

void HttpListener::release(const QHostAddress &client) {
    const auto it = m_perPeer.find(client);
    if (it != m_perPeer.end() && --it.value() <= 0)
        m_perPeer.erase(it);
}

void HttpListener::incomingConnection(qintptr socketDescriptor) {
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ++m_counters.accepted;
    // A trusted proxy's connections count for the client each request names, not the proxy.
    const QHostAddress peer = socket->peerAddress();
    const bool counted = !m_proxies.contains(peer);
    if (counted && !admit(peer)) {
        if (m_tls) { // no handshake, so no way to send an HTTP answer
            socket->abort();
            socket->deleteLater();
            return;
        }
        auto *guard = new ConnectionGuard(socket, *this, {});
        guard->refuse(HttpRefusal::tooManyConnections());
        return;
    }
    new ConnectionGuard(socket, *this, counted ? peer : QHostAddress());
    if (m_tls)
        startTls(static_cast<QSslSocket *>(socket));
    else
        addPendingConnection(socket);
}

void HttpListener::startTls(QSslSocket *socket) {
    socket->setSslConfiguration(*m_tls);
    // Until the handshake is done the socket is ours alone: on failure (or the idle timeout,
    // which also bounds a handshake that never finishes) it is closed and deleted here.
    auto settled = std::make_shared<bool>(false);
    const auto failed = [this, socket, settled] {
        if (*settled)
            return;
        *settled = true;
        ++m_counters.failedHandshakes;
        qCDebug(lcHttp) << "TLS handshake with" << socket->peerAddress()
                        << "failed:" << socket->errorString();
        socket->abort();
        socket->deleteLater();
    };
    connect(socket, &QAbstractSocket::errorOccurred, this, failed);
    connect(socket, &QAbstractSocket::disconnected, this, failed);
    connect(socket, &QSslSocket::encrypted, this, [this, socket, settled] {
        if (*settled)
            return;
        *settled = true; // from here on QHttpServer owns the connection
        addPendingConnection(socket);
    });
    socket->startServerEncryption();
}

} // namespace hearthd
