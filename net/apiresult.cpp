#include "apiresult.h"

namespace hearth::net {

QString ApiResult::describe() const {
    if (!reachedServer())
        return transportError.isEmpty() ? QStringLiteral("the server could not be reached")
                                        : transportError;
    if (error)
        return error->message.isEmpty() ? error->code : error->message;
    if (!ok())
        return QStringLiteral("the server answered HTTP %1").arg(status);
    return {};
}

} // namespace hearth::net
