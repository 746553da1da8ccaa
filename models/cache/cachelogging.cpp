#include "cachelogging.h"

namespace hearth::cache {
Q_LOGGING_CATEGORY(lcCache, "hearth.cache")
}
