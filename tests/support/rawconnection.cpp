#include "rawconnection.h"

#include <QDeadlineTimer>

#include <cerrno>
#include <poll.h>
#include <sys/socket.h>

namespace hearth::testing {

RawConnection::RawConnection(quint16 port, const QHostAddress &from, const QHostAddress &to) {
    if (!from.isNull())
        m_socket.bind(from);
    m_socket.connectToHost(to, port);
    m_socket.waitForConnected(5000);
}

void RawConnection::collect() {
    m_received += m_socket.readAll();
}

void RawConnection::send(const QByteArray &bytes) {
    m_socket.write(bytes);
    m_socket.flush();
}

bool RawConnection::readUntil(const std::function<bool(const QByteArray &)> &done, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        collect();
        if (done(m_received))
            return true;
        if (m_socket.state() != QAbstractSocket::ConnectedState || deadline.hasExpired())
            return false;
        m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
}

bool RawConnection::waitClosed(int timeoutMs) {
    readUntil([](const QByteArray &) { return false; }, timeoutMs);
    collect();
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

qint64 RawConnection::pour(const QByteArray &chunk, qint64 total, int timeoutMs) {
    collect();
    // Plain system calls, so that the server's close of its sending side (or its answer) does
    // not stop the writing, as it would stop QTcpSocket: this client is deaf on purpose.
    const int fd = int(m_socket.socketDescriptor());
    const QDeadlineTimer deadline(timeoutMs);
    qint64 sent = 0;
    bool endOfStream = false;
    while (fd >= 0 && sent < total && !deadline.hasExpired()) {
        pollfd p{fd, short(POLLOUT | (endOfStream ? 0 : POLLIN)), 0};
        if (::poll(&p, 1, 50) < 0)
            break;
        if (p.revents & POLLIN) {
            char buffer[64 * 1024];
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0)
                m_received.append(buffer, n);
            endOfStream = n == 0;
        }
        if (p.revents & POLLERR)
            break; // reset by the server
        if (p.revents & POLLOUT) {
            const ssize_t n =
                ::send(fd, chunk.constData(), size_t(std::min<qint64>(chunk.size(), total - sent)),
                       MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n > 0)
                sent += n;
            else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                break;
        }
    }
    return sent;
}

} // namespace hearth::testing
