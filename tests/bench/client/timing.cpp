#include "timing.h"

#include <QElapsedTimer>
#include <algorithm>

namespace hearth::bench {

double timeMs(const std::function<void()> &work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

Summary summarize(QList<double> samplesMs) {
    Summary s;
    if (samplesMs.isEmpty())
        return s;
    std::sort(samplesMs.begin(), samplesMs.end());
    const auto at = [&](double q) {
        return samplesMs.at(qMin(samplesMs.size() - 1, qsizetype(q * double(samplesMs.size()))));
    };
    s.p50 = at(0.50);
    s.p95 = at(0.95);
    s.max = samplesMs.constLast();
    s.samples = int(samplesMs.size());
    return s;
}

QString format(const Summary &s) {
    return QStringLiteral("p50 %1 ms  p95 %2 ms  max %3 ms  (n=%4)")
        .arg(s.p50, 0, 'f', 3)
        .arg(s.p95, 0, 'f', 3)
        .arg(s.max, 0, 'f', 3)
        .arg(s.samples);
}

} // namespace hearth::bench
