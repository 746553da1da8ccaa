#pragma once
// Where the cache's sync stood when a history page was asked for: the seq of the newest sync
// change applied then, and the cache's epoch (bumped by every resync rebuild). A page applies an
// object only if no sync change newer than `seq` touched it since, and not at all if the cache
// was rebuilt in between.

#include <QtGlobal>

namespace hearth::cache {

struct HistoryWatermark {
    qint64 epoch = 0;
    qint64 seq = 0;
};

} // namespace hearth::cache
