#include "netlogging.h"

namespace hearth::net {
Q_LOGGING_CATEGORY(lcSync, "hearth.sync")
Q_LOGGING_CATEGORY(lcSession, "hearth.session")
} // namespace hearth::net
