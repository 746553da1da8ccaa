// libFuzzer target: hearthd's socket layer below Qt HttpServer, without sockets. The first byte
// picks what reads the rest:
//   0  RequestHead::parse, on the bytes as one head block;
//   1  RequestFramer, fed the bytes whole and again in pieces (sizes from the second byte): the
//      two must agree on every event and on the refusal, as a request's framing must not depend
//      on how TCP happened to cut it;
//   2  WebSocketFrameGuard, shown the bytes whole and again in pieces with a reader that takes
//      frames the way Qt's does: the same verdict, and the guard never loses track of it.

#include "fuzzcheck.h"

#include "server/http/requestframer.h"
#include "server/http/requesthead.h"
#include "server/http/websocketframeguard.h"

#include <cstddef>
#include <cstdint>

using hearth::fuzz::fail;
using hearthd::HttpRefusal;
using hearthd::RequestFramer;
using hearthd::RequestHead;
using hearthd::WebSocketFrameGuard;

namespace {

// Piece sizes of 1 to 64 bytes from a small deterministic generator.
class Pieces {
public:
    explicit Pieces(uint8_t seed)
        : m_state(0x9e3779b9u ^ seed) {}
    qsizetype next() {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return qsizetype(m_state % 64) + 1;
    }

private:
    uint32_t m_state;
};

void parseHead(const QByteArray &block) {
    const auto parsed = RequestHead::parse(block);
    if (const auto *head = std::get_if<RequestHead>(&parsed)) {
        if (head->method.isEmpty() || head->target.isEmpty() || head->contentLength < 0)
            fail("RequestHead",
                 QStringLiteral("accepted a head without method, target or a "
                                "length of zero or more"),
                 block);
    } else if (std::get<HttpRefusal>(parsed).message.isEmpty()) {
        fail("RequestHead", QStringLiteral("refused without saying why"), block);
    }
}

QString describe(const QList<RequestFramer::Event> &events) {
    QString out;
    for (const auto &e : events)
        out += QStringLiteral("%1@%2 %3 %4 len=%5 keepAlive=%6 ws=%7; ")
                   .arg(int(e.kind))
                   .arg(e.offset)
                   .arg(QString::fromLatin1(e.head.method), QString::fromLatin1(e.head.target))
                   .arg(e.head.contentLength)
                   .arg(e.head.keepAlive)
                   .arg(e.head.webSocketUpgrade);
    return out;
}

void frame(const QByteArray &stream, uint8_t seed) {
    const RequestFramer::Limits limits{2048, 8192};
    RequestFramer whole(limits);
    const QList<RequestFramer::Event> wholeEvents = whole.feed(stream);

    RequestFramer pieces(limits);
    QList<RequestFramer::Event> pieceEvents;
    Pieces sizes(seed);
    for (qsizetype at = 0; at < stream.size();) {
        const qsizetype n = std::min(sizes.next(), stream.size() - at);
        pieceEvents += pieces.feed(QByteArrayView(stream).sliced(at, n));
        at += n;
    }

    const QString a = describe(wholeEvents);
    const QString b = describe(pieceEvents);
    if (a != b)
        fail("RequestFramer",
             QStringLiteral("events differ when fed in pieces:\nwhole:  %1\npieces: %2").arg(a, b),
             stream);
    const auto &ra = whole.refusal();
    const auto &rb = pieces.refusal();
    if (ra.has_value() != rb.has_value() ||
        (ra && (ra->status != rb->status || ra->message != rb->message)))
        fail("RequestFramer",
             QStringLiteral("refusal differs when fed in pieces: %1 vs %2")
                 .arg(ra ? ra->message : QStringLiteral("none"),
                      rb ? rb->message : QStringLiteral("none")),
             stream);
    qint64 last = 0;
    qint64 headAt = -1;
    for (const auto &e : wholeEvents) {
        if (e.offset < last || e.offset > stream.size())
            fail("RequestFramer", QStringLiteral("event offsets out of order: ") + a, stream);
        last = e.offset;
        if (e.kind == RequestFramer::Event::HeadComplete)
            headAt = e.offset;
        if (e.kind == RequestFramer::Event::Complete && e.offset - headAt != e.head.contentLength)
            fail("RequestFramer", QStringLiteral("a body's bytes differ from its length: ") + a,
                 stream);
    }
}

// Takes frames from the front of a buffer the way Qt's WebSocket reader does: a frame's header,
// extended length and mask each once complete, its payload once all of it is there; nothing
// after a close frame.
class FrameReader {
public:
    qsizetype take(QByteArrayView buffered) {
        qsizetype pos = 0;
        for (;;) {
            const qsizetype left = buffered.size() - pos;
            switch (m_phase) {
            case Phase::Header:
                if (left < 2)
                    return pos;
                m_close = (quint8(buffered[pos]) & 0x0f) == 0x8;
                m_lengthField = quint8(buffered[pos + 1]) & 0x7f;
                m_payload = m_lengthField;
                pos += 2;
                m_phase = m_lengthField >= 126 ? Phase::Length : Phase::Mask;
                break;
            case Phase::Length: {
                const qsizetype n = m_lengthField == 126 ? 2 : 8;
                if (left < n)
                    return pos;
                m_payload = 0;
                for (qsizetype i = 0; i < n; ++i)
                    m_payload = (m_payload << 8) | quint8(buffered[pos + i]);
                pos += n;
                m_phase = Phase::Mask;
                break;
            }
            case Phase::Mask:
                if (left < 4)
                    return pos;
                pos += 4;
                m_phase = Phase::Payload;
                break;
            case Phase::Payload:
                if (quint64(left) < m_payload)
                    return pos;
                pos += qsizetype(m_payload);
                m_phase = m_close ? Phase::Done : Phase::Header;
                break;
            case Phase::Done:
                return pos;
            }
        }
    }

private:
    enum class Phase { Header, Length, Mask, Payload, Done };
    Phase m_phase = Phase::Header;
    quint8 m_lengthField = 0;
    quint64 m_payload = 0;
    bool m_close = false;
};

void frames(const QByteArray &stream, uint8_t seed) {
    constexpr quint64 maxFrame = 4096;
    WebSocketFrameGuard whole(maxFrame);
    const auto wholeVerdict = whole.inspect(stream);

    WebSocketFrameGuard guard(maxFrame);
    FrameReader reader;
    std::optional<WebSocketFrameGuard::Violation> verdict;
    Pieces sizes(seed);
    qsizetype received = 0;
    qsizetype consumed = 0;
    while (received < stream.size() && !verdict) {
        received = std::min(stream.size(), received + sizes.next());
        const QByteArrayView buffered =
            QByteArrayView(stream).sliced(consumed, received - consumed);
        verdict = guard.inspect(buffered);
        if (guard.lostTrack())
            fail("WebSocketFrameGuard", QStringLiteral("lost track of a reader that reads as Qt's"),
                 stream);
        if (!verdict)
            consumed += reader.take(buffered);
    }
    if (wholeVerdict.has_value() != verdict.has_value() ||
        (verdict && (verdict->closeCode != wholeVerdict->closeCode ||
                     verdict->reason != wholeVerdict->reason)))
        fail("WebSocketFrameGuard",
             QStringLiteral("verdict differs when the frames come in pieces: %1 vs %2")
                 .arg(wholeVerdict ? wholeVerdict->reason : QStringLiteral("none"),
                      verdict ? verdict->reason : QStringLiteral("none")),
             stream);
    const QByteArray close = WebSocketFrameGuard::closeFrame(verdict ? verdict->closeCode : 1000,
                                                             verdict ? verdict->reason : QString());
    if (close.size() > 127 || quint8(close[1]) != close.size() - 2)
        fail("WebSocketFrameGuard", QStringLiteral("a close frame with a wrong length"), close);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    switch (data[0] % 3) {
    case 0:
        parseHead(rest);
        break;
    case 1:
        frame(rest, data[1]);
        break;
    default:
        frames(rest, data[1]);
        break;
    }
    return 0;
}
