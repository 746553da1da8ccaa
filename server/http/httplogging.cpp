#include "httplogging.h"

Q_LOGGING_CATEGORY(lcHttp, "hearthd.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStream, "hearthd.stream", QtInfoMsg)
