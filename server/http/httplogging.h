#pragma once
// hearthd_http's logging categories (enable with QT_LOGGING_RULES="hearthd.*=true").

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcStream)
