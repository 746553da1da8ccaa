#include "communitymutations.h"

#include "protocol/apierror.h"
#include "protocol/vocabulary.h"
#include "server/domain/membershipmutations.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace hearthd::CommunityMutations {

using namespace hearth::protocol;

namespace {
// The founder's welcome message as the first post: an announcement by the founder, pinned at the
// top of the feed, made in the same transaction as the community so no member ever sees the
// community without it. Its id is the server's (the client learns it from the result and the
// sync); a replayed create returns the first result and makes no second post.
QString createWelcomePost(MutationContext &ctx, const QString &communityId,
                          const QString &welcome) {
    const QString postId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Query(ctx.db.connection(),
          QStringLiteral("INSERT INTO posts (id, community_id, author_id, kind, title, body, "
                         "topic, pinned, created_at) VALUES (?, ?, ?, ?, '', ?, '', 1, ?)"))
        .bind(postId)
        .bind(communityId)
        .bind(ctx.userId)
        .bind(QString::fromLatin1(PostKind::Announcement))
        .bind(welcome)
        .bind(ctx.now)
        .exec();
    ctx.emitPost(postId);
    return postId;
}
} // namespace

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
    QJsonObject result{{QStringLiteral("id"), id}, {QStringLiteral("slug"), slug}};
    if (!args.welcome.trimmed().isEmpty())
        result.insert(QStringLiteral("welcomePostId"), createWelcomePost(ctx, id, args.welcome));
    return MutationContext::applied(result);
}

} // namespace hearthd::CommunityMutations
