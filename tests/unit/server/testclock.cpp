#include "testclock.h"

#include <QDateTime>

namespace hearthd::test {

TestClock::TestClock()
    : m_previous(hearthd::Clock::install(this)) {}

TestClock::~TestClock() {
    hearthd::Clock::install(m_previous);
}

qint64 TestClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs.load(std::memory_order_relaxed);
}

void TestClock::advance(qint64 ms) {
    m_offsetMs.fetch_add(ms, std::memory_order_relaxed);
}

} // namespace hearthd::test
