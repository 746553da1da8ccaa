// How hearthd's socket layer frames what clients send, byte by byte: request heads (what is
// refused, and why), where requests begin and end across arbitrary chunks, and WebSocket frame
// headers (masking, sizes, sequencing) followed the way Qt's reader consumes them.

#include "server/http/requestframer.h"
#include "server/http/requesthead.h"
#include "server/http/websocketframeguard.h"

#include <QTest>

using namespace hearthd;

namespace {

using Kind = RequestFramer::Event::Kind;

// A masked client frame.
QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true) {
    QByteArray f;
    f.append(char((fin ? 0x80 : 0) | opcode));
    if (payload.size() < 126) {
        f.append(char(0x80 | payload.size()));
    } else {
        f.append(char(0x80 | 126));
        f.append(char(payload.size() >> 8));
        f.append(char(payload.size() & 0xff));
    }
    f.append("\x01\x02\x03\x04", 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        f.append(char(payload[i] ^ "\x01\x02\x03\x04"[i % 4]));
    return f;
}

// Qt WebSockets' frame reader, as far as what it consumes goes: a frame's 2-byte header, its
// extended length and its mask each once complete, the payload once all of it is there.
class QtReader {
public:
    // Consumes from the front of `buffered` what Qt's reader would take now.
    void read(QByteArray *buffered) {
        for (;;) {
            const qsizetype need = m_phase == 0   ? 2
                                   : m_phase == 1 ? m_extended
                                   : m_phase == 2 ? 4
                                                  : qsizetype(m_length);
            if (buffered->size() < need)
                return;
            if (m_phase == 0) {
                m_length = quint8((*buffered)[1]) & 0x7f;
                m_extended = m_length == 126 ? 2 : m_length == 127 ? 8 : 0;
            } else if (m_phase == 1) {
                m_length = 0;
                for (qsizetype i = 0; i < need; ++i)
                    m_length = (m_length << 8) | quint8((*buffered)[i]);
            }
            buffered->remove(0, need);
            m_phase = m_phase == 0 ? (m_extended ? 1 : 2) : m_phase == 3 ? 0 : m_phase + 1;
        }
    }

private:
    int m_phase = 0; // header, extended length, mask, payload
    qsizetype m_extended = 0;
    quint64 m_length = 0;
};

// Feeds `guard` as Qt's reader is fed: `arrivals` one after another, the reader taking what it
// takes after each. Returns the first violation.
std::optional<WebSocketFrameGuard::Violation> follow(WebSocketFrameGuard &guard,
                                                     const QList<QByteArray> &arrivals) {
    QtReader reader;
    QByteArray buffered;
    for (const QByteArray &bytes : arrivals) {
        buffered += bytes;
        if (auto violation = guard.inspect(buffered))
            return violation;
        reader.read(&buffered);
    }
    return std::nullopt;
}

} // namespace

class TestServerFraming : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptableHeads_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("contentLength");
        QTest::addColumn<bool>("keepAlive");
        QTest::addColumn<bool>("upgrade");
        QTest::newRow("GET") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 0LL
                             << true << false;
        QTest::newRow("POST with a length")
            << QByteArray("POST /v1/mutations HTTP/1.1\r\nHost: x\r\nContent-Length: 12\r\n\r\n")
            << 12LL << true << false;
        QTest::newRow("the same length twice")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\ncontent-length: "
                          "3\r\n\r\n")
            << 3LL << true << false;
        QTest::newRow("Connection: close")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Close\r\n\r\n")
            << 0LL << false << false;
        QTest::newRow("HTTP/1.0 without Host")
            << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0LL << false << false;
        QTest::newRow("WebSocket upgrade")
            << QByteArray("GET /v1/stream HTTP/1.1\r\nHost: x\r\nUpgrade: WebSocket\r\n"
                          "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Key: "
                          "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
            << 0LL << true << true;
        QTest::newRow("an upgrade to something else is a plain request")
            << QByteArray(
                   "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n")
            << 0LL << true << false;
    }

    void acceptableHeads() {
        QFETCH(QByteArray, head);
        QFETCH(qint64, contentLength);
        QFETCH(bool, keepAlive);
        QFETCH(bool, upgrade);
        const auto parsed = RequestHead::parse(head);
        if (auto *refusal = std::get_if<HttpRefusal>(&parsed))
            QFAIL(qPrintable(refusal->message));
        const RequestHead &h = std::get<RequestHead>(parsed);
        QCOMPARE(h.contentLength, contentLength);
        QCOMPARE(h.keepAlive, keepAlive);
        QCOMPARE(h.webSocketUpgrade, upgrade);
    }

    void refusedHeads_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("length and chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n")
            << 400 << "both Content-Length and Transfer-Encoding";
        QTest::newRow("chunked alone")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") << 411
            << "Content-Length";
        QTest::newRow("two lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: "
                          "4\r\n\r\n")
            << 400 << "two different Content-Length";
        QTest::newRow("signed length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +3\r\n\r\n") << 400
            << "Content-Length must be one number";
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << "no space before";
        QTest::newRow("folded line")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n") << 400 << "folded";
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\r\nHost: x\n\r\n\r\n") << 400
                                 << "CRLF";
        QTest::newRow("NUL in a value")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n", 37) << 400
            << "control character";
        QTest::newRow("two Hosts")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n") << 400 << "one Host";
        QTest::newRow("double space")
            << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << "single spaces";
        QTest::newRow("HTTP/0.9 style") << QByteArray("GET /\r\n\r\n") << 400 << "single spaces";
        QTest::newRow("HTTP/3.0") << QByteArray("GET / HTTP/3.0\r\nHost: x\r\n\r\n") << 505
                                  << "not spoken here";
        QTest::newRow("upgrade with a body")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: "
                          "upgrade\r\nContent-Length: 2\r\n\r\n")
            << 400 << "without a body";
        QTest::newRow("upgrade without a key")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: "
                          "upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n")
            << 400 << "Sec-WebSocket-Key";
    }

    void refusedHeads() {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(QString, message);
        const auto parsed = RequestHead::parse(head);
        QVERIFY(std::holds_alternative<HttpRefusal>(parsed));
        const HttpRefusal &r = std::get<HttpRefusal>(parsed);
        QCOMPARE(r.status, status);
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QVERIFY(r.response().startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))));
    }

    void framerFindsRequestsInAnyChunking() {
        const QByteArray stream = "\r\nPOST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n"
                                  "hello"
                                  "GET /b HTTP/1.1\r\nHost: x\r\n\r\n"
                                  "GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                  "GET /ignored HTTP/1.1\r\n\r\n";
        const qint64 firstEnd = stream.indexOf("GET /b");
        const qint64 secondEnd = stream.indexOf("GET /c");
        const qint64 thirdEnd = stream.indexOf("GET /ignored");
        for (const qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(17), stream.size()}) {
            RequestFramer framer({1024, 4096});
            QList<RequestFramer::Event> events;
            for (qsizetype at = 0; at < stream.size(); at += chunk)
                events += framer.feed(
                    QByteArrayView(stream).sliced(at).first(std::min(chunk, stream.size() - at)));
            QVERIFY(!framer.refusal());
            QVERIFY(framer.finished());
            QList<qint64> ends;
            QList<QByteArray> targets;
            for (const auto &e : events) {
                if (e.kind == Kind::Complete) {
                    ends.append(e.offset);
                    targets.append(e.head.target);
                }
            }
            QCOMPARE(ends, (QList<qint64>{firstEnd, secondEnd, thirdEnd}));
            QCOMPARE(targets, (QList<QByteArray>{"/a", "/b", "/c"}));
            QCOMPARE(events.first().kind, Kind::Started);
            QCOMPARE(events.first().offset, 2); // the blank line before is skipped, as Qt does
        }
    }

    void framerRefusesOversizedHeadsAndLengthsEarly() {
        {
            RequestFramer framer({64, 1000});
            framer.feed(QByteArray("GET /" + QByteArray(100, 'a')));
            QVERIFY(framer.refusal());
            QCOMPARE(framer.refusal()->status, 414); // the request line never ended
        }
        {
            RequestFramer framer({64, 1000});
            framer.feed(QByteArray("GET / HTTP/1.1\r\nX-A: " + QByteArray(100, 'a')));
            QVERIFY(framer.refusal());
            QCOMPARE(framer.refusal()->status, 431);
        }
        {
            // A head exactly at the cap is fine.
            const QByteArray head = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
            RequestFramer framer({head.size(), 1000});
            const auto events = framer.feed(head);
            QVERIFY(!framer.refusal());
            QCOMPARE(events.last().kind, Kind::Complete);
        }
        {
            RequestFramer framer({1024, 1000});
            framer.feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 999\r\n\r\n");
            QVERIFY(framer.refusal()); // the head and the announced body pass the cap
            QCOMPARE(framer.refusal()->status, 413);
        }
    }

    void framesAreFollowedAndAllowed() {
        WebSocketFrameGuard guard(4096);
        const QByteArray pong = frame(0xa, "ping-data");
        const QByteArray text = frame(0x1, QByteArray(300, 't'));
        const QByteArray start = frame(0x1, "hel", false);
        const QByteArray more = frame(0x0, "lo");
        const QByteArray all = pong + text + start + frame(0x9, "") + more;
        // In one piece, byte by byte and in uneven pieces: always allowed.
        QVERIFY(!follow(guard, {all}));
        QVERIFY(!guard.lostTrack());
        WebSocketFrameGuard trickled(4096);
        QList<QByteArray> bytes;
        for (char c : all)
            bytes.append(QByteArray(1, c));
        QVERIFY(!follow(trickled, bytes));
        QVERIFY(!trickled.lostTrack());
    }

    void badFramesAreRefusedFromTheirHeader_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unmasked") << QByteArray("\x81\x02hi", 4) << 1002 << "masked";
        QTest::newRow("too large, 64-bit length")
            << QByteArray("\x82\xff\x00\x00\x00\x00\x10\x00\x00\x00", 10) << 1009 << "at most";
        QTest::newRow("too large, 16-bit length")
            << QByteArray("\x82\xfe\x10\x01", 4) << 1009 << "at most";
        QTest::newRow("reserved bit") << QByteArray("\xc1\x80", 2) << 1002 << "reserved bits";
        QTest::newRow("reserved opcode") << QByteArray("\x83\x80", 2) << 1002 << "opcode";
        QTest::newRow("long control frame") << QByteArray("\x89\xfe", 2) << 1002 << "125";
        QTest::newRow("fragmented control frame")
            << QByteArray("\x09\x80", 2) << 1002 << "fragmented";
        QTest::newRow("continuation of nothing")
            << QByteArray("\x80\x80\x01\x02\x03\x04", 6) << 1002 << "continuation";
        QTest::newRow("long form for a short length")
            << QByteArray("\x82\xfe\x00\x05", 4) << 1002 << "below 126";
    }

    void badFramesAreRefusedFromTheirHeader() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, reason);
        WebSocketFrameGuard guard(4096);
        // A good frame first: the bad one is found where the reader would start it.
        const auto violation = follow(guard, {frame(0xa, "ok") + bytes});
        QVERIFY(violation);
        QCOMPARE(int(violation->closeCode), code);
        QVERIFY2(violation->reason.contains(reason), qPrintable(violation->reason));
    }

    void guardStopsWhenTheReaderDoesNotReadAsExpected() {
        WebSocketFrameGuard guard(4096);
        const QByteArray partial = frame(0x1, QByteArray(100, 'x')).left(50);
        QVERIFY(!guard.inspect(partial)); // the reader takes the header and waits
        // Shown something else than what the reader must have left: do not judge it.
        QVERIFY(!guard.inspect(QByteArray("\x81\x02hi", 4)));
        QVERIFY(guard.lostTrack());
    }

    void closeFramesCarryCodeAndReason() {
        const QByteArray f = WebSocketFrameGuard::closeFrame(1002, QStringLiteral("bad"));
        QCOMPARE(f, QByteArray("\x88\x05\x03\xea"
                               "bad",
                               7));
    }
};

QTEST_GUILESS_MAIN(TestServerFraming)
#include "tst_server_framing.moc"
