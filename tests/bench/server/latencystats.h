#pragma once
// Latency samples and the figures the benchmark prints: count, rate, p50, p99.

#include <QList>
#include <QString>

class LatencyStats {
public:
    void add(qint64 nanoseconds) { m_samples.append(nanoseconds); }
    qsizetype count() const { return m_samples.size(); }
    // Milliseconds at the given percentile (0-100).
    double percentileMs(double p) const;
    QString summary(const QString &what, double seconds) const;

private:
    QList<qint64> m_samples;
};
