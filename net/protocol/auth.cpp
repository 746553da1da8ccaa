#include "auth.h"

#include "jsonfields.h"

namespace hearth::protocol {

QJsonObject AuthRequest::toJson() const {
    QJsonObject o{{QStringLiteral("handle"), handle}, {QStringLiteral("password"), password}};
    if (!displayName.isEmpty())
        o.insert(QStringLiteral("displayName"), displayName);
    return o;
}

std::optional<AuthRequest> AuthRequest::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    AuthRequest r;
    r.handle = f.string(QStringLiteral("handle"));
    r.password = f.string(QStringLiteral("password"));
    r.displayName = f.string(QStringLiteral("displayName"), false);
    f.rejectUnknown({QLatin1StringView("handle"), QLatin1StringView("password"),
                     QLatin1StringView("displayName")});
    if (!f.ok()) {
        if (error)
            *error = f.error();
        return std::nullopt;
    }
    return r;
}

QJsonObject AuthResponse::toJson() const {
    return QJsonObject{
        {QStringLiteral("token"), token},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId},
                                             {QStringLiteral("handle"), handle},
                                             {QStringLiteral("displayName"), displayName}}}};
}

std::optional<AuthResponse> AuthResponse::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    AuthResponse r;
    r.token = f.string(QStringLiteral("token"));
    const QJsonObject user = f.object(QStringLiteral("user"));
    JsonFields u(user);
    r.userId = u.string(QStringLiteral("id"));
    r.handle = u.string(QStringLiteral("handle"));
    r.displayName = u.string(QStringLiteral("displayName"), false);
    if (!f.ok() || !u.ok()) {
        if (error)
            *error = f.ok() ? u.error() : f.error();
        return std::nullopt;
    }
    return r;
}

} // namespace hearth::protocol
