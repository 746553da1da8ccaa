#pragma once
// POST /v1/mutations: a client's writes, in order.
//
// Request:  {"clientId": "<uuid>", "mutations": [{"id": "<uuid>", "name": "post.create",
//            "args": {...}}]}
// Response: {"results": [{"id": "<mutation id>", "status": "applied", "result": {...}}
//                        | {"id", "status": "rejected" | "conflict",
//                           "error": {"code", "message"}, "current": {...}?}]}
// A (clientId, mutation id) pair the server has seen answers its first result again.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hearth::protocol {

namespace MutationName {
inline constexpr auto CommunityCreate = "community.create";
inline constexpr auto CommunityUpdate = "community.update";
inline constexpr auto MembershipAcceptGuidelines = "membership.acceptGuidelines";
inline constexpr auto MembershipJoin = "membership.join";
inline constexpr auto PostCreate = "post.create";
inline constexpr auto PostEdit = "post.edit";
inline constexpr auto PostDelete = "post.delete";
inline constexpr auto PostPin = "post.pin";
inline constexpr auto PostLock = "post.lock";
inline constexpr auto CommentCreate = "comment.create";
inline constexpr auto CommentEdit = "comment.edit";
inline constexpr auto CommentDelete = "comment.delete";
inline constexpr auto MembershipLeave = "membership.leave";
inline constexpr auto MembershipApprove = "membership.approve";
inline constexpr auto MembershipDeny = "membership.deny";
inline constexpr auto MembershipRemove = "membership.remove";
inline constexpr auto MembershipBan = "membership.ban";
inline constexpr auto MembershipUnban = "membership.unban";
inline constexpr auto MembershipSetRole = "membership.setRole";
inline constexpr auto ReactionSet = "reaction.set";
inline constexpr auto ReactionClear = "reaction.clear";
inline constexpr auto EventCreate = "event.create";
inline constexpr auto EventEdit = "event.edit";
inline constexpr auto EventCancel = "event.cancel";
inline constexpr auto RsvpSet = "rsvp.set";
inline constexpr auto InviteCreate = "invite.create";
inline constexpr auto InviteRevoke = "invite.revoke";
inline constexpr auto ReportCreate = "report.create";
inline constexpr auto ReportResolve = "report.resolve";
inline constexpr auto NotificationMarkRead = "notification.markRead";
inline constexpr auto ProfileUpdate = "profile.update";
inline constexpr auto AlertsSet = "alerts.set";
} // namespace MutationName

namespace MutationStatus {
inline constexpr auto Applied = "applied";
inline constexpr auto Rejected = "rejected";
inline constexpr auto Conflict = "conflict";
} // namespace MutationStatus

struct Mutation {
    QString id;
    QString name;
    QJsonObject args;

    // A mutation with typed args (mutationargs.h), always under the args' own name.
    template<typename Args> static Mutation of(const QString &id, const Args &args) {
        return {id, QString::fromLatin1(Args::Name), args.toJson()};
    }

    QJsonObject toJson() const;
    static std::optional<Mutation> fromJson(const QJsonObject &json, QString *error);
};

struct MutationBatch {
    QString clientId;
    QList<Mutation> mutations;

    QJsonObject toJson() const;
    static std::optional<MutationBatch> fromJson(const QJsonObject &json, QString *error);
};

struct MutationResult {
    QString id;
    QString status;     // MutationStatus
    QJsonObject result; // applied: what the server made (e.g. {"id": ...})
    QString errorCode;  // rejected / conflict
    QString errorMessage;
    QJsonObject current; // conflict: the object as the server has it now

    bool applied() const { return status == QLatin1StringView(MutationStatus::Applied); }
    QJsonObject toJson() const;
    static std::optional<MutationResult> fromJson(const QJsonObject &json, QString *error);
};

struct MutationResponse {
    QList<MutationResult> results;

    QJsonObject toJson() const;
    static std::optional<MutationResponse> fromJson(const QJsonObject &json, QString *error);
};

} // namespace hearth::protocol
