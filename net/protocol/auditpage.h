#pragma once
// GET /v1/communities/{id}/audit: the community's audit log, newest first, for its organizers.
//
// Wire form: {"entries": [{"id", "communityId", "action", "actorId", "targetId", "reason",
//             "createdAt"}]}

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hearth::protocol {

// Who did what to whom, when and why. `action` is the mutation's name (membership.ban,
// post.pin...); for pins and locks `reason` is "on" or "off", for setRole the new role.
struct AuditEntry {
    QString id;
    QString communityId;
    QString action;
    QString actorId;
    QString targetId;
    QString reason;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

struct AuditPage {
    QList<AuditEntry> entries;

    QJsonObject toJson() const;
    static std::optional<AuditPage> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const AuditPage &, const AuditPage &) = default;
};

} // namespace hearth::protocol
