#include "streamhub.h"

#include "server/domain/accounts.h"
#include "server/domain/changelog.h"
#include "server/domain/clock.h"
#include "server/domain/cursor.h"
#include "server/domain/syncservice.h"
#include "server/domain/tokens.h"
#include "server/http/httplogging.h"
#include "server/storage/databasesupervisor.h"
#include "server/storage/storageerror.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QWebSocket>

namespace hearthd {

StreamHub::StreamHub(QHttpServer &server, Accounts &accounts, ChangeLog &log, SyncService &sync,
                     DatabaseSupervisor &database, int heartbeatMs, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_accounts(accounts)
    , m_log(log)
    , m_sync(sync)
    , m_database(database)
    , m_heartbeatMs(heartbeatMs) {
    // The upgrade needs a matching route that writes nothing; QHttpServer then hands the socket
    // to its WebSocket server and emits newWebSocketConnection.
    server.route(QStringLiteral("/v1/stream"), QHttpServerRequest::Method::Get,
                 [](const QHttpServerRequest &, QHttpServerResponder &&) {});
    connect(&server, &QHttpServer::newWebSocketConnection, this, &StreamHub::acceptPending);

    m_heartbeat.setInterval(m_heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &StreamHub::heartbeat);
    m_heartbeat.start();
    m_pokeTimer.setSingleShot(true);
    m_pokeTimer.setInterval(0);
    connect(&m_pokeTimer, &QTimer::timeout, this, &StreamHub::pokeVisible);
}

StreamHub::~StreamHub() {
    const auto sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

void StreamHub::acceptPending() {
    while (m_server.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server.nextPendingWebSocketConnection();
        if (socket)
            accept(socket.release());
    }
}

void StreamHub::accept(QWebSocket *socket) {
    socket->setParent(this);
    // The frame limit makes Qt refuse a big frame from its header instead of buffering it.
    socket->setMaxAllowedIncomingFrameSize(MaxIncomingBytes);
    socket->setMaxAllowedIncomingMessageSize(MaxIncomingBytes);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.remove(socket);
        socket->deleteLater();
    });

    const QByteArray header = socket->request().rawHeader("Authorization").trimmed();
    QString userId;
    QString token;
    bool failed = !m_database.isAvailable();
    if (!failed && header.size() > 7 && header.left(7).toLower() == "bearer ") {
        token = QString::fromLatin1(header.mid(7).trimmed());
        try {
            userId = m_accounts.authenticate(token);
        } catch (const StorageError &e) {
            failed = true;
            storageFailed("authentication", e);
        }
    }
    if (failed) {
        // Not the client's fault: it keeps its token and comes back with its backoff.
        socket->close(QWebSocketProtocol::CloseCode(UnavailableCloseCode),
                      QStringLiteral("the server cannot reach its database; try again later"));
        return;
    }
    if (userId.isEmpty()) {
        qCInfo(lcStream) << "closing an unauthenticated stream from" << socket->peerAddress();
        socket->close(QWebSocketProtocol::CloseCode(UnauthorizedCloseCode),
                      QStringLiteral("unauthorized: send Authorization: Bearer <token>"));
        return;
    }

    Client &client = m_clients[socket];
    client.userId = userId;
    client.tokenHash = Tokens::hash(token);
    client.lastPongMs = Clock::nowMs();
    connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
        const auto it = m_clients.find(socket);
        if (it != m_clients.end())
            it->lastPongMs = Clock::nowMs();
    });
    // Clients only listen; anything they send is ignored.
    qCDebug(lcStream) << "stream open for" << userId;
    try {
        // A first poke tells the client where the log is, so it can pull at once if behind.
        poke(socket, client, m_log.headPosition());
    } catch (const StorageError &e) {
        storageFailed("reading the log head", e);
    }
}

void StreamHub::changesCommitted() {
    qCDebug(lcStream) << "changes committed;" << m_clients.size() << "streams open";
    if (!m_clients.isEmpty())
        m_pokeTimer.start();
}

void StreamHub::pokeAll() {
    if (m_clients.isEmpty() || !m_database.isAvailable())
        return;
    try {
        const ChangeLog::Position head = m_log.headPosition();
        for (auto it = m_clients.begin(); it != m_clients.end(); ++it)
            poke(it.key(), it.value(), head);
        qCInfo(lcStream) << "poked" << m_clients.size() << "streams after reconnecting";
    } catch (const StorageError &e) {
        storageFailed("poking every stream", e);
    }
}

void StreamHub::storageFailed(const char *what, const StorageError &e) {
    if (e.isConnectionLost())
        m_database.connectionLost(e.message());
    else
        qCWarning(lcStream) << what << "failed:" << e.message();
}

void StreamHub::poke(QWebSocket *socket, Client &client, const ChangeLog::Position &head) {
    const QJsonObject poke{{QStringLiteral("cursor"), Cursor::encode(m_sync.logId(), head)}};
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(poke).toJson(QJsonDocument::Compact)));
    client.seenSeq = head.seq;
    ++m_pokesSent;
}

void StreamHub::pokeVisible() {
    // After an outage, pokeAll() makes up for what was missed.
    if (!m_database.isAvailable())
        return;
    try {
        const ChangeLog::Position head = m_log.headPosition();
        // One visibility query per user, however many devices they have connected.
        QHash<QString, bool> visible;  // "user:seenSeq" -> anything new
        QHash<QString, bool> signedIn; // token hash -> still valid
        QList<QWebSocket *> revoked;
        for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
            Client &client = it.value();
            if (client.seenSeq >= head.seq)
                continue;
            const QString key = client.userId + QLatin1Char(':') + QString::number(client.seenSeq);
            auto known = visible.find(key);
            if (known == visible.end()) {
                const bool any =
                    !m_log.read(client.userId, client.seenSeq, head.seq, 1).changes.isEmpty();
                known = visible.insert(key, any);
            }
            qCDebug(lcStream) << "head" << head.seq << "user" << client.userId << "seen"
                              << client.seenSeq << "news:" << known.value();
            if (!known.value()) {
                client.seenSeq = head.seq;
            } else if (!stillSignedIn(client, signedIn)) {
                revoked.append(it.key()); // told nothing more, closed below
            } else {
                poke(it.key(), client, head);
            }
        }
        for (QWebSocket *socket : std::as_const(revoked))
            closeRevoked(socket);
    } catch (const StorageError &e) {
        storageFailed("poking", e);
    }
}

bool StreamHub::stillSignedIn(const Client &client, QHash<QString, bool> &known) {
    auto it = known.find(client.tokenHash);
    if (it == known.end())
        it = known.insert(client.tokenHash,
                          m_accounts.userForTokenHash(client.tokenHash) == client.userId);
    return it.value();
}

void StreamHub::closeRevoked(QWebSocket *socket) {
    qCInfo(lcStream) << "closing the stream of a revoked token of"
                     << m_clients.value(socket).userId;
    m_clients.remove(socket); // no poke reaches it while it closes
    socket->close(QWebSocketProtocol::CloseCode(UnauthorizedCloseCode),
                  QStringLiteral("unauthorized: the token was revoked; sign in again"));
}

void StreamHub::tokenRevoked(const QString &tokenHash) {
    const auto sockets = m_clients.keys();
    for (QWebSocket *socket : sockets) {
        if (m_clients.value(socket).tokenHash == tokenHash)
            closeRevoked(socket);
    }
}

void StreamHub::heartbeat() {
    const qint64 now = Clock::nowMs();
    const auto sockets = m_clients.keys();
    QHash<QString, bool> signedIn;
    for (QWebSocket *socket : sockets) {
        const Client client = m_clients.value(socket);
        if (now - client.lastPongMs > 3LL * m_heartbeatMs) {
            qCInfo(lcStream) << "dropping a stream that stopped answering pings";
            m_clients.remove(socket);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // A token revoked elsewhere (another process, an operator command) is noticed here.
        try {
            if (!stillSignedIn(client, signedIn)) {
                closeRevoked(socket);
                continue;
            }
        } catch (const StorageError &e) {
            storageFailed("checking a stream's token", e);
        }
        socket->ping();
    }
}

void StreamHub::closeAll() {
    const auto sockets = m_clients.keys();
    for (QWebSocket *socket : sockets)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                      QStringLiteral("server shutting down"));
}

} // namespace hearthd
