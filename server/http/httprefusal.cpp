#include "httprefusal.h"

#include "protocol/apierror.h"
#include "server/http/httpresponses.h"

namespace hearthd {

namespace E = hearth::protocol::ErrorCode;

namespace {

HttpRefusal make(int status, const char *reason, const char *code, const QString &message) {
    return {status, reason, QString::fromLatin1(code), message};
}

} // namespace

HttpRefusal HttpRefusal::badRequest(const QString &message) {
    return make(400, "Bad Request", E::InvalidRequest, message);
}

HttpRefusal HttpRefusal::lengthRequired(const QString &message) {
    return make(411, "Length Required", E::InvalidRequest, message);
}

HttpRefusal HttpRefusal::timeout(const QString &message) {
    return make(408, "Request Timeout", E::RequestTimeout, message);
}

HttpRefusal HttpRefusal::payloadTooLarge(const QString &message) {
    return make(413, "Payload Too Large", E::PayloadTooLarge, message);
}

HttpRefusal HttpRefusal::uriTooLong(const QString &message) {
    return make(414, "URI Too Long", E::PayloadTooLarge, message);
}

HttpRefusal HttpRefusal::headersTooLarge(const QString &message) {
    return make(431, "Request Header Fields Too Large", E::PayloadTooLarge, message);
}

HttpRefusal HttpRefusal::tooManyConnections() {
    return make(429, "Too Many Requests", E::RateLimited,
                QStringLiteral("too many open connections from this address"));
}

HttpRefusal HttpRefusal::versionNotSupported(const QString &message) {
    return make(505, "HTTP Version Not Supported", E::InvalidRequest, message);
}

QByteArray HttpRefusal::response() const {
    return HttpResponses::rawError(status, reason, {code, message});
}

} // namespace hearthd
