#include "requestframer.h"

namespace hearthd {

namespace {

// Qt HttpServer skips these before a request line (left over from a previous request).
bool isLeadingSpace(char c) {
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

} // namespace

QList<RequestFramer::Event> RequestFramer::feed(QByteArrayView bytes) {
    QList<Event> events;
    while (!bytes.isEmpty()) {
        switch (m_phase) {
        case Phase::Finished:
        case Phase::Refused:
            m_offset += bytes.size();
            return events;
        case Phase::Between: {
            qsizetype skip = 0;
            while (skip < bytes.size() && isLeadingSpace(bytes[skip]))
                ++skip;
            m_offset += skip;
            bytes = bytes.sliced(skip);
            if (bytes.isEmpty())
                return events;
            m_phase = Phase::Head;
            events.append({Event::Started, m_offset, {}});
            break;
        }
        case Phase::Head: {
            // Look for the blank line from just before the new bytes, as it may straddle them.
            const qsizetype from = std::max<qsizetype>(0, m_head.size() - 3);
            const qsizetype room = m_limits.maxHeadBytes - m_head.size();
            const QByteArrayView taken = bytes.first(std::min(bytes.size(), room + 1));
            m_head.append(taken);
            const qsizetype end = m_head.indexOf("\r\n\r\n", from);
            if (end < 0 || end + 4 > m_limits.maxHeadBytes) {
                if (m_head.size() <= m_limits.maxHeadBytes) {
                    m_offset += taken.size();
                    bytes = bytes.sliced(taken.size());
                    break;
                }
                const QString limit = QString::number(m_limits.maxHeadBytes);
                refuse(
                    m_head.contains("\r\n")
                        ? HttpRefusal::headersTooLarge(
                              QStringLiteral("the request head is larger than %1 bytes").arg(limit))
                        : HttpRefusal::uriTooLong(
                              QStringLiteral("the request line is longer than %1 bytes")
                                  .arg(limit)));
                return events;
            }
            // The head ends inside the new bytes: keep only its part.
            const qsizetype used = taken.size() - (m_head.size() - (end + 4));
            m_head.truncate(end + 4);
            m_offset += used;
            bytes = bytes.sliced(used);
            headComplete(&events);
            break;
        }
        case Phase::Body: {
            const qint64 used = std::min<qint64>(m_bodyLeft, bytes.size());
            m_bodyLeft -= used;
            m_offset += used;
            bytes = bytes.sliced(used);
            if (m_bodyLeft == 0)
                requestComplete(&events);
            break;
        }
        }
        if (m_phase == Phase::Refused)
            return events;
    }
    return events;
}

void RequestFramer::refuse(HttpRefusal refusal) {
    m_refusal = std::move(refusal);
    m_phase = Phase::Refused;
    m_head.clear();
}

void RequestFramer::headComplete(QList<Event> *events) {
    auto parsed = RequestHead::parse(m_head);
    m_lastHead = std::move(m_head);
    m_head.clear();
    if (auto *refusal = std::get_if<HttpRefusal>(&parsed)) {
        refuse(std::move(*refusal));
        return;
    }
    m_current = std::get<RequestHead>(std::move(parsed));
    if (m_current.contentLength > m_limits.maxRequestBytes - m_lastHead.size()) {
        refuse(HttpRefusal::payloadTooLarge(
            QStringLiteral("the request is larger than %1 bytes").arg(m_limits.maxRequestBytes)));
        return;
    }
    events->append({Event::HeadComplete, m_offset, m_current});
    m_bodyLeft = m_current.contentLength;
    if (m_bodyLeft == 0)
        requestComplete(events);
    else
        m_phase = Phase::Body;
}

void RequestFramer::requestComplete(QList<Event> *events) {
    events->append({Event::Complete, m_offset, m_current});
    m_phase = m_current.keepAlive && !m_current.webSocketUpgrade ? Phase::Between : Phase::Finished;
}

} // namespace hearthd
