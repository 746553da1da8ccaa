#include "wireformat.h"

namespace hearth::testing::WireFormat {

namespace {

// Each answer's status and where the next begins; stops at a 101 or an incomplete answer.
template<typename Visit> void answers(QByteArrayView bytes, Visit visit) {
    qsizetype at = 0;
    while (at < bytes.size()) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n", at);
        if (headEnd < 0 || !bytes.sliced(at).startsWith("HTTP/1."))
            return;
        const QByteArray head = bytes.sliced(at, headEnd - at).toByteArray().toLower();
        const int status = head.mid(9, 3).toInt();
        qsizetype length = 0;
        const qsizetype field = head.indexOf("\r\ncontent-length:");
        if (field >= 0) {
            const qsizetype end = head.indexOf("\r\n", field + 2);
            length = head.mid(field + 17, end < 0 ? -1 : end - field - 17).trimmed().toLongLong();
        }
        const qsizetype bodyAt = headEnd + 4;
        if (bodyAt + length > bytes.size())
            return;
        visit(status, bytes.sliced(bodyAt, length));
        if (status == 101)
            return;
        at = bodyAt + length;
    }
}

qsizetype upgradeEnd(QByteArrayView bytes) {
    if (!bytes.startsWith("HTTP/1.1 101"))
        return -1;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}

} // namespace

QList<int> statuses(QByteArrayView bytes) {
    QList<int> out;
    answers(bytes, [&](int status, QByteArrayView) { out.append(status); });
    return out;
}

QByteArray firstBody(QByteArrayView bytes) {
    QByteArray body;
    bool first = true;
    answers(bytes, [&](int, QByteArrayView b) {
        if (first)
            body = b.toByteArray();
        first = false;
    });
    return body;
}

QByteArray upgradeRequest(const QString &token, const QByteArray &path) {
    QByteArray request = "GET " + path +
                         " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    return request + "\r\n";
}

QByteArray clientFrameHeader(quint8 opcode, quint64 length) {
    QByteArray header;
    header.append(char(0x80 | opcode));
    if (length < 126) {
        header.append(char(0x80 | length));
    } else if (length <= 0xffff) {
        header.append(char(0x80 | 126));
        header.append(char(length >> 8));
        header.append(char(length & 0xff));
    } else {
        header.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            header.append(char((length >> shift) & 0xff));
    }
    return header + QByteArray("\x11\x22\x33\x44", 4);
}

QByteArray clientFrame(quint8 opcode, const QByteArray &payload, bool masked) {
    if (!masked) {
        QByteArray frame;
        frame.append(char(0x80 | opcode));
        frame.append(char(payload.size())); // tests send short payloads
        return frame + payload;
    }
    QByteArray frame = clientFrameHeader(opcode, quint64(payload.size()));
    // A copy: appending to `frame` may move its bytes (ASan found the read after the move).
    const QByteArray mask = frame.right(4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ mask[i % 4]));
    return frame;
}

quint16 ServerFrame::closeCode() const {
    return payload.size() >= 2 ? quint16((quint8(payload[0]) << 8) | quint8(payload[1])) : 0;
}

QList<ServerFrame> serverFrames(QByteArrayView bytes) {
    QList<ServerFrame> frames;
    qsizetype at = upgradeEnd(bytes);
    if (at < 0)
        return frames;
    while (at + 2 <= bytes.size()) {
        ServerFrame frame;
        frame.opcode = quint8(bytes[at]) & 0x0f;
        quint64 length = quint8(bytes[at + 1]) & 0x7f;
        qsizetype headerSize = 2;
        if (length == 126 || length == 127) {
            const int size = length == 126 ? 2 : 8;
            if (at + 2 + size > bytes.size())
                break;
            length = 0;
            for (int i = 0; i < size; ++i)
                length = (length << 8) | quint8(bytes[at + 2 + i]);
            headerSize += size;
        }
        if (at + headerSize + qsizetype(length) > bytes.size())
            break;
        frame.payload = bytes.sliced(at + headerSize, qsizetype(length)).toByteArray();
        frames.append(frame);
        at += headerSize + qsizetype(length);
    }
    return frames;
}

} // namespace hearth::testing::WireFormat
