#pragma once
// hearthd_domain's logging categories (enable with QT_LOGGING_RULES="hearthd.*=true").

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcMutations)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSeed)
