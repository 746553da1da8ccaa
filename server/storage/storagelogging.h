#pragma once
// hearthd_storage's logging category (enable with QT_LOGGING_RULES="hearthd.storage=true").

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
