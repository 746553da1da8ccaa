#include "communitymutations.h"

#include "protocol/apierror.h"
#include "protocol/vocabulary.h"
#include "server/domain/auditlog.h"
#include "server/domain/membershipmutations.h"
#include "server/domain/policy.h"
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

namespace {
QString topicsJson(const QStringList &topics) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(topics)).toJson(QJsonDocument::Compact));
}

// Files a new guidelines version. The founder's text becomes version 1 the first time it is
// replaced, so the history always starts where the community did.
int recordGuidelines(MutationContext &ctx, const Community &before, const QString &text) {
    const QSqlDatabase db = ctx.db.connection();
    Query last(db, QStringLiteral("SELECT MAX(version) FROM community_guidelines "
                                  "WHERE community_id = ?"));
    last.bind(before.id).exec();
    int version = last.next() ? int(last.integer(0)) : 0;
    if (version == 0) {
        Query(db, QStringLiteral("INSERT INTO community_guidelines (community_id, version, text, "
                                 "digest, author_id, created_at) SELECT id, 1, ?, ?, "
                                 "created_by, created_at FROM communities WHERE id = ?"))
            .bind(before.guidelines)
            .bind(guidelinesDigest(before.guidelines))
            .bind(before.id)
            .exec();
        version = 1;
    }
    ++version;
    Query(db, QStringLiteral("INSERT INTO community_guidelines (community_id, version, text, "
                             "digest, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(before.id)
        .bind(version)
        .bind(text)
        .bind(guidelinesDigest(text))
        .bind(ctx.userId)
        .bind(ctx.now)
        .exec();
    return version;
}

void markAccepted(MutationContext &ctx, const QString &communityId, const QString &guidelines) {
    Query(ctx.db.connection(),
          QStringLiteral("UPDATE memberships SET guidelines_accepted_at = ?, guidelines_digest = ? "
                         "WHERE community_id = ? AND user_id = ?"))
        .bind(ctx.now)
        .bind(guidelinesDigest(guidelines))
        .bind(communityId)
        .bind(ctx.userId)
        .exec();
    ctx.emitMembership(communityId, ctx.userId);
}

DomainError communityNotFound() {
    return DomainError::notFound(QStringLiteral("no such community"));
}
} // namespace

MutationResult update(MutationContext &ctx, const CommunityUpdateArgs &args) {
    const auto before = ctx.reader.community(args.id);
    if (!before)
        return MutationContext::rejected(communityNotFound());
    const auto membership = ctx.reader.membership(args.id, ctx.userId);
    if (auto denied = Policy::check(Policy::Action::ManageSettings, membership))
        return MutationContext::rejected(*denied);
    if (args.visibility || args.memberCap)
        if (auto denied = Policy::check(Policy::Action::ManageOwnerSettings, membership))
            return MutationContext::rejected(*denied);
    if (args.version != before->version)
        return MutationContext::conflict(
            QStringLiteral("the settings were changed elsewhere (now version %1, this update was "
                           "based on version %2)")
                .arg(before->version)
                .arg(args.version),
            before->toJson());
    if (args.memberCap && *args.memberCap < before->memberCount)
        return MutationContext::rejected(DomainError::invalid(
            QStringLiteral("field 'memberCap' cannot be below the %1 current members")
                .arg(before->memberCount)));
    const bool guidelinesChange = args.guidelines && *args.guidelines != before->guidelines;
    if (args.requireReacceptance && !guidelinesChange)
        return MutationContext::rejected(DomainError::invalid(
            QStringLiteral("field 'requireReacceptance' needs a change to 'guidelines'")));

    Community after = *before;
    QStringList changed;
    auto take = [&](const auto &given, auto &field, const char *name) {
        if (given && *given != field) {
            field = *given;
            changed.append(QString::fromLatin1(name));
        }
    };
    take(args.name, after.name, "name");
    take(args.tagline, after.tagline, "tagline");
    take(args.description, after.description, "description");
    take(args.topics, after.topics, "topics");
    take(args.visibility, after.visibility, "visibility");
    take(args.memberCap, after.memberCap, "memberCap");
    take(args.welcome, after.welcome, "welcome");
    take(args.guidelines, after.guidelines, "guidelines");
    if (changed.isEmpty()) // what it asks for is already so
        return MutationContext::applied(
            {{QStringLiteral("id"), args.id}, {QStringLiteral("version"), before->version}});

    const int version = before->version + 1;
    Query(ctx.db.connection(),
          QStringLiteral("UPDATE communities SET name = ?, tagline = ?, description = ?, "
                         "topics = ?, visibility = ?, member_cap = ?, welcome = ?, guidelines = ?, "
                         "version = ?, guidelines_required_at = ? WHERE id = ?"))
        .bind(after.name)
        .bind(after.tagline)
        .bind(after.description)
        .bind(topicsJson(after.topics))
        .bind(after.visibility)
        .bind(after.memberCap)
        .bind(after.welcome)
        .bind(after.guidelines)
        .bind(version)
        .bind(args.requireReacceptance ? ctx.now : before->guidelinesRequiredAt)
        .bind(args.id)
        .exec();
    QJsonObject result{{QStringLiteral("id"), args.id}, {QStringLiteral("version"), version}};
    QString reason = changed.join(QStringLiteral(", "));
    if (guidelinesChange) {
        const int guidelinesVersion = recordGuidelines(ctx, *before, after.guidelines);
        result.insert(QStringLiteral("guidelinesVersion"), guidelinesVersion);
        reason +=
            QStringLiteral(" (guidelines version %1%2)")
                .arg(guidelinesVersion)
                .arg(args.requireReacceptance ? QStringLiteral(", members must accept them again")
                                              : QString());
    }
    ctx.emitCommunity(args.id);
    // The author of a required change has accepted it by making it.
    if (args.requireReacceptance)
        markAccepted(ctx, args.id, after.guidelines);
    AuditLog::record(ctx, args.id, QStringLiteral("community.update"), args.id, reason);
    return MutationContext::applied(result);
}

MutationResult acceptGuidelines(MutationContext &ctx, const MembershipAcceptGuidelinesArgs &args) {
    const auto community = ctx.reader.community(args.communityId);
    if (!community)
        return MutationContext::rejected(communityNotFound());
    if (auto denied = Policy::check(Policy::Action::AcceptGuidelines,
                                    ctx.reader.membership(args.communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (args.digest != guidelinesDigest(community->guidelines))
        return MutationContext::conflict(
            QStringLiteral("the guidelines changed since you read them; read them again"),
            community->toJson());
    markAccepted(ctx, args.communityId, community->guidelines);
    return MutationContext::applied({{QStringLiteral("communityId"), args.communityId},
                                     {QStringLiteral("digest"), args.digest}});
}

std::optional<DomainError> guidelinesRefusal(MutationContext &ctx, const QString &communityId) {
    const auto community = ctx.reader.community(communityId);
    if (!community || community->guidelinesRequiredAt == 0 ||
        community->guidelines.trimmed().isEmpty())
        return std::nullopt;
    const auto membership = ctx.reader.membership(communityId, ctx.userId);
    if (!membership || membership->guidelinesAcceptedAt >= community->guidelinesRequiredAt)
        return std::nullopt;
    return DomainError{QString::fromLatin1(ErrorCode::GuidelinesNotAccepted),
                       QStringLiteral("the community's guidelines changed: read and accept them "
                                      "before you post or comment")};
}

} // namespace hearthd::CommunityMutations
