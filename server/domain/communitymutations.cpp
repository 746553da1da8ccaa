#include "communitymutations.h"

#include "protocol/apierror.h"
#include "server/domain/membershipmutations.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hearthd::CommunityMutations {

using namespace hearth::protocol;

MutationResult create(MutationContext &ctx, const CommunityCreateArgs &args) {
    const QString &id = args.id;
    const QString &slug = args.slug;
    if (ctx.reader.communityExists(id))
        return MutationContext::rejected(
            DomainError::conflict(QStringLiteral("a community with this id already exists")));
    if (ctx.reader.slugTaken(slug))
        return MutationContext::rejected(
            {QString::fromLatin1(ErrorCode::SlugTaken),
             QStringLiteral("the slug '%1' is already in use").arg(slug)});

    Query(ctx.db.connection(),
          QStringLiteral("INSERT INTO communities (id, slug, name, tagline, description, "
                         "guidelines, visibility, member_cap, topics, welcome, created_by, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(slug)
        .bind(args.name)
        .bind(args.tagline)
        .bind(args.description)
        .bind(args.guidelines)
        .bind(args.visibility)
        .bind(args.memberCap)
        .bind(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(args.topics)).toJson(QJsonDocument::Compact)))
        .bind(args.welcome)
        .bind(ctx.userId)
        .bind(ctx.now)
        .exec();
    MembershipMutations::setMembership(ctx, id, ctx.userId, QStringLiteral("owner"),
                                       QStringLiteral("active"));
    return MutationContext::applied({{QStringLiteral("id"), id}, {QStringLiteral("slug"), slug}});
}

} // namespace hearthd::CommunityMutations
