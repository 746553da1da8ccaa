#include "websocketframeguard.h"

namespace hearthd {

namespace {

constexpr quint16 ProtocolError = 1002;
constexpr quint16 TooBig = 1009;
constexpr quint8 OpContinuation = 0x0;
constexpr quint8 OpClose = 0x8;

WebSocketFrameGuard::Violation protocolError(const char *reason) {
    return {ProtocolError, QString::fromLatin1(reason)};
}

WebSocketFrameGuard::Violation tooBig(quint64 maxFrameBytes) {
    return {TooBig,
            QStringLiteral("frames from clients may carry at most %1 bytes").arg(maxFrameBytes)};
}

} // namespace

std::optional<WebSocketFrameGuard::Violation>
WebSocketFrameGuard::inspect(QByteArrayView buffered) {
    if (m_lostTrack || m_phase == Phase::Done)
        return std::nullopt;
    if (buffered.size() < m_expectedSize || !buffered.startsWith(m_expected)) {
        m_lostTrack = true;
        return std::nullopt;
    }
    qsizetype pos = 0;
    const auto byte = [&](qsizetype i) { return quint8(buffered[pos + i]); };
    for (bool more = true; more && m_phase != Phase::Done;) {
        const qsizetype left = buffered.size() - pos;
        switch (m_phase) {
        case Phase::Header:
            if (left < 2) {
                more = false;
                break;
            }
            if (auto violation = header(byte(0), byte(1)))
                return violation;
            pos += 2;
            m_phase = m_lengthField >= 126 ? Phase::Length : Phase::Mask;
            break;
        case Phase::Length: {
            const qsizetype size = m_lengthField == 126 ? 2 : 8;
            if (left < size) {
                more = false;
                break;
            }
            quint64 length = 0;
            for (qsizetype i = 0; i < size; ++i)
                length = (length << 8) | byte(i);
            pos += size;
            if (size == 2 && length < 126)
                return protocolError("a length below 126 must be sent in one byte");
            if (size == 8 && (length >> 63) != 0)
                return protocolError("the highest bit of a 64-bit length must be 0");
            if (size == 8 && length <= 0xffff)
                return protocolError("a length below 65536 must be sent in two bytes");
            if (length > m_maxFrameBytes)
                return tooBig(m_maxFrameBytes);
            m_payload = length;
            m_phase = Phase::Mask;
            break;
        }
        case Phase::Mask:
            if (left < 4) {
                more = false;
                break;
            }
            pos += 4;
            m_phase = Phase::Payload;
            break;
        case Phase::Payload:
            if (quint64(left) < m_payload) {
                more = false;
                break;
            }
            pos += qsizetype(m_payload);
            // After a close frame Qt answers and closes; nothing that follows is read.
            m_phase = m_closing ? Phase::Done : Phase::Header;
            break;
        case Phase::Done:
            break;
        }
    }
    m_expectedSize = buffered.size() - pos;
    m_expected = buffered.sliced(pos, std::min<qsizetype>(m_expectedSize, 16)).toByteArray();
    return std::nullopt;
}

std::optional<WebSocketFrameGuard::Violation> WebSocketFrameGuard::header(quint8 b0, quint8 b1) {
    const bool fin = (b0 & 0x80) != 0;
    const quint8 opcode = b0 & 0x0f;
    const bool control = (opcode & 0x08) != 0;
    m_closing = false;
    m_lengthField = b1 & 0x7f;
    if ((b0 & 0x70) != 0)
        return protocolError("reserved bits are set, but no extension was agreed");
    if ((opcode > 0x2 && opcode < 0x8) || opcode > 0xa)
        return protocolError("the frame has a reserved opcode");
    if ((b1 & 0x80) == 0)
        return protocolError("frames from a client must be masked (RFC 6455 section 5.1)");
    if (control) {
        if (m_lengthField > 125)
            return protocolError("control frames carry at most 125 bytes");
        if (!fin)
            return protocolError("control frames cannot be fragmented");
        if (opcode == OpClose && m_lengthField == 1)
            return protocolError("a close frame cannot carry a single byte");
        m_closing = opcode == OpClose;
    } else {
        if (opcode == OpContinuation && !m_inMessage)
            return protocolError("a continuation frame without a message to continue");
        if (opcode != OpContinuation && m_inMessage)
            return protocolError("a new message began before the previous one ended");
        m_inMessage = !fin;
    }
    if (m_lengthField < 126) {
        m_payload = m_lengthField;
        if (m_payload > m_maxFrameBytes)
            return tooBig(m_maxFrameBytes);
    }
    return std::nullopt;
}

QByteArray WebSocketFrameGuard::closeFrame(quint16 code, const QString &reason) {
    const QByteArray text = reason.toUtf8().left(123);
    QByteArray frame;
    frame.append(char(0x80 | OpClose));
    frame.append(char(2 + text.size()));
    frame.append(char(code >> 8));
    frame.append(char(code & 0xff));
    frame.append(text);
    return frame;
}

} // namespace hearthd
