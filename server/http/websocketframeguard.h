#pragma once
// Checks the frames a WebSocket client sends before Qt's WebSocket reads them: Qt WebSockets
// 6.4 accepts unmasked client frames (RFC 6455 §5.1 says close the connection) and, for a
// frame within its (huge) default limit, waits for the whole payload in memory. The guard
// reads each frame's header as it arrives and refuses a frame that is unmasked, larger than
// the limit, or malformed, before its payload is buffered.
//
// It never consumes: it is shown what is buffered, starting where Qt's reader stopped, and
// follows Qt's reader, which takes a frame's header, length and mask each once complete and
// the payload once all of it is there. If what is buffered does not start with what it expected
// Qt to have left (another Qt version reading differently, say), it stops checking rather than
// refuse good frames.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace hearthd {

class WebSocketFrameGuard {
public:
    struct Violation {
        quint16 closeCode; // RFC 6455 §7.4: 1002 protocol error, 1009 too big
        QString reason;
    };

    explicit WebSocketFrameGuard(quint64 maxFrameBytes)
        : m_maxFrameBytes(maxFrameBytes) {}

    // `buffered`: everything buffered now, from where the reader stopped. A violation is
    // reported once; the connection is to be closed.
    std::optional<Violation> inspect(QByteArrayView buffered);
    // The guard lost track of the reader and checks nothing more.
    bool lostTrack() const { return m_lostTrack; }

    // A close frame with this code and reason, as a server sends it (unmasked).
    static QByteArray closeFrame(quint16 code, const QString &reason);

private:
    enum class Phase { Header, Length, Mask, Payload, Done };

    std::optional<Violation> header(quint8 b0, quint8 b1);

    quint64 m_maxFrameBytes;
    Phase m_phase = Phase::Header;
    quint8 m_lengthField = 0; // 7-bit length: 126 and 127 announce a longer field
    bool m_closing = false;   // the frame being read is a close frame
    quint64 m_payload = 0;
    bool m_inMessage = false; // a fragmented message has begun
    QByteArray m_expected;    // the start of what the reader should have left unread
    qsizetype m_expectedSize = 0;
    bool m_lostTrack = false;
};

} // namespace hearthd
