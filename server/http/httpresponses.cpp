#include "httpresponses.h"

#include "protocol/apierror.h"

#include <QHash>

namespace hearthd::HttpResponses {

using Status = QHttpServerResponder::StatusCode;
namespace E = hearth::protocol::ErrorCode;

Status statusFor(const QString &code) {
    static const QHash<QString, Status> statuses{
        {QString::fromLatin1(E::InvalidRequest), Status::BadRequest},
        {QString::fromLatin1(E::Unauthorized), Status::Unauthorized},
        {QString::fromLatin1(E::InvalidCredentials), Status::Unauthorized},
        {QString::fromLatin1(E::Forbidden), Status::Forbidden},
        {QString::fromLatin1(E::NotFound), Status::NotFound},
        {QString::fromLatin1(E::Conflict), Status::Conflict},
        {QString::fromLatin1(E::HandleTaken), Status::Conflict},
        {QString::fromLatin1(E::SlugTaken), Status::Conflict},
        {QString::fromLatin1(E::ResyncRequired), Status::Gone},
        {QString::fromLatin1(E::PayloadTooLarge), Status::PayloadTooLarge},
        {QString::fromLatin1(E::RateLimited), Status::TooManyRequests},
        {QString::fromLatin1(E::Unavailable), Status::ServiceUnavailable},
    };
    return statuses.value(code, Status::InternalServerError);
}

QHttpServerResponse json(const QByteArray &body, Status status) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body, status);
}

QHttpServerResponse error(const DomainError &e) {
    return json(hearth::protocol::ApiError{e.code, e.message}.toJson(), statusFor(e.code));
}

QHttpServerResponse unavailable(int retryAfterSeconds) {
    QHttpServerResponse response =
        error({QString::fromLatin1(E::Unavailable),
               QStringLiteral("the database is unreachable and hearthd is reconnecting; try "
                              "again in %1 s")
                   .arg(retryAfterSeconds)});
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return response;
}

QByteArray rawError(int status, const char *reason, const DomainError &e) {
    const QByteArray body = hearth::protocol::ApiError{e.code, e.message}.toJson();
    // A refused connection may try again once some of the peer's others have closed.
    const QByteArray retry = status == 429 ? QByteArrayLiteral("\r\nRetry-After: 5") : QByteArray();
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + retry + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace hearthd::HttpResponses
