#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hearth::protocol {

QByteArray ApiError::toJson() const {
    const QJsonObject inner{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), inner}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ApiError> ApiError::fromJson(const QByteArray &body) {
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue inner = root.value(QStringLiteral("error"));
    if (!inner.isObject())
        return std::nullopt;
    const QJsonObject e = inner.toObject();
    if (!e.value(QStringLiteral("code")).isString())
        return std::nullopt;
    return ApiError{e.value(QStringLiteral("code")).toString(),
                    e.value(QStringLiteral("message")).toString()};
}

} // namespace hearth::protocol
