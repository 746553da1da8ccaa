#pragma once
// GET /v1/stream: WebSockets that carry small pokes ({"cursor": "..."}) when something new is
// visible to the connected user; the client then pulls /v1/sync. The socket is authenticated
// after the upgrade, from the Authorization header of QWebSocket::request(), and closed with
// code 4001 when the token is bad, or once it is revoked (sign-out, an operator's password
// reset, perhaps by another process): a token is checked again before its stream is poked and
// at every heartbeat. Pings keep it alive; a peer that stops answering is dropped. A client that
// misses a poke loses nothing: the data always comes from pulling. While the database is
// unreachable, a new socket is closed with 4503 (try again later) rather than refused as
// unauthorized, and once it is back every stream is poked (pokeAll): what was committed
// meanwhile was not announced.

#include "server/domain/changelog.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QHttpServer;
class QWebSocket;

namespace hearthd {

class Accounts;
class DatabaseSupervisor;
class StorageError;
class SyncService;

class StreamHub : public QObject {
    Q_OBJECT

public:
    static constexpr int UnauthorizedCloseCode = 4001;
    // The database is being reconnected: come back later (HTTP's 503 in the private range;
    // Qt 6.4's QWebSocket takes the registry's 1013 "Try Again Later" for a protocol error).
    static constexpr int UnavailableCloseCode = 4503;
    // What a client may send in one frame or message (it only answers pings and closes); the
    // socket layer refuses a larger frame from its header (HttpListener::Limits).
    static constexpr int MaxIncomingBytes = 4096;

    StreamHub(QHttpServer &server, Accounts &accounts, ChangeLog &log, SyncService &sync,
              DatabaseSupervisor &database, int heartbeatMs, QObject *parent = nullptr);
    ~StreamHub() override;

    // New changes were committed: pokes go out to every user who can see one of them, at most
    // once per event-loop turn however many commits happened in it.
    void changesCommitted();
    // Pokes every open stream with the current head, news or not: after an outage, when commits
    // may have gone unannounced.
    void pokeAll();
    // Closes every socket with "going away" (graceful shutdown).
    void closeAll();
    // The token with this hash was revoked here (sign-out): its streams close at once.
    void tokenRevoked(const QString &tokenHash);

    int connectionCount() const { return int(m_clients.size()); }
    quint64 pokesSent() const { return m_pokesSent; }

private:
    struct Client {
        QString userId;
        QString tokenHash;  // Tokens::hash of the token it was opened with
        qint64 seenSeq = 0; // the head when this client was last poked
        qint64 lastPongMs = 0;
    };

    void acceptPending();
    void accept(QWebSocket *socket);
    void pokeVisible();
    void poke(QWebSocket *socket, Client &client, const ChangeLog::Position &head);
    void heartbeat();
    // Whether the token still signs `client` in; `known` caches answers per token for one pass.
    bool stillSignedIn(const Client &client, QHash<QString, bool> &known);
    void closeRevoked(QWebSocket *socket);
    // A storage failure while serving streams: a lost connection goes to the supervisor (which
    // logs the outage once), anything else is logged here.
    void storageFailed(const char *what, const StorageError &e);

    QHttpServer &m_server;
    Accounts &m_accounts;
    ChangeLog &m_log;
    SyncService &m_sync;
    DatabaseSupervisor &m_database;
    int m_heartbeatMs;
    QHash<QWebSocket *, Client> m_clients;
    QTimer m_heartbeat;
    QTimer m_pokeTimer;
    quint64 m_pokesSent = 0;
};

} // namespace hearthd
