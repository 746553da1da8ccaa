#include "connectionguard.h"

#include "server/http/httplistener.h"
#include "server/http/httplogging.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimerEvent>
#include <sys/socket.h>

namespace hearthd {

namespace {

// Qt's reader holds a whole request (a transaction it commits when the request is complete), so
// its buffer must fit one; past that, TCP flow control makes the client wait.
constexpr qint64 ReadAheadSlack = 64 * 1024;
// Once the connection is refused or upgraded, nothing larger is ever needed at once.
constexpr qint64 SmallReadBuffer = 64 * 1024;
// After a refusal: how long the client has to read the answer before the connection is cut.
constexpr int LingerMs = 2000;
// What Qt may still read into memory meanwhile.
constexpr qint64 LingerReadBuffer = 4 * 1024;

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, HttpListener &listener,
                                 const QHostAddress &counted)
    : QObject(socket)
    , m_socket(socket)
    , m_listener(&listener)
    , m_framer({listener.limits().maxHeadBytes, listener.limits().maxRequestBytes})
    , m_frames(listener.limits().maxWebSocketFrameBytes)
    , m_counted(counted) {
    ++listener.m_open;
    socket->setReadBufferSize(listener.limits().maxRequestBytes + ReadAheadSlack);
    // Connected before QHttpServer's own slot, so this sees each chunk before the parser does.
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::readHttp);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::written);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    setDeadline(Deadline::Idle, listener.limits().idleTimeoutMs);
}

ConnectionGuard::~ConnectionGuard() {
    if (!m_listener) // the listener went first (shutdown)
        return;
    --m_listener->m_open;
    if (!m_counted.isNull())
        m_listener->release(m_counted);
}

QString ConnectionGuard::client() const {
    return (m_client.isNull() ? m_socket->peerAddress() : m_client).toString();
}

void ConnectionGuard::setDeadline(Deadline deadline, int ms) {
    m_deadline = deadline;
    if (deadline == Deadline::None)
        m_timer.stop();
    else
        m_timer.start(ms, this);
}

void ConnectionGuard::readHttp() {
    if (!m_listener || (m_mode != Mode::Http && m_mode != Mode::Upgrading))
        return;
    if (m_closeAt >= 0 && m_httpRead >= m_closeAt) {
        // Qt has its last request; whatever follows must not reach it.
        stopHttpLayer();
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 unread = m_seen - m_httpRead; // seen here before, not yet read by Qt
    if (available > unread) {
        const QByteArray fresh = m_socket->peek(available).sliced(unread);
        m_seen += fresh.size();
        for (const RequestFramer::Event &event : m_framer.feed(fresh)) {
            handle(event);
            if (m_mode == Mode::Closing)
                return;
        }
        if (m_framer.refusal()) {
            refuse(*m_framer.refusal());
            return;
        }
    }
    // Qt's parser reads one whole request in this turn, or everything there is.
    m_httpRead = m_ends.isEmpty() ? m_seen : m_ends.takeFirst();
    if (m_httpRead == m_upgradeAt) {
        // Qt hands the socket to its WebSocket server in this turn, which reads the handshake
        // in a queued call. Queued now, this runs first and puts the frame check ahead of the
        // WebSocket's own reader, which is connected during the handshake.
        QMetaObject::invokeMethod(
            this,
            [this] {
                connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::readFrames);
            },
            Qt::QueuedConnection);
    }
    if (!m_ends.isEmpty()) {
        // A whole request waits behind the one Qt reads now; Qt would wait for more bytes.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_ends.isEmpty() && m_mode != Mode::Closing)
                    Q_EMIT m_socket->readyRead();
            },
            Qt::QueuedConnection);
    }
}

void ConnectionGuard::handle(const RequestFramer::Event &event) {
    const HttpListener::Limits &limits = m_listener->limits();
    switch (event.kind) {
    case RequestFramer::Event::Started:
        setDeadline(Deadline::Head, limits.headerTimeoutMs);
        break;
    case RequestFramer::Event::HeadComplete:
        if (!countFor(event.head))
            return;
        if (event.head.webSocketUpgrade) {
            m_mode = Mode::Upgrading;
            m_upgradeHead = m_framer.lastHead();
            setDeadline(Deadline::Upgrade, limits.headerTimeoutMs);
        } else if (event.head.contentLength > 0) {
            setDeadline(Deadline::Body, limits.bodyTimeoutMs);
        }
        break;
    case RequestFramer::Event::Complete:
        m_ends.append(event.offset);
        if (event.head.webSocketUpgrade) {
            m_upgradeAt = event.offset;
            break;
        }
        if (!event.head.keepAlive)
            m_closeAt = event.offset;
        setDeadline(Deadline::Idle, limits.idleTimeoutMs);
        break;
    }
}

bool ConnectionGuard::countFor(const RequestHead &head) {
    const TrustedProxies &proxies = m_listener->trustedProxies();
    if (!proxies.contains(m_socket->peerAddress()))
        return true; // counted for its peer since it was accepted
    const QHostAddress client =
        proxies.clientAddress(m_socket->peerAddress(), head.forwardedFor, head.forwarded);
    m_client = client;
    if (client == m_counted)
        return true;
    if (!m_counted.isNull())
        m_listener->release(m_counted);
    m_counted = {};
    if (!m_listener->admit(client)) {
        refuse(HttpRefusal::tooManyConnections());
        return false;
    }
    m_counted = client;
    return true;
}

void ConnectionGuard::refuse(const HttpRefusal &refusal) {
    HttpListener::Counters &counters = m_listener->m_counters;
    switch (refusal.status) {
    case 408:
        ++counters.timedOut;
        break;
    case 413:
    case 414:
    case 431:
        ++counters.oversized;
        break;
    case 429:
        break; // counted when the cap refused it
    default:
        ++counters.malformed;
    }
    qCWarning(lcHttp).noquote() << "refusing a request from" << client() << "with" << refusal.status
                                << refusal.reason << "-" << refusal.message;
    stopHttpLayer();
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(refusal.response());
    linger();
}

void ConnectionGuard::stopHttpLayer() {
    // Qt HttpServer 6.4 reads through a slot of the QHttpServer this listener is bound to.
    if (QObject *httpServer = m_listener->parent())
        disconnect(m_socket, &QIODevice::readyRead, httpServer, nullptr);
    // Its reader may be half-way through a request, holding all of it in a transaction;
    // without one, what is read next is freed at once.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
}

void ConnectionGuard::linger() {
    // Closing at once while the peer is still sending would answer its data with a reset, and
    // a client that is still writing then often never reads the answer. So: send the answer,
    // close the sending side, and stop reading: the client's writes stall (TCP flow control)
    // while it can read the answer; the connection is cut after a short while, or sooner when
    // the client closes. Nothing that still arrives is buffered beyond a few KiB.
    m_mode = Mode::Closing;
    // No reader is left: not Qt's HTTP parser, not a WebSocket's, not this guard's own. Qt
    // fills the small buffer and then leaves the rest in the kernel.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->setReadBufferSize(LingerReadBuffer);
    setDeadline(Deadline::Linger, LingerMs);
    m_socket->flush();
    halfCloseWhenSent();
}

void ConnectionGuard::halfCloseWhenSent() {
    // Over TLS a raw half-close can overtake the encrypted answer still inside the TLS layer,
    // so a TLS connection just sends its answer and is cut at the end of the wait.
    if (m_halfClosed || qobject_cast<QSslSocket *>(m_socket) || m_socket->bytesToWrite() > 0 ||
        m_socket->socketDescriptor() < 0)
        return;
    m_halfClosed = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void ConnectionGuard::written() {
    if (!m_listener)
        return;
    switch (m_mode) {
    case Mode::Closing:
        halfCloseWhenSent();
        break;
    case Mode::Upgrading:
        // The 101 answer: Qt's WebSocket server has read the handshake.
        if (handshakeTaken())
            enterWebSocket();
        break;
    case Mode::WebSocket:
        break;
    case Mode::Http:
        if (m_deadline == Deadline::Idle) // an answer on its way is not idleness
            setDeadline(Deadline::Idle, m_listener->limits().idleTimeoutMs);
        if (m_closeAt >= 0 && m_httpRead >= m_closeAt && m_socket->bytesToWrite() == 0) {
            stopHttpLayer();
            linger();
        } else if (m_socket->bytesToWrite() == 0 && m_ends.isEmpty() && !m_framer.inRequest() &&
                   !m_counted.isNull() &&
                   m_listener->trustedProxies().contains(m_socket->peerAddress())) {
            // A proxy keeps idle connections for whoever comes next: between requests this
            // one is no client's.
            m_listener->release(m_counted);
            m_counted = {};
        }
        break;
    }
}

bool ConnectionGuard::handshakeTaken() const {
    return m_socket->bytesAvailable() < m_upgradeHead.size() ||
           m_socket->peek(m_upgradeHead.size()) != m_upgradeHead;
}

void ConnectionGuard::enterWebSocket() {
    // From here on the WebSocket layer owns the connection's liveness (pings and pongs).
    m_mode = Mode::WebSocket;
    m_upgradeHead.clear();
    m_socket->setReadBufferSize(SmallReadBuffer);
    setDeadline(Deadline::None, 0);
}

void ConnectionGuard::readFrames() {
    if (!m_listener)
        return;
    if (m_mode == Mode::Upgrading) {
        if (!handshakeTaken())
            return;
        enterWebSocket();
    }
    if (m_mode != Mode::WebSocket)
        return;
    const auto violation = m_frames.inspect(m_socket->peek(m_socket->bytesAvailable()));
    if (m_frames.lostTrack() && !m_lostTrackLogged) {
        m_lostTrackLogged = true;
        qCWarning(lcStream) << "lost track of the frames from" << client()
                            << "; their headers are no longer checked";
    }
    if (!violation)
        return;
    ++m_listener->m_counters.badFrames;
    qCInfo(lcStream).noquote() << "closing a stream from" << client() << "with"
                               << violation->closeCode << "-" << violation->reason;
    // Qt's reader sees none of it: it would otherwise buffer the frame it is told about.
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(WebSocketFrameGuard::closeFrame(violation->closeCode, violation->reason));
    linger();
}

void ConnectionGuard::timerEvent(QTimerEvent *event) {
    if (event->timerId() != m_timer.timerId())
        return QObject::timerEvent(event);
    const Deadline expired = m_deadline;
    setDeadline(Deadline::None, 0);
    if (!m_listener) {
        m_socket->abort();
        return;
    }
    const HttpListener::Limits &limits = m_listener->limits();
    switch (expired) {
    case Deadline::None:
        break;
    case Deadline::Idle:
        ++m_listener->m_counters.idleClosed;
        qCDebug(lcHttp) << "closing idle connection from" << client();
        m_socket->disconnectFromHost();
        break;
    case Deadline::Head:
        refuse(HttpRefusal::timeout(QStringLiteral("the request head did not arrive within %1 s")
                                        .arg(limits.headerTimeoutMs / 1000.0)));
        break;
    case Deadline::Body:
        refuse(HttpRefusal::timeout(QStringLiteral("the request body did not arrive within %1 s")
                                        .arg(limits.bodyTimeoutMs / 1000.0)));
        break;
    case Deadline::Upgrade:
        ++m_listener->m_counters.timedOut;
        qCInfo(lcStream) << "closing a WebSocket handshake from" << client()
                         << "that did not finish";
        m_socket->abort();
        break;
    case Deadline::Linger:
        m_socket->abort();
        break;
    }
}

} // namespace hearthd
