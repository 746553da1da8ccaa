#include "profilemutations.h"

#include "protocol/entities.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hearthd::ProfileMutations {

using namespace hearth::protocol;

namespace {
QString compactArray(const QJsonArray &array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
} // namespace

MutationResult update(MutationContext &ctx, const ProfileUpdateArgs &args) {
    if (args.id != ctx.userId)
        return MutationContext::rejected(
            DomainError::forbidden(QStringLiteral("a member can change only their own profile")));
    const auto current = ctx.reader.user(args.id);
    if (!current)
        return MutationContext::rejected(DomainError::notFound(QStringLiteral("no such user")));
    if (args.version != current->version)
        return MutationContext::conflict(
            QStringLiteral("the profile was changed elsewhere (now version %1, this edit was "
                           "based on version %2)")
                .arg(current->version)
                .arg(args.version),
            current->toJson());
    // The schema counted characters before trimming; a name of spaces alone is refused there.
    const UserProfile next = args.appliedTo(*current);
    const int newVersion = current->version + 1;
    Query(ctx.db.connection(),
          QStringLiteral("UPDATE users SET display_name = ?, bio = ?, interests = ?, links = ?, "
                         "showcase = ?, version = ? WHERE id = ?"))
        .bind(next.displayName)
        .bind(next.bio)
        .bind(compactArray(QJsonArray::fromStringList(next.interests)))
        .bind(compactArray(next.links))
        .bind(compactArray(next.showcase))
        .bind(newVersion)
        .bind(args.id)
        .exec();
    ctx.emitUser(args.id);
    // A community lists its organizers by name (for strangers browsing the directory, who do
    // not have their profiles): a new name goes out with each community they run.
    if (next.displayName != current->displayName) {
        Query q(ctx.db.connection(),
                QStringLiteral("SELECT community_id FROM memberships WHERE user_id = ? "
                               "AND state = 'active' AND role IN ('owner', 'moderator') "
                               "ORDER BY community_id"));
        q.bind(args.id).exec();
        QStringList organized;
        while (q.next())
            organized.append(q.text(0));
        for (const QString &communityId : std::as_const(organized))
            ctx.emitCommunity(communityId);
    }
    return MutationContext::applied(
        {{QStringLiteral("id"), args.id}, {QStringLiteral("version"), newVersion}});
}

} // namespace hearthd::ProfileMutations
