#pragma once
// The domain objects as they travel in a change's "data" and in mutation args.
// Times are milliseconds since the Unix epoch (UTC). Ids are client- or server-made UUID strings.

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace hearth::protocol {

struct UserProfile {
    QString id;
    QString handle;
    QString displayName;
    QString bio;
    QStringList interests;
    QJsonArray links;    // [{"label", "url"}]
    QJsonArray showcase; // [{"title", "text", "link", "image"?}]
    int version = 1;     // profile.update's base; absent (older servers) reads as 1

    QJsonObject toJson() const;
    static std::optional<UserProfile> fromJson(const QJsonObject &json, QString *error);
};

struct Community {
    QString id;
    QString slug;
    QString name;
    QString tagline;
    QString description;
    QString visibility = QStringLiteral("public"); // public | request | invite
    int memberCount = 0;
    qint64 createdAt = 0;
    QString guidelines; // markdown
    QStringList topics;
    int memberCap = 250;
    QString welcome;
    int version = 1; // community.update names it; each update adds one
    // When an update last required members to accept the guidelines again (0: never): a member
    // whose guidelinesAcceptedAt is older may not post or comment until they accept.
    qint64 guidelinesRequiredAt = 0;
    // Its active owners and moderators, owners first: [{"userId", "displayName", "role"}], at
    // most Limits::ListedOrganizersMax (so a stranger browsing the directory sees who runs it).
    QJsonArray organizers;

    QJsonObject toJson() const;
    static std::optional<Community> fromJson(const QJsonObject &json, QString *error);
};

struct Membership {
    QString communityId;
    QString userId;
    QString role = QStringLiteral("member");  // owner | moderator | member
    QString state = QStringLiteral("active"); // active | pending | banned
    qint64 joinedAt = 0;
    // When the member accepted the community's guidelines (0: never, e.g. a founder or a
    // community without guidelines), and which text: guidelinesDigest() of it.
    qint64 guidelinesAcceptedAt = 0;
    QString guidelinesDigest;

    QString id() const { return communityId + QLatin1Char(':') + userId; }
    QJsonObject toJson() const;
    static std::optional<Membership> fromJson(const QJsonObject &json, QString *error);
};

struct Post {
    QString id;
    QString communityId;
    QString authorId;
    QString authorName;
    QString kind =
        QStringLiteral("discussion"); // discussion | question | showcase | resource | announcement
    QString title;
    QString body;
    QString topic;
    bool pinned = false;
    bool locked = false;
    int commentCount = 0;
    int version = 1;
    qint64 createdAt = 0;
    qint64 editedAt = 0;

    QJsonObject toJson() const;
    static std::optional<Post> fromJson(const QJsonObject &json, QString *error);
};

struct Comment {
    QString id;
    QString postId;
    QString communityId;
    QString parentId;
    QString authorId;
    QString authorName;
    QString body;
    int version = 1; // 1 when made; each comment.edit adds one
    qint64 createdAt = 0;
    qint64 editedAt = 0; // 0 = never; optional on the wire (servers before comment.edit omit it)

    QJsonObject toJson() const;
    static std::optional<Comment> fromJson(const QJsonObject &json, QString *error);
};

// One member's reaction (one emoji) to a post or a comment. Its id is
// "<targetType>:<targetId>:<userId>:<emoji>" (ids are made by clients, so a post and a comment
// may share one); counts are the number of reactions per target and emoji.
struct Reaction {
    QString targetId;
    QString targetType; // post | comment
    QString postId;     // the post itself, or the post the comment belongs to
    QString communityId;
    QString userId;
    QString emoji;
    qint64 createdAt = 0;

    QString id() const { return makeId(targetType, targetId, userId, emoji); }
    static QString makeId(const QString &targetType, const QString &targetId, const QString &userId,
                          const QString &emoji) {
        return targetType + QLatin1Char(':') + targetId + QLatin1Char(':') + userId +
               QLatin1Char(':') + emoji;
    }
    QJsonObject toJson() const;
    static std::optional<Reaction> fromJson(const QJsonObject &json, QString *error);
};

// A workshop, meetup or online session of a community. capacity 0 = no limit.
struct Event {
    QString id;
    QString communityId;
    QString creatorId;
    QString title;
    QString description;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    QString place;
    QString link;
    int capacity = 0;
    int goingCount = 0;
    int waitlistCount = 0;
    bool cancelled = false;
    qint64 createdAt = 0;
    qint64 editedAt = 0;

    QJsonObject toJson() const;
    static std::optional<Event> fromJson(const QJsonObject &json, QString *error);
};

// One member's answer to an event. Its id is "<eventId>:<userId>".
struct Rsvp {
    QString eventId;
    QString communityId;
    QString userId;
    QString status; // going | waitlisted | maybe | not_going
    qint64 respondedAt = 0;

    QString id() const { return eventId + QLatin1Char(':') + userId; }
    QJsonObject toJson() const;
    static std::optional<Rsvp> fromJson(const QJsonObject &json, QString *error);
};

// An invite to a community, for its organizers. expiresAt 0 = never; maxUses 0 = no limit.
struct Invite {
    QString id;
    QString communityId;
    QString code;
    QString createdBy;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    int maxUses = 0;
    int uses = 0;
    bool revoked = false;

    QJsonObject toJson() const;
    static std::optional<Invite> fromJson(const QJsonObject &json, QString *error);
};

// A member's flag on a post or comment, for the community's organizers. Resolving keeps it.
struct Report {
    QString id;
    QString communityId;
    QString reporterId;
    QString targetType; // post | comment
    QString targetId;
    QString postId; // the post itself, or the comment's post
    QString reason;
    QString status = QStringLiteral("open"); // open | removed | dismissed
    QString resolvedBy;
    QString note; // the organizer's note when resolving
    qint64 createdAt = 0;
    qint64 resolvedAt = 0;

    QJsonObject toJson() const;
    static std::optional<Report> fromJson(const QJsonObject &json, QString *error);
};

// Something that happened for one member; synced to that member alone.
struct Notification {
    QString id;
    QString kind; // mention | reply | event_reminder | join_request
    QString communityId;
    QString actorId; // who caused it; empty for event reminders
    QString actorName;
    QString targetType; // post | comment | event | membership
    QString targetId;   // membership: "<communityId>:<userId>"
    QString text;       // a short excerpt (at most 140 characters)
    qint64 createdAt = 0;
    qint64 readAt = 0; // 0 while unread

    QJsonObject toJson() const;
    static std::optional<Notification> fromJson(const QJsonObject &json, QString *error);
};

// A member's choices of desktop alerts, kept by hearthd so that they follow the member to another
// machine, and synced to that member alone (its id is the user's). `levels` names the
// communities whose level is not AlertLevel::All; `digest` asks for one summary a day instead of
// single alerts.
struct AlertSettings {
    QString userId;
    bool digest = false;
    QMap<QString, QString> levels; // communityId -> AlertLevel::Mentions | AlertLevel::None
    int version = 0;               // each alerts.set adds one

    // The level for a community: AlertLevel::All unless one was chosen.
    QString levelFor(const QString &communityId) const;
    QJsonObject toJson() const;
    static std::optional<AlertSettings> fromJson(const QJsonObject &json, QString *error);
};

// Names one version of a community's guidelines: the first 16 hex digits of its SHA-256.
QString guidelinesDigest(const QString &guidelines);

bool isValidPostKind(const QString &kind);
bool isValidVisibility(const QString &visibility);

} // namespace hearth::protocol
