#pragma once
// One connection's rules, enforced below Qt HttpServer: a child of the socket, it sees every
// chunk before the HTTP parser does (its readyRead slot is connected first).
//
// - Framing: RequestFramer finds each request's head and body; a malformed or ambiguous head,
//   a head past its cap or a Content-Length past the request cap is answered (400, 411, 413,
//   414, 431, 505) and the connection closed, and Qt never reads it.
// - Time: waiting for a request is bounded by the idle timeout; once a request's first byte is
//   in, its head must arrive within the header timeout and its body within the body timeout,
//   however slowly the bytes trickle (408 otherwise).
// - Closing: after a request without keep-alive (HTTP/1.0, "Connection: close") the
//   connection closes once the answer is out; nothing after that request reaches Qt.
// - Memory: Qt reads at most one request ahead from the kernel; a refused connection is read
//   no further (the client waits while it reads the answer) and closed shortly after.
// - WebSockets: the upgrade obeys the same rules until Qt's WebSocket server takes it; then a
//   WebSocketFrameGuard checks each frame's header before Qt's reader buffers its payload.
// - Per peer: the connection counts for its client (for a trusted proxy's connection, the
//   client its requests name) against the per-peer cap.
//
// Qt HttpServer 6.4 reads one request per readyRead; the guard follows that to know which
// bytes Qt has read, and re-emits readyRead while a whole pipelined request waits (Qt would
// otherwise leave it until more bytes arrive).

#include "server/http/httprefusal.h"
#include "server/http/requestframer.h"
#include "server/http/websocketframeguard.h"

#include <QBasicTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace hearthd {

class HttpListener;

class ConnectionGuard : public QObject {
    Q_OBJECT

public:
    // Watches `socket` and becomes its child; `counted`: the address the connection already
    // counts for (null for a trusted proxy's, counted once a request names its client).
    ConnectionGuard(QTcpSocket *socket, HttpListener &listener, const QHostAddress &counted);
    ~ConnectionGuard() override;

    // Answers with `refusal` and closes; Qt HttpServer reads nothing more of this connection.
    void refuse(const HttpRefusal &refusal);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class Mode { Http, Upgrading, WebSocket, Closing };
    enum class Deadline { None, Idle, Head, Body, Upgrade, Linger };

    void readHttp();
    void readFrames();
    void written();
    void handle(const RequestFramer::Event &event);
    bool countFor(const RequestHead &head);
    void stopHttpLayer();
    void linger();
    void halfCloseWhenSent();
    bool handshakeTaken() const;
    void enterWebSocket();
    void setDeadline(Deadline deadline, int ms);
    QString client() const;

    QTcpSocket *m_socket;
    QPointer<HttpListener> m_listener;
    RequestFramer m_framer;
    WebSocketFrameGuard m_frames;
    QHostAddress m_counted;
    QHostAddress m_client; // the client of the latest request, when a proxy named it
    Mode m_mode = Mode::Http;
    Deadline m_deadline = Deadline::None;
    QBasicTimer m_timer;
    qint64 m_seen = 0;        // stream bytes the framer has read
    qint64 m_httpRead = 0;    // stream bytes Qt's parser has read (or will, in this turn)
    QList<qint64> m_ends;     // ends of whole requests Qt's parser has not read yet
    qint64 m_closeAt = -1;    // end of the request whose answer closes the connection
    qint64 m_upgradeAt = -1;  // end of the WebSocket handshake
    QByteArray m_upgradeHead; // the handshake, until Qt's WebSocket server has read it
    bool m_halfClosed = false;
    bool m_lostTrackLogged = false;
};

} // namespace hearthd
