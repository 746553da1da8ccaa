#include "profilequery.h"

#include "readquery.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace hearth::cache {

namespace {
QJsonArray arrayOf(const QVariant &text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}
} // namespace

std::optional<Profile> ProfileQuery::run(const QSqlDatabase &db) const {
    if (userId.isEmpty())
        return std::nullopt;
    QSqlQuery q = runRead(db,
                          QStringLiteral("SELECT handle, display_name, bio, interests, links,"
                                         " showcase FROM users WHERE id = ?"),
                          {userId}, "profile");
    if (!q.next())
        return std::nullopt;
    Profile profile;
    profile.handle = q.value(0).toString();
    profile.displayName = q.value(1).toString().isEmpty() ? profile.handle : q.value(1).toString();
    profile.bio = q.value(2).toString();
    for (const QJsonValue &v : arrayOf(q.value(3)))
        profile.interests.append(v.toString());
    profile.links = arrayOf(q.value(4));
    profile.showcase = arrayOf(q.value(5));
    QSqlQuery shared =
        runRead(db,
                QStringLiteral("SELECT cm.id, cm.name, theirs.role FROM memberships theirs"
                               " JOIN memberships mine ON mine.community_id = theirs.community_id"
                               " AND mine.user_id = ? AND mine.state = 'active'"
                               " JOIN communities cm ON cm.id = theirs.community_id"
                               " WHERE theirs.user_id = ? AND theirs.state = 'active'"
                               " ORDER BY cm.name COLLATE NOCASE"),
                {localUserId, userId}, "shared communities");
    while (shared.next())
        profile.communities.append(
            {shared.value(0).toString(), shared.value(1).toString(), shared.value(2).toString()});
    return profile;
}

} // namespace hearth::cache
