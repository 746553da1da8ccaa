#pragma once
// How domain outcomes look on the wire: JSON bodies with the status each error code maps to.

#include "server/domain/domainerror.h"

#include <QHttpServerResponse>

namespace hearthd::HttpResponses {

QHttpServerResponder::StatusCode statusFor(const QString &errorCode);
QHttpServerResponse
json(const QByteArray &body,
     QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok);
// {"error": {"code", "message"}} with the matching status.
QHttpServerResponse error(const DomainError &error);
// 503 `unavailable` with Retry-After: the database is away and being reconnected.
QHttpServerResponse unavailable(int retryAfterSeconds);
// The bytes of an error response written straight to a socket (limits enforced below the router).
QByteArray rawError(int status, const char *reason, const DomainError &error);

} // namespace hearthd::HttpResponses
