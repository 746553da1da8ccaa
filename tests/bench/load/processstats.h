#pragma once
// Another process's CPU time (user + system, from /proc/<pid>/stat) and memory (VmRSS, VmHWM).

#include <QtGlobal>

namespace ProcessStats {

// Seconds of CPU the process has used; -1 when it cannot be read.
double cpuSeconds(qint64 pid);
qint64 residentKiB(qint64 pid);
qint64 peakKiB(qint64 pid);

} // namespace ProcessStats
