#include "processstats.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <unistd.h>

namespace ProcessStats {

namespace {

QByteArray read(qint64 pid, const char *file) {
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(file)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 statusKiB(qint64 pid, const QByteArray &field) {
    for (const QByteArray &line : read(pid, "status").split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

double cpuSeconds(qint64 pid) {
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const QByteArray stat = read(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

qint64 residentKiB(qint64 pid) {
    return statusKiB(pid, "VmRSS:");
}

qint64 peakKiB(qint64 pid) {
    return statusKiB(pid, "VmHWM:");
}

} // namespace ProcessStats
