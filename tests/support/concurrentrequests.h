#pragma once
// Many HTTP requests in flight at once, to one or several hearthd processes: every request gets a
// kept-alive connection of its own, all of them are written in one go and the answers collected
// as they come. Races between processes need requests that really overlap; a client that sends
// one request at a time (HttpClient) never makes two of them meet in the database.

#include "httpclient.h"

#include <QByteArray>
#include <QList>
#include <QTcpSocket>
#include <memory>

namespace hearth::testing {

struct RawRequest {
    quint16 port = 0;
    QByteArray method;
    QByteArray pathAndQuery;
    QByteArray body;
    QString token;
};

class ConcurrentRequests {
public:
    ConcurrentRequests();
    ~ConcurrentRequests();
    ConcurrentRequests(const ConcurrentRequests &) = delete;

    // Sends every request at once and waits for all answers (or `timeoutMs`). A request whose
    // connection closed without an answer (the process crashed) has status 0.
    QList<HttpReply> run(const QList<RawRequest> &requests, int timeoutMs = 60000);

private:
    struct Connection;
    Connection *idleConnection(quint16 port, QList<Connection *> *taken);

    QList<std::shared_ptr<Connection>> m_pool;
};

} // namespace hearth::testing
