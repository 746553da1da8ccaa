#include "latencystats.h"

#include <algorithm>

double LatencyStats::percentileMs(double p) const {
    if (m_samples.isEmpty())
        return 0;
    QList<qint64> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype index =
        std::min(sorted.size() - 1, qsizetype(p / 100.0 * double(sorted.size())));
    return double(sorted.at(index)) / 1e6;
}

QString LatencyStats::summary(const QString &what, double seconds) const {
    return QStringLiteral("%1: %2 in %3 s = %4/s, p50 %5 ms, p99 %6 ms")
        .arg(what)
        .arg(count())
        .arg(seconds, 0, 'f', 2)
        .arg(double(count()) / seconds, 0, 'f', 0)
        .arg(percentileMs(50), 0, 'f', 3)
        .arg(percentileMs(99), 0, 'f', 3);
}
