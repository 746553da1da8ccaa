#pragma once
// Logging categories of the client's network side: hearth.sync and hearth.session.

#include <QLoggingCategory>

namespace hearth::net {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
} // namespace hearth::net
