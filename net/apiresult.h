#pragma once
// The outcome of one hearthd API call: the HTTP status and body, the server's error body when it
// sent one, or a transport failure (no HTTP answer at all: offline, refused, timed out).

#include "protocol/apierror.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace hearth::net {

struct ApiResult {
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    std::optional<protocol::ApiError> error; // the server's {"error": {...}}
    QString transportError;                  // set when status == 0
    int retryAfterSeconds = 0;               // 429/503 Retry-After

    bool ok() const { return status >= 200 && status < 300; }
    bool reachedServer() const { return status != 0; }
    QString errorCode() const { return error ? error->code : QString(); }
    // One line for people: the server's message, or what went wrong on the way.
    QString describe() const;
};

} // namespace hearth::net
