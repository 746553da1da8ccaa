#pragma once
// The error body every hearthd endpoint answers with: {"error": {"code", "message"}}.
// `code` is stable and machine-readable; `message` is for people.

#include <QByteArray>
#include <QString>
#include <optional>

namespace hearth::protocol {

namespace ErrorCode {
inline constexpr auto InvalidRequest = "invalid_request";         // 400
inline constexpr auto Unauthorized = "unauthorized";              // 401: missing or bad token
inline constexpr auto InvalidCredentials = "invalid_credentials"; // 401: wrong handle or password
inline constexpr auto Forbidden = "forbidden";                    // 403
inline constexpr auto NotFound = "not_found";                     // 404
inline constexpr auto Conflict = "conflict";                      // 409 (or a mutation result)
inline constexpr auto HandleTaken = "handle_taken";               // 409
inline constexpr auto SlugTaken = "slug_taken";                   // mutation result: slug in use
// mutation result: post.create / comment.create before accepting the community's new guidelines
inline constexpr auto GuidelinesNotAccepted = "guidelines_not_accepted";
inline constexpr auto ResyncRequired = "resync_required";    // 410: cursor cannot be served
inline constexpr auto RequestTimeout = "request_timeout";    // 408: request not sent in time
inline constexpr auto PayloadTooLarge = "payload_too_large"; // 413 (also 414, 431)
inline constexpr auto RateLimited = "rate_limited";          // 429
inline constexpr auto Internal = "internal";                 // 500
inline constexpr auto Unavailable = "unavailable";           // 503: database away; Retry-After
} // namespace ErrorCode

struct ApiError {
    QString code;
    QString message;

    QByteArray toJson() const;
    // Parses an error body; nullopt when the bytes are not one.
    static std::optional<ApiError> fromJson(const QByteArray &body);
};

} // namespace hearth::protocol
