#pragma once
// Logging category of the QML models: hearth.models.

#include <QLoggingCategory>

namespace hearth::models {
Q_DECLARE_LOGGING_CATEGORY(lcModels)
}
