// The live side of the real hearthd: /v1/stream WebSockets (authenticated after the upgrade,
// poked when something new is visible, kept alive by pings), idle HTTP connections closed,
// /metrics, and a clean exit on SIGTERM.

#include "hearthdcluster.h"
#include "hearthdprocess.h"
#include "httpclient.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

using namespace hearth::testing;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray one(const QString &name, const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), newId()},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("args"), args}};
    return QJsonDocument(QJsonObject{{QStringLiteral("clientId"), QStringLiteral("test")},
                                     {QStringLiteral("mutations"), QJsonArray{m}}})
        .toJson(QJsonDocument::Compact);
}

// A WebSocket to /v1/stream that collects the pokes it receives.
class StreamClient {
public:
    StreamClient(quint16 port, const QString &token) {
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/stream").arg(port)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             pokes.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        socket.open(request);
    }

    bool waitForPokes(int count, int timeoutMs = 5000) {
        return QTest::qWaitFor([&] { return pokes.size() >= count; }, timeoutMs);
    }

    QWebSocket socket;
    QList<QJsonObject> pokes;
};

// /v1/stream over a bare TCP socket: the upgrade written out, then the server's frames counted
// by opcode. Unlike QWebSocket it never answers a ping, and it sees each one.
class RawWebSocket {
public:
    RawWebSocket(quint16 port, const QString &token) {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { read(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return;
        socket.write("GET /v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " +
                     token.toLatin1() + "\r\n\r\n");
        QTest::qWaitFor([&] { return handshake.contains("\r\n\r\n") || closed; }, 5000);
    }

    bool upgraded() const { return handshake.startsWith("HTTP/1.1 101"); }

    QTcpSocket socket;
    QByteArray handshake;
    int pings = 0;
    int texts = 0;
    bool closed = false;

private:
    void read() {
        m_buffer += socket.readAll();
        if (!handshake.contains("\r\n\r\n")) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            handshake = m_buffer.left(end + 4);
            m_buffer.remove(0, end + 4);
        }
        // Server frames are unmasked: opcode, length (7 bits, or 16 after 126), payload.
        while (m_buffer.size() >= 2) {
            const int opcode = quint8(m_buffer[0]) & 0x0f;
            qsizetype length = quint8(m_buffer[1]) & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (m_buffer.size() < 4)
                    return;
                length = (qsizetype(quint8(m_buffer[2])) << 8) | quint8(m_buffer[3]);
                header = 4;
            }
            if (m_buffer.size() < header + length)
                return;
            m_buffer.remove(0, header + length);
            if (opcode == 0x9)
                ++pings;
            else if (opcode == 0x1)
                ++texts;
            else if (opcode == 0x8)
                closed = true;
        }
    }

    QByteArray m_buffer;
};

} // namespace

class TestHearthdStream : public QObject {
    Q_OBJECT

private:
    HearthdProcess m_server;
    std::unique_ptr<HttpClient> m_http;

    QString createCommunity(const QString &token, const QString &slug) {
        const QString id = newId();
        const auto r =
            m_http->post(QStringLiteral("/v1/mutations"),
                         one(QStringLiteral("community.create"), {{QStringLiteral("id"), id},
                                                                  {QStringLiteral("slug"), slug},
                                                                  {QStringLiteral("name"), slug}}),
                         token);
        return r.status == 200 ? id : QString();
    }

    bool post(const QString &token, const QString &communityId) {
        const auto r = m_http->post(
            QStringLiteral("/v1/mutations"),
            one(QStringLiteral("post.create"), {{QStringLiteral("id"), newId()},
                                                {QStringLiteral("communityId"), communityId},
                                                {QStringLiteral("body"), QStringLiteral("hi")}}),
            token);
        return r.json()[QStringLiteral("results")][0][QStringLiteral("status")].toString() ==
               QStringLiteral("applied");
    }

private Q_SLOTS:
    void initTestCase() {
        HEARTHD_SKIP_WITHOUT_BACKEND();
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--heartbeat"), QStringLiteral("1"),
                                 QStringLiteral("--idle-timeout"), QStringLiteral("1")},
                                &error),
                 qPrintable(error));
        m_http = std::make_unique<HttpClient>(m_server.url());
    }

    void aBadTokenIsClosedWith4001() {
        StreamClient client(m_server.port(), QStringLiteral("not-a-token"));
        QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
        QVERIFY(closed.wait(5000));
        QCOMPARE(int(client.socket.closeCode()), 4001);
        QVERIFY(client.pokes.isEmpty());
    }

    void pokesFollowVisibleChangesOnly() {
        const QString ada =
            m_http->registerUser(QStringLiteral("ada"), QStringLiteral("password-ada"));
        const QString bo =
            m_http->registerUser(QStringLiteral("bo"), QStringLiteral("password-bo"));
        const QString shared = createCommunity(ada, QStringLiteral("shared"));
        const QString adaOnly = createCommunity(ada, QStringLiteral("ada-only"));
        QVERIFY(!shared.isEmpty() && !adaOnly.isEmpty());
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/mutations"),
                            one(QStringLiteral("membership.join"),
                                {{QStringLiteral("communityId"), shared}}),
                            bo)
                     .status,
                 200);

        StreamClient client(m_server.port(), bo);
        QVERIFY(client.waitForPokes(1)); // the greeting: where the log is now
        const QString first = client.pokes[0].value(QStringLiteral("cursor")).toString();
        QVERIFY(!first.isEmpty());
        // Bo's pull from that cursor has nothing new.
        const auto atHead = m_http->get(QStringLiteral("/v1/sync?cursor=") + first, bo);
        QCOMPARE(atHead.status, 200);
        QVERIFY(atHead.json().value(QStringLiteral("changes")).toArray().isEmpty());

        // Something bo cannot see: no poke.
        QVERIFY(post(ada, adaOnly));
        QTest::qWait(400);
        QCOMPARE(client.pokes.size(), 1);

        // Something bo can see: a poke, and pulling from the old cursor brings it.
        QVERIFY(post(ada, shared));
        QVERIFY(client.waitForPokes(2));
        QVERIFY(client.pokes[1].value(QStringLiteral("cursor")).toString() != first);
        const auto pulled = m_http->get(QStringLiteral("/v1/sync?cursor=") + first, bo);
        int posts = 0;
        for (const QJsonValue &c : pulled.json().value(QStringLiteral("changes")).toArray())
            posts += c[QStringLiteral("type")].toString() == QStringLiteral("post");
        QCOMPARE(posts, 1);
    }

    void streamsOutliveTheHttpIdleTimeoutThroughPings() {
        const QString t =
            m_http->registerUser(QStringLiteral("pinged"), QStringLiteral("password-pinged"));
        StreamClient client(m_server.port(), t);
        QVERIFY(client.waitForPokes(1));
        QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
        // The server pings every second and Qt answers each ping with a pong, so the stream
        // outlives the HTTP idle timeout (1 s), which must not apply to an upgraded connection,
        // and the three heartbeats without a pong after which the server gives a stream up.
        // (That the pings are really sent: serverPingsAndDropsAStreamThatNeverAnswers.)
        QTest::qWait(4500);
        QCOMPARE(closed.count(), 0);
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    }

    void signingOutClosesTheStreamsOfThatToken() {
        const QString t =
            m_http->registerUser(QStringLiteral("signout"), QStringLiteral("password-so"));
        const QString other = m_http
                                  ->post(QStringLiteral("/v1/auth/login"),
                                         QByteArrayLiteral("{\"handle\":\"signout\","
                                                           "\"password\":\"password-so\"}"))
                                  .json()
                                  .value(QStringLiteral("token"))
                                  .toString();
        QVERIFY(!other.isEmpty());
        StreamClient revoked(m_server.port(), t);
        StreamClient kept(m_server.port(), other); // another device: stays signed in
        QVERIFY(revoked.waitForPokes(1));
        QVERIFY(kept.waitForPokes(1));
        QSignalSpy closed(&revoked.socket, &QWebSocket::disconnected);
        QCOMPARE(m_http->post(QStringLiteral("/v1/auth/logout"), {}, t).status, 200);
        // Closed at once: often while the sign-out's answer is still being waited for.
        QTRY_VERIFY_WITH_TIMEOUT(closed.count() > 0, 5000);
        QCOMPARE(int(revoked.socket.closeCode()), 4001);
        QCOMPARE(kept.socket.state(), QAbstractSocket::ConnectedState);
        // Later commits poke the device still signed in, and nothing reaches the closed one.
        const QString community = createCommunity(other, QStringLiteral("after-signout"));
        QVERIFY(!community.isEmpty());
        QVERIFY(kept.waitForPokes(2));
        QCOMPARE(revoked.pokes.size(), 1);
    }

    void aPasswordResetByTheOperatorClosesEveryStreamOfTheAccount() {
        const QString t =
            m_http->registerUser(QStringLiteral("resetme"), QStringLiteral("password-rm"));
        StreamClient client(m_server.port(), t);
        QVERIFY(client.waitForPokes(1));
        QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
        // Another hearthd process on the same data, as an operator runs it.
        const auto reset = HearthdProcess::run(
            HearthdProcess::storageArgs(m_server.dataDir()) +
                QStringList{QStringLiteral("--reset-password"), QStringLiteral("resetme")},
            60000, "new-password-rm\n");
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
        // A public community is news for everyone signed in, but not for a revoked token: the
        // stream is closed before it would be poked, or within a heartbeat (1 s here).
        const QString bystander =
            m_http->registerUser(QStringLiteral("bystander"), QStringLiteral("password-by"));
        QVERIFY(!createCommunity(bystander, QStringLiteral("news-for-all")).isEmpty());
        QVERIFY(closed.count() > 0 || closed.wait(5000));
        QCOMPARE(int(client.socket.closeCode()), 4001);
        QCOMPARE(client.pokes.size(), 1);
        // The old token no longer opens one either.
        StreamClient again(m_server.port(), t);
        QSignalSpy refused(&again.socket, &QWebSocket::disconnected);
        QVERIFY(refused.wait(5000));
        QCOMPARE(int(again.socket.closeCode()), 4001);
    }

    // A WebSocket spoken by hand, which never answers a ping: it sees the server's pings (one a
    // heartbeat), and after three heartbeats without a pong the server drops it.
    void serverPingsAndDropsAStreamThatNeverAnswers() {
        const QString t =
            m_http->registerUser(QStringLiteral("silent"), QStringLiteral("password-silent"));
        RawWebSocket ws(m_server.port(), t);
        QVERIFY2(ws.upgraded(), ws.handshake.constData());
        QElapsedTimer since;
        since.start();
        QVERIFY2(QTest::qWaitFor([&] { return ws.pings >= 2 || ws.closed; }, 5000),
                 "no pings within 5 s");
        QVERIFY2(ws.pings >= 2, "the stream closed before two pings arrived");
        QVERIFY(ws.texts >= 1); // the greeting poke came first
        // Dropped for not answering (3 heartbeats of 1 s), well after the first pings.
        QVERIFY2(QTest::qWaitFor([&] { return ws.closed; }, 6000),
                 "a stream that never answers pings was kept open");
        QVERIFY(since.elapsed() >= 2500);
    }

    void idleHttpConnectionsAreClosed() {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QVERIFY(closed.wait(4000));
    }

    void metricsAreServed() {
        QCOMPARE(m_http->get(QStringLiteral("/healthz")).status, 200);
        const auto r = m_http->get(QStringLiteral("/metrics"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("hearthd_http_requests_total{route=\"/healthz\",status=\"200\"}"));
        QVERIFY(r.body.contains(
            "hearthd_http_request_duration_seconds_bucket{route=\"/v1/mutations\""));
        QVERIFY(r.body.contains("hearthd_mutation_results_total{status=\"applied\"}"));
        QVERIFY(r.body.contains("hearthd_change_log_head "));
        QVERIFY(r.body.contains("hearthd_stream_pokes_sent "));
    }

    void pokesCrossProcessesSharingPostgres() {
        if (!TestDatabase::usePostgres())
            QSKIP("LISTEN/NOTIFY needs the PostgreSQL backend");
        HearthdCluster cluster(2); // two processes, one database
        QString error;
        QVERIFY2(cluster.start({}, &error), qPrintable(error));
        HearthdProcess &first = cluster[0];
        HearthdProcess &second = cluster[1];
        HttpClient viaFirst(first.url());
        HttpClient viaSecond(second.url());
        const QString ada =
            viaFirst.registerUser(QStringLiteral("ada"), QStringLiteral("pw-ada-123"));
        QVERIFY(!ada.isEmpty());
        const QString community = newId();
        QCOMPARE(viaFirst
                     .post(QStringLiteral("/v1/mutations"),
                           one(QStringLiteral("community.create"),
                               {{QStringLiteral("id"), community},
                                {QStringLiteral("slug"), QStringLiteral("shared")},
                                {QStringLiteral("name"), QStringLiteral("Shared")}}),
                           ada)
                     .status,
                 200);

        StreamClient client(first.port(), ada); // listening on the first process
        QVERIFY(client.waitForPokes(1));
        // Written through the second process: the first learns of it by NOTIFY and pokes.
        const auto r = viaSecond.post(
            QStringLiteral("/v1/mutations"),
            one(QStringLiteral("post.create"), {{QStringLiteral("id"), newId()},
                                                {QStringLiteral("communityId"), community},
                                                {QStringLiteral("body"), QStringLiteral("hi")}}),
            ada);
        QCOMPARE(r.status, 200);
        const bool poked = client.waitForPokes(2);
        const QByteArray logs =
            first.stderrOutput().right(1500) + "\n---\n" + second.stderrOutput().right(1500);
        QVERIFY2(poked, logs.constData());
    }

    void sigtermExitsCleanly() {
        HearthdProcess server;
        QVERIFY(server.start());
        HttpClient http(server.url());
        const QString t = http.registerUser(QStringLiteral("leaver"), QStringLiteral("password-l"));
        StreamClient client(server.port(), t);
        QVERIFY(client.waitForPokes(1));
        QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
        QCOMPARE(server.terminate(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(closed.count() > 0, 5000);
        QCOMPARE(client.socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    }
};

QTEST_GUILESS_MAIN(TestHearthdStream)
#include "tst_hearthd_stream.moc"
