#pragma once
// GET /v1/sync: one page of the change log as this user may see it.
//
// Wire form: {"changes": [Change...], "cursor": "opaque", "hasMore": bool}
// Change:    {"seq": 42, "type": "post", "op": "upsert", "id": "<uuid>",
//             "community": "<uuid or absent>", "data": {...entity...}}
// `op` is "upsert" (data is the whole current object), "delete" (tombstone, no data) or
// "purge" (type "community": drop everything cached for that community; access was lost).

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hearth::protocol {

namespace ChangeType {
inline constexpr auto User = "user";
inline constexpr auto Community = "community";
inline constexpr auto Membership = "membership";
inline constexpr auto Post = "post";
inline constexpr auto Comment = "comment";
inline constexpr auto Reaction = "reaction";
inline constexpr auto Event = "event";
inline constexpr auto Rsvp = "rsvp";
inline constexpr auto Invite = "invite";
inline constexpr auto Report = "report";
inline constexpr auto Notification = "notification"; // only ever synced to its recipient
inline constexpr auto Alerts = "alerts"; // a member's alert choices, synced to them alone
} // namespace ChangeType

namespace ChangeOp {
inline constexpr auto Upsert = "upsert";
inline constexpr auto Delete = "delete";
inline constexpr auto Purge = "purge";
} // namespace ChangeOp

struct Change {
    qint64 seq = 0;
    QString type;
    QString op;
    QString id;
    QString community; // empty for objects outside any community (users)
    QJsonObject data;  // empty for delete and purge

    // Compact JSON of this change without re-encoding `data`: the server keeps each change's
    // payload as bytes in its log and writes pages from them (QJsonObject per row is too slow).
    static QByteArray encode(qint64 seq, const QString &type, const QString &op, const QString &id,
                             const QString &community, const QByteArray &compactData);
    QByteArray toJson() const;
    static std::optional<Change> fromJson(const QJsonObject &json, QString *error);
};

struct SyncPage {
    QList<Change> changes;
    QString cursor;
    bool hasMore = false;

    // Builds the page from already-encoded changes (see Change::encode).
    static QByteArray encode(const QList<QByteArray> &encodedChanges, const QString &cursor,
                             bool hasMore);
    QByteArray toJson() const;
    static std::optional<SyncPage> fromJson(const QByteArray &body, QString *error);
};

} // namespace hearth::protocol
