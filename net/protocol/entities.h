#pragma once
// The domain objects as they travel in a change's "data" and in mutation args.
// Times are milliseconds since the Unix epoch (UTC). Ids are client- or server-made UUID strings.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace hearth::protocol {

struct UserProfile
{
    QString id;
    QString handle;
    QString displayName;
    QString bio;
    QStringList interests;
    QJsonArray links;    // [{"label", "url"}]
    QJsonArray showcase; // [{"title", "text", "link", "image"?}]

    QJsonObject toJson() const;
    static std::optional<UserProfile> fromJson(const QJsonObject &json, QString *error);
};

struct Community
{
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

    QJsonObject toJson() const;
    static std::optional<Community> fromJson(const QJsonObject &json, QString *error);
};

struct Membership
{
    QString communityId;
    QString userId;
    QString role = QStringLiteral("member");  // owner | moderator | member
    QString state = QStringLiteral("active"); // active | pending | banned
    qint64 joinedAt = 0;

    QString id() const { return communityId + QLatin1Char(':') + userId; }
    QJsonObject toJson() const;
    static std::optional<Membership> fromJson(const QJsonObject &json, QString *error);
};

struct Post
{
    QString id;
    QString communityId;
    QString authorId;
    QString authorName;
    QString kind = QStringLiteral("discussion"); // discussion | question | showcase | resource | announcement
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

struct Comment
{
    QString id;
    QString postId;
    QString communityId;
    QString parentId;
    QString authorId;
    QString authorName;
    QString body;
    int version = 1;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
    static std::optional<Comment> fromJson(const QJsonObject &json, QString *error);
};

bool isValidPostKind(const QString &kind);
bool isValidVisibility(const QString &visibility);

} // namespace hearth::protocol
