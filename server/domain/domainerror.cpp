#include "domainerror.h"

#include "protocol/apierror.h"

namespace hearthd {

using namespace hearth::protocol;

DomainError DomainError::invalid(const QString &message) {
    return {QString::fromLatin1(ErrorCode::InvalidRequest), message};
}

DomainError DomainError::notFound(const QString &message) {
    return {QString::fromLatin1(ErrorCode::NotFound), message};
}

DomainError DomainError::forbidden(const QString &message) {
    return {QString::fromLatin1(ErrorCode::Forbidden), message};
}

DomainError DomainError::conflict(const QString &message) {
    return {QString::fromLatin1(ErrorCode::Conflict), message};
}

DomainError DomainError::internal() {
    return {QString::fromLatin1(ErrorCode::Internal),
            QStringLiteral("the server failed to complete the request; try again")};
}

} // namespace hearthd
