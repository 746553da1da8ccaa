#include "modelslogging.h"

namespace hearth::models {
Q_LOGGING_CATEGORY(lcModels, "hearth.models")
}
