#pragma once
// Another process's memory, from /proc/<pid>/status: resident set now (VmRSS) and at its peak
// (VmHWM), which can be reset to the current size so that a peak belongs to one test step.

#include <QtGlobal>

namespace hearth::testing::ProcessMemory {

qint64 residentKiB(qint64 pid);
qint64 peakKiB(qint64 pid);
// False when the kernel refuses (then peakKiB() is the peak since the process started).
bool resetPeak(qint64 pid);

} // namespace hearth::testing::ProcessMemory
