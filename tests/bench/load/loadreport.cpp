#include "loadreport.h"

void LoadReport::record(const QString &endpoint, qint64 nanoseconds, const QString &error) {
    Endpoint &e = m_endpoints[endpoint];
    e.latency.add(nanoseconds);
    if (!error.isEmpty()) {
        ++e.errors;
        ++m_errors[endpoint + QStringLiteral(": ") + error];
    }
}

QString LoadReport::table(double seconds) const {
    QString out = QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                      .arg(QStringLiteral("endpoint"), -34)
                      .arg(QStringLiteral("requests"), 9)
                      .arg(QStringLiteral("req/s"), 8)
                      .arg(QStringLiteral("errors"), 7)
                      .arg(QStringLiteral("p50 ms"), 8)
                      .arg(QStringLiteral("p95 ms"), 8)
                      .arg(QStringLiteral("p99 ms"), 8);
    qint64 requests = 0;
    qint64 errors = 0;
    for (auto it = m_endpoints.begin(); it != m_endpoints.end(); ++it) {
        const LatencyStats &l = it->latency;
        requests += l.count();
        errors += it->errors;
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(it.key(), -34)
                   .arg(l.count(), 9)
                   .arg(double(l.count()) / seconds, 8, 'f', 1)
                   .arg(it->errors, 7)
                   .arg(l.percentileMs(50), 8, 'f', 2)
                   .arg(l.percentileMs(95), 8, 'f', 2)
                   .arg(l.percentileMs(99), 8, 'f', 2);
    }
    out += QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("all"), -34)
               .arg(requests, 9)
               .arg(double(requests) / seconds, 8, 'f', 1)
               .arg(errors, 7);
    return out;
}

QString LoadReport::errors() const {
    QString out;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        out += QStringLiteral("  %1 x %2\n").arg(it.value()).arg(it.key());
    return out;
}

QString LoadReport::counts() const {
    QString out;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
        out += QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
    return out;
}
