#pragma once
// POST /v1/auth/register and POST /v1/auth/login.

#include <QJsonObject>
#include <QString>
#include <optional>

namespace hearth::protocol {

struct AuthRequest {
    QString handle;
    QString password;
    QString displayName; // register only; defaults to the handle

    QJsonObject toJson() const;
    // Strict: wrong types and unknown fields give nullopt and a message in *error.
    static std::optional<AuthRequest> fromJson(const QJsonObject &json, QString *error);
};

struct AuthResponse {
    QString token;
    QString userId;
    QString handle;
    QString displayName;

    QJsonObject toJson() const;
    static std::optional<AuthResponse> fromJson(const QJsonObject &json, QString *error);
};

} // namespace hearth::protocol
