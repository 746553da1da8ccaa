#include "storagelogging.h"

Q_LOGGING_CATEGORY(lcStorage, "hearthd.storage", QtInfoMsg)
