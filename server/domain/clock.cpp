#include "clock.h"

#include <QDateTime>
#include <atomic>

namespace hearthd::Clock {

namespace {
std::atomic<const Source *> installed{nullptr};
} // namespace

qint64 nowMs() {
    if (const Source *source = installed.load(std::memory_order_acquire))
        return source->nowMs();
    return QDateTime::currentMSecsSinceEpoch();
}

const Source *install(const Source *source) {
    return installed.exchange(source, std::memory_order_acq_rel);
}

} // namespace hearthd::Clock
