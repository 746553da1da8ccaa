#pragma once
// A minimal keep-alive HTTP/1.1 client connection for the benchmark: one request in flight, the
// answer framed by Content-Length. Far cheaper per request than QNetworkAccessManager, so the
// figures measure the server rather than the client.

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>
#include <functional>

class RawHttpConnection : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(int status, const QByteArray &body)>;

    explicit RawHttpConnection(quint16 port, QObject *parent = nullptr);
    bool waitConnected();

    void request(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &token,
                 const QByteArray &body, Done done);

private:
    void onReadyRead();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    Done m_done;
};
