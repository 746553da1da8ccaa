#include "concurrentrequests.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTest>

namespace hearth::testing {

struct ConcurrentRequests::Connection {
    quint16 port = 0;
    QTcpSocket socket;
    QByteArray buffer;
    bool waiting = false;
    HttpReply reply;

    bool connect() {
        if (socket.state() == QAbstractSocket::ConnectedState)
            return true;
        socket.abort();
        socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }

    // True once a whole answer (framed by Content-Length) is in the buffer.
    bool takeAnswer() {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return false;
        const QByteArray head = buffer.left(headerEnd);
        qsizetype length = 0;
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            reply.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length) {
            reply.headers.clear();
            return false;
        }
        reply.status = buffer.mid(9, 3).toInt();
        reply.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        return true;
    }
};

ConcurrentRequests::ConcurrentRequests() = default;
ConcurrentRequests::~ConcurrentRequests() = default;

ConcurrentRequests::Connection *ConcurrentRequests::idleConnection(quint16 port,
                                                                   QList<Connection *> *taken) {
    for (const auto &c : std::as_const(m_pool)) {
        if (c->port == port && !taken->contains(c.get())) {
            taken->append(c.get());
            return c.get();
        }
    }
    auto c = std::make_shared<Connection>();
    c->port = port;
    m_pool.append(c);
    taken->append(c.get());
    return c.get();
}

QList<HttpReply> ConcurrentRequests::run(const QList<RawRequest> &requests, int timeoutMs) {
    QList<Connection *> used;
    for (const RawRequest &r : requests) {
        Connection *c = idleConnection(r.port, &used);
        c->buffer.clear();
        c->reply = {};
        c->waiting = c->connect();
    }
    // Everything is connected before the first byte goes out, so the requests arrive together.
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const RawRequest &r = requests[i];
        Connection *c = used[i];
        if (!c->waiting)
            continue;
        QByteArray wire = r.method + ' ' + r.pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!r.token.isEmpty())
            wire += "Authorization: Bearer " + r.token.toLatin1() + "\r\n";
        if (r.method == "POST")
            wire += "Content-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(r.body.size()) + "\r\n";
        wire += "\r\n" + r.body;
        c->socket.write(wire);
    }
    for (Connection *c : std::as_const(used))
        c->socket.flush();

    const QDeadlineTimer deadline(timeoutMs);
    const auto pending = [&] {
        int open = 0;
        for (Connection *c : std::as_const(used)) {
            if (!c->waiting)
                continue;
            if (c->socket.bytesAvailable() > 0)
                c->buffer += c->socket.readAll();
            if (c->takeAnswer()) {
                c->waiting = false;
            } else if (c->socket.state() != QAbstractSocket::ConnectedState) {
                c->waiting = false; // closed without an answer: status stays 0
            } else {
                ++open;
            }
        }
        return open;
    };
    while (pending() > 0 && !deadline.hasExpired())
        QTest::qWait(1);

    QList<HttpReply> out;
    out.reserve(used.size());
    for (Connection *c : std::as_const(used)) {
        if (c->waiting) { // timed out: the connection is in an unknown state
            c->socket.abort();
            c->waiting = false;
        }
        out.append(c->reply);
    }
    return out;
}

} // namespace hearth::testing
