#pragma once
// Reading what a request carries: a JSON object body (with a precise message when it is not one)
// and the bearer token. Text hearthd does not store (TextCheck) is refused wherever it enters:
// the body, the query string and the path.

#include "server/domain/domainerror.h"

#include <QHttpServerRequest>
#include <QJsonObject>

namespace hearthd::RequestReader {

// `checkText` false leaves the strings to the caller: /v1/mutations checks each mutation's args
// on its own, so one bad mutation is refused without refusing its batch.
Result<QJsonObject> jsonObject(const QHttpServerRequest &request, bool checkText = true);
// The first query parameter or path with text hearthd refuses, as an invalid_request.
std::optional<DomainError> checkUrlText(const QHttpServerRequest &request);
// The token of "Authorization: Bearer <token>", or empty.
QString bearerToken(const QHttpServerRequest &request);

} // namespace hearthd::RequestReader
