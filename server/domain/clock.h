#pragma once
// The server's notion of "now", in the wire's unit (milliseconds since the Unix epoch, UTC).
// Every rule that depends on time (expiry, reminders, windows, timestamps) asks Clock::nowMs(),
// so a test can move time on instead of sleeping: it installs a Clock::Source for as long as it
// needs one. Without one, nowMs() is the system clock at the cost of one atomic load.

#include <QtGlobal>

namespace hearthd::Clock {

class Source {
public:
    virtual ~Source() = default;
    virtual qint64 nowMs() const = 0;
};

qint64 nowMs();

// Makes `source` the process's clock (nullptr: the system clock again) and returns the one it
// replaces, so that an installer can put it back. Not owned; it must outlive its installation.
const Source *install(const Source *source);

} // namespace hearthd::Clock
