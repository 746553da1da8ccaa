#pragma once
// Exponential backoff with full jitter for reconnecting: the n-th retry waits a random time in
// [base * 2^n / 2, base * 2^n], capped, so many clients cut off together do not come back in step.

#include <QtGlobal>

namespace hearth::net {

class Backoff {
public:
    explicit Backoff(int baseMs = 1000, int capMs = 60000)
        : m_baseMs(baseMs)
        , m_capMs(capMs) {}

    // The delay before the next attempt; each call doubles the range until the cap.
    int nextDelayMs();
    // A server's Retry-After wins over our own schedule when it is longer.
    int nextDelayMs(int retryAfterSeconds);
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    int m_baseMs;
    int m_capMs;
    int m_attempt = 0;
};

} // namespace hearth::net
