#pragma once
// Bytes of HTTP/1.1 and WebSocket (RFC 6455) as tests write and read them on a raw connection.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace hearth::testing::WireFormat {

// Status codes of the HTTP answers at the start of `bytes`, in order (bodies framed by
// Content-Length; a 101 ends the HTTP part).
QList<int> statuses(QByteArrayView bytes);
// The body of the first answer.
QByteArray firstBody(QByteArrayView bytes);

// A WebSocket upgrade request for `path`, with the token as a bearer token when given.
QByteArray upgradeRequest(const QString &token, const QByteArray &path = "/v1/stream");
// A client frame: FIN set, masked unless `masked` is false.
QByteArray clientFrame(quint8 opcode, const QByteArray &payload, bool masked = true);
// The header of a masked client frame announcing `length` bytes of payload (mask included).
QByteArray clientFrameHeader(quint8 opcode, quint64 length);

struct ServerFrame {
    quint8 opcode = 0;
    QByteArray payload;
    quint16 closeCode() const; // of a close frame
};
// The frames after the 101 answer in `bytes` (complete ones only).
QList<ServerFrame> serverFrames(QByteArrayView bytes);

} // namespace hearth::testing::WireFormat
