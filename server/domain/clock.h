#pragma once
// The server's notion of "now", in the wire's unit (milliseconds since the Unix epoch, UTC).

#include <QtGlobal>

namespace hearthd::Clock {

qint64 nowMs();

} // namespace hearthd::Clock
