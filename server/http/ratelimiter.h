#pragma once
// Token buckets per key (a user for signed-in routes, an address for sign-in attempts): each key
// may spend `burst` requests at once and regains `ratePerSecond`. A refused request learns how
// many seconds to wait (Retry-After).

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace hearthd {

class RateLimiter {
public:
    // ratePerSecond <= 0 turns the limiter off.
    RateLimiter(double ratePerSecond, double burst);

    // True when the request may go ahead; otherwise *retryAfterSeconds is set (at least 1).
    bool allow(const QString &key, int *retryAfterSeconds);
    bool enabled() const { return m_rate > 0; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    void forgetIdle(qint64 nowMs);

    double m_rate;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace hearthd
