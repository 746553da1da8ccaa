#include "backoff.h"

#include <QRandomGenerator>

namespace hearth::net {

int Backoff::nextDelayMs() {
    const int shift = qMin(m_attempt, 16);
    const qint64 ceiling = qMin<qint64>(qint64(m_baseMs) << shift, m_capMs);
    ++m_attempt;
    const qint64 floor = ceiling / 2;
    return int(floor + QRandomGenerator::global()->bounded(ceiling - floor + 1));
}

int Backoff::nextDelayMs(int retryAfterSeconds) {
    const int ours = nextDelayMs();
    return qMax(ours, retryAfterSeconds * 1000);
}

} // namespace hearth::net
