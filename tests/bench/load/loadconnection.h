#pragma once
// One simulated member's keep-alive HTTP/1.1 connection to hearthd: one request in flight, the
// answer framed by Content-Length, reconnecting when hearthd closed it (idle timeout, restart).
// Every request names the member's own address in X-Forwarded-For, as the packaged nginx does,
// so hearthd (started with --trusted-proxies 127.0.0.1) applies its per-client limits to each
// member rather than to the load tool as a whole. Far cheaper per request than
// QNetworkAccessManager, so the figures measure the server.

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>
#include <functional>

class LoadConnection : public QObject {
    Q_OBJECT

public:
    // status 0: no HTTP answer (the connection failed or closed before the answer was whole).
    using Done = std::function<void(int status, const QByteArray &body)>;

    LoadConnection(quint16 port, const QByteArray &clientAddress, QObject *parent = nullptr);

    bool busy() const { return bool(m_done); }
    void request(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &token,
                 const QByteArray &body, Done done);

private:
    void onReadyRead();
    void finish(int status, const QByteArray &body);

    quint16 m_port;
    QByteArray m_clientAddress;
    QTcpSocket m_socket;
    QByteArray m_pending; // the request, until the socket is connected
    QByteArray m_buffer;
    Done m_done;
};
