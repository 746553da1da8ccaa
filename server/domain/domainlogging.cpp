#include "domainlogging.h"

Q_LOGGING_CATEGORY(lcSync, "hearthd.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMutations, "hearthd.mutations", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "hearthd.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSeed, "hearthd.seed", QtInfoMsg)
