#include "clock.h"

#include <QDateTime>

namespace hearthd::Clock {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace hearthd::Clock
