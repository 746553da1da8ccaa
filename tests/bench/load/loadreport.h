#pragma once
// What the load run measured, per endpoint: requests, errors (by reason) and latencies, printed
// as one table with requests per second and p50/p95/p99.

#include "latencystats.h"

#include <QMap>
#include <QString>

class LoadReport {
public:
    // `error` empty: a success; otherwise what went wrong ("HTTP 429", "rejected: forbidden").
    void record(const QString &endpoint, qint64 nanoseconds, const QString &error = {});
    void count(const QString &what) { ++m_counts[what]; }

    QString table(double seconds) const;
    QString errors() const;
    QString counts() const;

private:
    struct Endpoint {
        LatencyStats latency;
        qint64 errors = 0;
    };
    QMap<QString, Endpoint> m_endpoints;
    QMap<QString, qint64> m_errors; // "endpoint: reason" -> how many
    QMap<QString, qint64> m_counts;
};
