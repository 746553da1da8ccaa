#pragma once
// Logging category of the local cache: hearth.cache.

#include <QLoggingCategory>

namespace hearth::cache {
Q_DECLARE_LOGGING_CATEGORY(lcCache)
}
