#pragma once
// One TCP connection for tests that must send what no well-behaved client sends (ambiguous
// framing, a trickle of bytes, a header of megabytes, an unmasked WebSocket frame) and look at
// the exact bytes that come back. Blocking, with timeouts; it never waits a fixed time.

#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>
#include <functional>

namespace hearth::testing {

class RawConnection {
public:
    // `from`: the local address to connect from (127.0.0.2, ... stand for other machines).
    explicit RawConnection(quint16 port, const QHostAddress &from = {},
                           const QHostAddress &to = QHostAddress::LocalHost);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes);
    // Reads until `done(received())` holds (true) or the peer closes or the time is up (false).
    bool readUntil(const std::function<bool(const QByteArray &)> &done, int timeoutMs);
    // Reads until the peer has closed the connection; false when it is still open at the end.
    bool waitClosed(int timeoutMs);
    // Writes `chunk` again and again until `total` bytes are out, the peer resets the
    // connection, or the time is up, reading what comes back meanwhile; what was sent. Like a
    // hostile client, it writes on after an answer and after the peer closed its side.
    qint64 pour(const QByteArray &chunk, qint64 total, int timeoutMs);

    const QByteArray &received() const { return m_received; }
    QTcpSocket &socket() { return m_socket; }

private:
    void collect();

    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace hearth::testing
