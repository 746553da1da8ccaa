#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace hearthd {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(ratePerSecond)
    , m_burst(std::max(1.0, burst)) {
    m_clock.start();
}

bool RateLimiter::allow(const QString &key, int *retryAfterSeconds) {
    if (m_rate <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    forgetIdle(now);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, now});
    Bucket &b = it.value();
    b.tokens = std::min(m_burst, b.tokens + double(now - b.updatedMs) / 1000.0 * m_rate);
    b.updatedMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - b.tokens) / m_rate)));
    return false;
}

void RateLimiter::forgetIdle(qint64 nowMs) {
    // A bucket that has had time to refill completely carries no information: drop it, so the
    // table holds only recently active keys.
    if (nowMs - m_lastSweepMs < 60 * 1000)
        return;
    m_lastSweepMs = nowMs;
    const double refillMs = m_burst / m_rate * 1000.0;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (double(nowMs - it->updatedMs) > refillMs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace hearthd
