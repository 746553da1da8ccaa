#include "rawhttpconnection.h"

#include <QHostAddress>

RawHttpConnection::RawHttpConnection(quint16 port, QObject *parent)
    : QObject(parent) {
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawHttpConnection::onReadyRead);
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

bool RawHttpConnection::waitConnected() {
    return m_socket.state() == QAbstractSocket::ConnectedState || m_socket.waitForConnected(5000);
}

void RawHttpConnection::request(const QByteArray &method, const QByteArray &pathAndQuery,
                                const QByteArray &token, const QByteArray &body, Done done) {
    m_done = std::move(done);
    QByteArray req = method + ' ' + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        req += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST")
        req +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    req += "\r\n" + body;
    m_socket.write(req);
}

void RawHttpConnection::onReadyRead() {
    m_buffer += m_socket.readAll();
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray headers = m_buffer.left(headerEnd).toLower();
    const qsizetype at = headers.indexOf("content-length:");
    qsizetype length = 0;
    if (at >= 0) {
        const qsizetype lineEnd = headers.indexOf("\r\n", at);
        length = headers.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
    }
    if (m_buffer.size() < headerEnd + 4 + length)
        return;
    const int status = m_buffer.mid(9, 3).toInt();
    const QByteArray body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(status, body);
}
