#pragma once
// Timing helpers for the client benchmarks: run a piece of work and summarise milliseconds.

#include <QList>
#include <QString>
#include <functional>

namespace hearth::bench {

struct Summary {
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    int samples = 0;
};

// Milliseconds one call of `work` takes.
double timeMs(const std::function<void()> &work);
Summary summarize(QList<double> samplesMs);
QString format(const Summary &s);

} // namespace hearth::bench
