#include "processmemory.h"

#include <QByteArray>
#include <QFile>

namespace hearth::testing::ProcessMemory {

namespace {

qint64 statusField(qint64 pid, const QByteArray &field) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

qint64 residentKiB(qint64 pid) {
    return statusField(pid, "VmRSS:");
}

qint64 peakKiB(qint64 pid) {
    return statusField(pid, "VmHWM:");
}

bool resetPeak(qint64 pid) {
    QFile clearRefs(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace hearth::testing::ProcessMemory
