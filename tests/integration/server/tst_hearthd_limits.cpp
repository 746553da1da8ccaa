// The real hearthd against hostile and broken clients on raw sockets: request smuggling
// (ambiguous lengths), HTTP/1.0 and "Connection: close", pipelining, slow heads and bodies,
// megabyte heads, bodies and WebSocket frames, unmasked frames. Each case checks the answer
// on the wire, that the connection is closed when it must be, that the server's memory stays
// within its budget (VmRSS and VmHWM of the process), and that the server serves others on.

#include "hearthdprocess.h"
#include "httpclient.h"
#include "processmemory.h"
#include "rawconnection.h"
#include "wireformat.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace hearth::testing;

namespace {

constexpr int HeaderTimeoutS = 2;
constexpr int BodyTimeoutS = 2;
// What one hostile connection may add to hearthd's resident memory, peak included (see
// docs/api.md, "Memory"): a request in flight is held at most about three times over, so
// with the default 1 MiB cap a few MiB; the rest is slack for the allocator.
constexpr qint64 BudgetKiB = 16 * 1024;

bool hasAnswer(const QByteArray &bytes) {
    return !WireFormat::statuses(bytes).isEmpty();
}

} // namespace

class TestHearthdLimits : public QObject {
    Q_OBJECT

private:
    HearthdProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_token;

    void servesOthers() {
        const auto r = m_http->get(QStringLiteral("/healthz"));
        QCOMPARE(r.status, 200);
    }

    // Runs `attack` and checks what it cost the server: at its peak and once it is over.
    void withinMemoryBudget(const std::function<void()> &attack) {
        const qint64 pid = m_server.pid();
        const qint64 before = ProcessMemory::residentKiB(pid);
        const bool peakReset = ProcessMemory::resetPeak(pid);
        attack();
        const qint64 peak = ProcessMemory::peakKiB(pid);
        const qint64 after = ProcessMemory::residentKiB(pid);
        qInfo("hearthd RSS: before %lld KiB, peak %lld KiB%s, after %lld KiB", before, peak,
              peakReset ? "" : " (since start)", after);
        QVERIFY2(
            peak - before <= BudgetKiB,
            qPrintable(QStringLiteral("peak %1 KiB over %2 KiB before").arg(peak).arg(before)));
        QVERIFY2(after - before <= BudgetKiB,
                 qPrintable(QStringLiteral("%1 KiB left after").arg(after - before)));
    }

    // Sends `request`, and once an answer has come, a harmless blank line: a request hidden in
    // the first one would be read and answered then (Qt reads on when more bytes arrive).
    static QByteArray converse(quint16 port, const QByteArray &request) {
        RawConnection c(port);
        c.send(request);
        c.readUntil(hasAnswer, 5000);
        if (c.isConnected())
            c.send("\r\n");
        c.waitClosed(5000);
        return c.received();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(
            m_server.start({QStringLiteral("--header-timeout"), QString::number(HeaderTimeoutS),
                            QStringLiteral("--body-timeout"), QString::number(BodyTimeoutS),
                            QStringLiteral("--rate-limit"), QStringLiteral("0")},
                           &error),
            qPrintable(error));
        m_http = std::make_unique<HttpClient>(m_server.url());
        m_token = m_http->registerUser(QStringLiteral("limits"), QStringLiteral("password-l"));
        QVERIFY(!m_token.isEmpty());
    }

    void ambiguousFramingIsRefusedAndClosed_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray hidden = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray chunkedFirst = "0\r\n\r\n" + hidden;
        QTest::newRow("Content-Length and Transfer-Encoding")
            << QByteArray("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                          QByteArray::number(chunkedFirst.size()) +
                          "\r\nTransfer-Encoding: chunked\r\n\r\n" + chunkedFirst)
            << 400;
        QTest::newRow("Transfer-Encoding and Content-Length")
            << QByteArray("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                          "chunked\r\nContent-Length: " +
                          QByteArray::number(chunkedFirst.size()) + "\r\n\r\n" + chunkedFirst)
            << 400;
        const QByteArray body = "{\"a\":" + hidden;
        QTest::newRow("two different Content-Lengths")
            << QByteArray("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body)
            << 400;
        QTest::newRow("a list of Content-Lengths")
            << QByteArray("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5, " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body)
            << 400;
        QTest::newRow("chunked without a length")
            << QByteArray("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n" +
                          chunkedFirst)
            << 411;
        QTest::newRow("space before the colon")
            << QByteArray("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length : 5\r\n\r\n"
                          "{\"a\":" +
                          hidden)
            << 400;
        QTest::newRow("bare LF line ends")
            << QByteArray("GET /healthz HTTP/1.1\nHost: x\n\n" + hidden) << 400;
        QTest::newRow("no Host on HTTP/1.1") << QByteArray("GET /healthz HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0 request line")
            << QByteArray("GET /healthz HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    }

    void ambiguousFramingIsRefusedAndClosed() {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const QByteArray received = converse(m_server.port(), request);
        // One answer, the refusal, and the connection closed: nothing hidden is served.
        QCOMPARE(WireFormat::statuses(received), QList<int>{status});
        QVERIFY2(!received.contains("\"ok\""), received.constData());
        QVERIFY(WireFormat::firstBody(received).contains("\"error\""));
        servesOthers();
    }

    void http10AndConnectionCloseCloseAfterTheAnswer_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /healthz HTTP/1.0\r\n\r\n");
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QTest::newRow("Connection: close")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    }

    void http10AndConnectionCloseCloseAfterTheAnswer() {
        QFETCH(QByteArray, request);
        RawConnection c(m_server.port());
        c.send(request);
        QVERIFY(c.waitClosed(5000)); // the idle timeout is 60 s: this is the answer's close
        QCOMPARE(WireFormat::statuses(c.received()), QList<int>{200});
    }

    void keptAliveConnectionsAnswerPipelinedRequests() {
        RawConnection c(m_server.port());
        const QByteArray get = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
        c.send(get + get + get);
        QVERIFY(c.readUntil([](const QByteArray &b) { return WireFormat::statuses(b).size() == 3; },
                            5000));
        c.send(get); // and the connection is still open for more
        QVERIFY(c.readUntil([](const QByteArray &b) { return WireFormat::statuses(b).size() == 4; },
                            5000));
        QCOMPARE(WireFormat::statuses(c.received()), (QList<int>{200, 200, 200, 200}));
    }

    void notFoundRepeatsOnlyTheStartOfAPath() {
        const QByteArray path = "/" + QByteArray(10000, 'p');
        RawConnection c(m_server.port());
        c.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(c.readUntil(hasAnswer, 5000));
        QCOMPARE(WireFormat::statuses(c.received()), QList<int>{404});
        const QByteArray body = WireFormat::firstBody(c.received());
        QVERIFY2(body.size() < 512, body.left(300).constData());
        QVERIFY(body.contains("/ppp"));

        // A path of a megabyte is refused before it is read whole.
        const QByteArray received =
            converse(m_server.port(), "GET /" + QByteArray(1024 * 1024, 'p') + " HTTP/1.1\r\n");
        QCOMPARE(WireFormat::statuses(received), QList<int>{414});
        QVERIFY(WireFormat::firstBody(received).size() < 512);
        servesOthers();
    }

    void slowHeadsAreCutAtTheHeaderTimeout_data() {
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("request") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\n");
        QTest::newRow("WebSocket upgrade")
            << QByteArray("GET /v1/stream HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                          "Connection: Upgrade\r\n");
    }

    void slowHeadsAreCutAtTheHeaderTimeout() {
        QFETCH(QByteArray, start);
        RawConnection c(m_server.port());
        c.send(start);
        // One byte of a header field every 100 ms: each restarts an idle timer, none the
        // deadline for the whole head.
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, [&] {
            if (c.isConnected())
                c.send("a");
        });
        c.send("X-Slow: ");
        trickle.start(100);
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(!c.isConnected(), HeaderTimeoutS * 1000 + 5000);
        trickle.stop();
        c.waitClosed(1000);
        QVERIFY2(clock.elapsed() < HeaderTimeoutS * 1000 + 4000, "closed late");
        QCOMPARE(WireFormat::statuses(c.received()), QList<int>{408});
        servesOthers();
    }

    void slowBodiesAreCutAtTheBodyTimeout() {
        RawConnection c(m_server.port());
        c.send("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Content-Length: 1000\r\n\r\n{");
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, [&] {
            if (c.isConnected())
                c.send(" ");
        });
        trickle.start(100);
        QTRY_VERIFY_WITH_TIMEOUT(!c.isConnected(), BodyTimeoutS * 1000 + 5000);
        trickle.stop();
        c.waitClosed(1000);
        QCOMPARE(WireFormat::statuses(c.received()), QList<int>{408});
        QVERIFY(WireFormat::firstBody(c.received()).contains("request_timeout"));
        servesOthers();
    }

    void aRequestAtTheCapCostsAFewTimesItsSize() {
        // The largest request hearthd takes: Qt holds it in its read buffer, its body buffer
        // and the body handed to the route, so a few times its size while it is read. (A body
        // that is refused before any password is hashed: Argon2id takes 64 MiB by itself.)
        withinMemoryBudget([this] {
            const QByteArray body = "{\"padding\":\"" + QByteArray(1024 * 1024 - 100, 'p') + "\"}";
            RawConnection c(m_server.port());
            c.send("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   "Content-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QVERIFY(c.readUntil(hasAnswer, 10000));
            QCOMPARE(WireFormat::statuses(c.received()), QList<int>{400});
            QVERIFY(WireFormat::firstBody(c.received()).contains("invalid_request"));
        });
    }

    void aHugeHeadIsRefusedAtItsCap() {
        withinMemoryBudget([this] {
            RawConnection c(m_server.port());
            // It looks like a WebSocket upgrade, which once skipped every cap.
            c.send("GET /v1/stream HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\nX-Pad: ");
            const qint64 sent = c.pour(QByteArray(64 * 1024, 'a'), 16 * 1024 * 1024, 20000);
            QVERIFY(c.waitClosed(5000));
            QVERIFY2(sent < 16 * 1024 * 1024, "the server read a 16 MiB head");
            QCOMPARE(WireFormat::statuses(c.received()), QList<int>{431});
        });
        servesOthers();
    }

    void aHugeBodyIsRefusedFromItsLength() {
        withinMemoryBudget([this] {
            RawConnection c(m_server.port());
            const qint64 size = 256LL * 1024 * 1024;
            c.send("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   "Content-Length: " +
                   QByteArray::number(size) + "\r\n\r\n");
            QElapsedTimer clock;
            clock.start();
            // The client sends on regardless; the server answers at once, stops reading (the
            // client's writes stall, and it reads the answer meanwhile) and closes soon after.
            const qint64 sent = c.pour(QByteArray(64 * 1024, 'a'), size, 30000);
            QVERIFY(c.waitClosed(5000));
            qInfo("cut after %lld ms and %.1f MiB sent", clock.elapsed(), double(sent) / (1 << 20));
            QVERIFY2(sent < size, "the server read the whole 256 MiB body");
            QCOMPARE(WireFormat::statuses(c.received()), QList<int>{413});
            QVERIFY(WireFormat::firstBody(c.received()).contains("payload_too_large"));
        });
        servesOthers();
    }

    void aHugeWebSocketFrameIsRefusedFromItsHeader() {
        withinMemoryBudget([this] {
            RawConnection c(m_server.port());
            c.send(WireFormat::upgradeRequest(m_token));
            QVERIFY(c.readUntil(
                [](const QByteArray &b) { return !WireFormat::serverFrames(b).isEmpty(); }, 5000));
            const qint64 size = 256LL * 1024 * 1024;
            c.send(WireFormat::clientFrameHeader(0x2, quint64(size)));
            const qint64 sent = c.pour(QByteArray(64 * 1024, 'f'), size, 30000);
            QVERIFY(c.waitClosed(5000));
            QVERIFY2(sent < size, "the server read the whole 256 MiB frame");
            const auto frames = WireFormat::serverFrames(c.received());
            QVERIFY(!frames.isEmpty());
            QCOMPARE(frames.last().opcode, quint8(0x8));
            QCOMPARE(frames.last().closeCode(), quint16(1009)); // too big
        });
        servesOthers();
    }

    void unmaskedFramesCloseTheStream() {
        RawConnection c(m_server.port());
        c.send(WireFormat::upgradeRequest(m_token));
        QVERIFY(c.readUntil(
            [](const QByteArray &b) { return WireFormat::serverFrames(b).size() == 1; }, 5000));
        // A masked ping is answered with a pong: the stream is alive and frames are read.
        c.send(WireFormat::clientFrame(0x9, "alive"));
        QVERIFY(c.readUntil(
            [](const QByteArray &b) {
                const auto frames = WireFormat::serverFrames(b);
                return frames.size() == 2 && frames[1].opcode == 0xa;
            },
            5000));
        c.send(WireFormat::clientFrame(0x1, "not masked", false));
        QVERIFY(c.waitClosed(5000));
        const auto frames = WireFormat::serverFrames(c.received());
        QCOMPARE(frames.last().opcode, quint8(0x8));
        QCOMPARE(frames.last().closeCode(), quint16(1002)); // protocol error
        QVERIFY(frames.last().payload.contains("masked"));
        servesOthers();
    }

    void badUpgradesAreAnsweredNotDropped() {
        const QByteArray received =
            converse(m_server.port(), "GET /v1/stream HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                                      "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QCOMPARE(WireFormat::statuses(received), QList<int>{400});
        QVERIFY(WireFormat::firstBody(received).contains("Sec-WebSocket-Key"));
    }

    void refusalsAreCountedInMetrics() {
        const auto metrics = m_http->get(QStringLiteral("/metrics"));
        for (const char *name :
             {"\nhearthd_http_requests_malformed ", "\nhearthd_http_requests_oversized ",
              "\nhearthd_http_requests_timed_out ", "\nhearthd_stream_frames_refused "}) {
            const qsizetype at = metrics.body.indexOf(name);
            QVERIFY2(at >= 0, name);
            const QByteArray value = metrics.body.mid(at + qstrlen(name)).split('\n').first();
            QVERIFY2(value.toDouble() >= 1, name);
        }
    }
};

QTEST_GUILESS_MAIN(TestHearthdLimits)
#include "tst_hearthd_limits.moc"
