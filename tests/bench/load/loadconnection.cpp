#include "loadconnection.h"

#include <QHostAddress>

LoadConnection::LoadConnection(quint16 port, const QByteArray &clientAddress, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_clientAddress(clientAddress) {
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.write(std::exchange(m_pending, {}));
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &LoadConnection::onReadyRead);
    // Closed by hearthd (or refused): the request in flight, if any, failed.
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { finish(0, {}); });
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            finish(0, m_socket.errorString().toUtf8());
    });
}

void LoadConnection::request(const QByteArray &method, const QByteArray &pathAndQuery,
                             const QByteArray &token, const QByteArray &body, Done done) {
    Q_ASSERT(!m_done);
    m_done = std::move(done);
    m_buffer.clear();
    QByteArray req = method + ' ' + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                     "X-Forwarded-For: " + m_clientAddress + "\r\n";
    if (!token.isEmpty())
        req += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST")
        req +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    req += "\r\n" + body;
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.write(req);
        return;
    }
    m_pending = req;
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
}

void LoadConnection::onReadyRead() {
    m_buffer += m_socket.readAll();
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray headers = m_buffer.left(headerEnd).toLower();
    const qsizetype at = headers.indexOf("\r\ncontent-length:");
    qsizetype length = 0;
    if (at >= 0) {
        const qsizetype from = at + 17;
        const qsizetype lineEnd = headers.indexOf("\r\n", from);
        length = headers.mid(from, lineEnd < 0 ? -1 : lineEnd - from).trimmed().toLongLong();
    }
    if (m_buffer.size() < headerEnd + 4 + length)
        return;
    const int status = m_buffer.mid(9, 3).toInt();
    const QByteArray body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);
    Done done = std::exchange(m_done, nullptr);
    // hearthd closes after this answer: the next request opens a new connection.
    if (headers.contains("\r\nconnection: close"))
        m_socket.abort();
    if (done)
        done(status, body);
}

void LoadConnection::finish(int status, const QByteArray &body) {
    if (!m_done)
        return;
    m_pending.clear();
    Done done = std::exchange(m_done, nullptr);
    done(status, body);
}
