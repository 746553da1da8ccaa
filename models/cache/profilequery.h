#pragma once
// One member's profile as the cache holds it: who they are, what they are into, their showcase,
// and the communities the local member shares with them (both active), by name.

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace hearth::cache {

struct SharedCommunity {
    QString communityId;
    QString name;
    QString role; // theirs: owner | moderator | member
};

struct Profile {
    QString handle;
    QString displayName; // the handle when there is none
    QString bio;
    QStringList interests;
    QJsonArray links;    // [{label, url}]
    QJsonArray showcase; // [{title, text, link, image}]
    QList<SharedCommunity> communities;
};

struct ProfileQuery {
    QString userId;
    QString localUserId;

    // Empty when the profile is not in the cache.
    std::optional<Profile> run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
