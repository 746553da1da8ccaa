#pragma once
// Reading what a request carries: a JSON object body (with a precise message when it is not one)
// and the bearer token.

#include "server/domain/domainerror.h"

#include <QHttpServerRequest>
#include <QJsonObject>

namespace hearthd::RequestReader {

Result<QJsonObject> jsonObject(const QHttpServerRequest &request);
// The token of "Authorization: Bearer <token>", or empty.
QString bearerToken(const QHttpServerRequest &request);

} // namespace hearthd::RequestReader
