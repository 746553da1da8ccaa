#include "httplistener.h"

#include "protocol/apierror.h"
#include "server/http/httplogging.h"
#include "server/http/httpresponses.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <functional>
#include <memory>
#include <sys/socket.h>

namespace hearthd {

using namespace hearth::protocol;

namespace {

// Runs a callback when its parent socket is destroyed.
class ConnectionTracker : public QObject {
public:
    ConnectionTracker(QObject *parent, std::function<void()> onGone)
        : QObject(parent)
        , m_onGone(std::move(onGone)) {}
    ~ConnectionTracker() override { m_onGone(); }

private:
    std::function<void()> m_onGone;
};

bool isWebSocketUpgrade(const QByteArray &head) {
    const qsizetype end = head.indexOf("\r\n\r\n");
    const QByteArray headers = (end < 0 ? head : head.left(end)).toLower();
    return headers.startsWith("get ") && headers.contains("\r\nupgrade: websocket");
}

} // namespace

HttpListener::HttpListener(const Limits &limits, QObject *parent)
    : QSslServer(parent)
    , m_limits(limits) {
    setListenBacklogSize(1024);
}

void HttpListener::refuse(QTcpSocket *socket, int status, const char *reason, const QString &code,
                          const QString &message) {
    socket->readAll(); // the HTTP parser must not see the rest of this request
    socket->write(HttpResponses::rawError(status, reason, {code, message}));
    // Closing while the peer is still sending would answer its data with a reset, and a reset
    // can destroy our answer in the peer's buffer before it is read. So: send the answer, close
    // our sending side, keep discarding what arrives, and close for good shortly after.
    // Over TLS a raw half-close can overtake the encrypted answer still inside the TLS layer,
    // so a TLS connection just sends its answer and keeps discarding until the final close.
    const bool tls = qobject_cast<QSslSocket *>(socket) != nullptr;
    const auto halfClose = [socket, tls] {
        if (!tls && socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, halfClose);
    socket->flush();
    halfClose();
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
}

void HttpListener::incomingConnection(qintptr socketDescriptor) {
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (!guard(socket))
        return;
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
        ++m_failedHandshakes;
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

bool HttpListener::guard(QTcpSocket *socket) {
    const QHostAddress peer = socket->peerAddress();
    if (m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer) {
        ++m_refused;
        qCWarning(lcHttp) << "refusing a connection from" << peer << ": too many open";
        if (m_tls) { // no handshake, so no way to send an HTTP answer
            socket->abort();
            socket->deleteLater();
            return false;
        }
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        refuse(socket, 429, "Too Many Requests", QString::fromLatin1(ErrorCode::RateLimited),
               QStringLiteral("too many open connections from this address"));
        return false;
    }
    ++m_perPeer[peer];
    ++m_open;
    ++m_accepted;
    // A child rather than a connection to destroyed(): QHttpServer disconnects every signal of
    // a socket it upgrades to a WebSocket, but children live exactly as long as the socket.
    new ConnectionTracker(socket, [self = QPointer<HttpListener>(this), peer] {
        if (!self) // the listener went first (shutdown)
            return;
        --self->m_open;
        if (--self->m_perPeer[peer] <= 0)
            self->m_perPeer.remove(peer);
    });

    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [this, socket] {
        ++m_idleClosed;
        qCDebug(lcHttp) << "closing idle connection from" << socket->peerAddress();
        socket->disconnectFromHost();
    });
    idle->start();

    // Connected before QHttpServer's own slot, so this sees each chunk before the parser does.
    // Bytes received since the last response are what the current request has sent so far.
    struct RequestState {
        qint64 received = 0;
        bool refused = false;
    };
    auto state = std::make_shared<RequestState>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, idle, state] {
        if (!socket->isOpen())
            return;
        if (state->refused) {
            socket->readAll();
            return;
        }
        if (state->received == 0 && isWebSocketUpgrade(socket->peek(8192))) {
            // From here on the WebSocket layer owns the connection and its liveness (pings);
            // HTTP idle and size rules no longer apply.
            idle->stop();
            QObject::disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            QObject::disconnect(socket, &QTcpSocket::bytesWritten, this, nullptr);
            return;
        }
        idle->start();
        state->received += socket->bytesAvailable();
        if (state->received > m_limits.maxRequestBytes) {
            state->refused = true;
            ++m_oversized;
            qCWarning(lcHttp) << "request from" << socket->peerAddress() << "over"
                              << m_limits.maxRequestBytes << "bytes; closing";
            refuse(socket, 413, "Payload Too Large",
                   QString::fromLatin1(ErrorCode::PayloadTooLarge),
                   QStringLiteral("the request is larger than %1 bytes")
                       .arg(m_limits.maxRequestBytes));
        }
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [idle, state] {
        idle->start();
        state->received = 0;
    });
    return true;
}

} // namespace hearthd
