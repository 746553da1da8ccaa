#pragma once
// Finds where each request on a connection begins, where its head ends and where its body
// ends, from the bytes in the order they arrive, the way Qt HttpServer's parser will read them
// afterwards. It enforces the size caps while the bytes come in (a head past its cap, or a
// Content-Length past the request cap, is refused before the rest arrives) and stops at the
// first refusal, at a request that closes the connection, and at a WebSocket upgrade (what
// follows is not HTTP).

#include "server/http/httprefusal.h"
#include "server/http/requesthead.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace hearthd {

class RequestFramer {
public:
    struct Limits {
        qint64 maxHeadBytes = 16 * 1024;
        qint64 maxRequestBytes = 1024 * 1024 + 16 * 1024; // head and body
    };

    struct Event {
        enum Kind {
            Started,      // the first byte of a request
            HeadComplete, // the head is in: `head` says what the request is
            Complete,     // the whole request is in (`offset`: the stream offset after it)
        };
        Kind kind;
        qint64 offset = 0; // bytes of the stream read when the event happened
        RequestHead head;  // HeadComplete and Complete
    };

    explicit RequestFramer(const Limits &limits)
        : m_limits(limits) {}

    // Reads the next bytes of the stream, in order.
    QList<Event> feed(QByteArrayView bytes);

    // Set once a request is refused; nothing more is read.
    const std::optional<HttpRefusal> &refusal() const { return m_refusal; }
    // A request has begun but is not complete yet.
    bool inRequest() const { return m_phase == Phase::Head || m_phase == Phase::Body; }
    // After a request without keep-alive, or a WebSocket upgrade: no more HTTP on this stream.
    bool finished() const { return m_phase == Phase::Finished; }
    // The bytes of the last complete head (a WebSocket handshake's, say).
    const QByteArray &lastHead() const { return m_lastHead; }

private:
    enum class Phase { Between, Head, Body, Finished, Refused };

    void refuse(HttpRefusal refusal);
    void headComplete(QList<Event> *events);
    void requestComplete(QList<Event> *events);

    Limits m_limits;
    Phase m_phase = Phase::Between;
    qint64 m_offset = 0;
    QByteArray m_head;
    QByteArray m_lastHead;
    RequestHead m_current;
    qint64 m_bodyLeft = 0;
    std::optional<HttpRefusal> m_refusal;
};

} // namespace hearthd
