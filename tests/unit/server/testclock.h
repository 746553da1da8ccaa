#pragma once
// The clock of the in-process server tests: real time plus an offset the test moves on, so that
// "an invite that expires in 150 ms" is tested by advancing 250 ms instead of sleeping. Time
// still passes on its own, so whatever happened in order with the real clock still does.
// Installed for the object's lifetime (ServerFixture owns one).

#include "server/domain/clock.h"

#include <atomic>

namespace hearthd::test {

class TestClock : public hearthd::Clock::Source {
public:
    TestClock();
    ~TestClock() override;
    TestClock(const TestClock &) = delete;
    TestClock &operator=(const TestClock &) = delete;

    qint64 nowMs() const override;
    void advance(qint64 ms);

private:
    std::atomic<qint64> m_offsetMs{0};
    const hearthd::Clock::Source *m_previous = nullptr;
};

} // namespace hearthd::test
