#include "postmutations.h"

#include "server/domain/auditlog.h"
#include "server/domain/communitymutations.h"
#include "server/domain/contentremoval.h"
#include "server/domain/notifications.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::PostMutations {

using namespace hearth::protocol;

namespace {

// The stored post whatever its state, for the checks that must see deleted posts too.
struct StoredPost {
    QString communityId;
    QString authorId;
    int version = 0;
    bool deleted = false;
};

std::optional<StoredPost> stored(const MutationContext &ctx, const QString &id) {
    Query q(ctx.db.connection(), QStringLiteral("SELECT community_id, author_id, version, deleted "
                                                "FROM posts WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return StoredPost{q.text(0), q.text(1), int(q.integer(2)), q.integer(3) != 0};
}

DomainError postNotFound() {
    return DomainError::notFound(QStringLiteral("no such post (it may have been deleted)"));
}

QJsonObject idVersion(const QString &id, int version) {
    return {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}};
}

} // namespace

MutationResult create(MutationContext &ctx, const PostCreateArgs &args) {
    const QString &id = args.id;
    const QString &communityId = args.communityId;
    const QString &kind = args.kind;
    if (!ctx.reader.communityExists(communityId))
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("no such community")));
    const auto action = kind == QLatin1StringView("announcement")
                            ? Policy::Action::CreateAnnouncement
                            : Policy::Action::CreatePost;
    if (auto denied = Policy::check(action, ctx.reader.membership(communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (auto refused = CommunityMutations::guidelinesRefusal(ctx, communityId))
        return MutationContext::rejected(*refused);
    if (ctx.reader.postExists(id))
        return MutationContext::rejected(
            DomainError::conflict(QStringLiteral("a post with this id already exists")));

    Query(ctx.db.connection(),
          QStringLiteral("INSERT INTO posts (id, community_id, author_id, kind, title, body, "
                         "topic, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(communityId)
        .bind(ctx.userId)
        .bind(kind)
        .bind(args.title)
        .bind(args.body)
        .bind(args.topic)
        .bind(ctx.now)
        .exec();
    ctx.emitPost(id);
    Notifications::postCreated(ctx, id);
    return MutationContext::applied(idVersion(id, 1));
}

MutationResult edit(MutationContext &ctx, const PostEditArgs &args) {
    const QString &id = args.id;
    const int baseVersion = args.version;

    const auto post = stored(ctx, id);
    // The post as members see it; gone with a delete (which beats an edit).
    const auto current = ctx.reader.post(id);
    if (!post || post->deleted || !current)
        return MutationContext::rejected(postNotFound());
    if (auto denied = Policy::check(Policy::Action::EditOwn,
                                    ctx.reader.membership(post->communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (post->authorId != ctx.userId)
        return MutationContext::rejected(
            DomainError::forbidden(QStringLiteral("only the author can edit a post")));
    if (args.kind == QLatin1StringView(PostKind::Announcement)) {
        if (auto denied = Policy::check(Policy::Action::CreateAnnouncement,
                                        ctx.reader.membership(post->communityId, ctx.userId)))
            return MutationContext::rejected(*denied);
    }
    if (baseVersion != post->version)
        return MutationContext::conflict(
            QStringLiteral("the post was edited elsewhere (now version %1, this edit was based "
                           "on version %2)")
                .arg(post->version)
                .arg(baseVersion),
            current->toJson());

    const int newVersion = post->version + 1;
    Query(ctx.db.connection(),
          QStringLiteral("UPDATE posts SET title = ?, body = ?, topic = ?, kind = ?, version = ?, "
                         "edited_at = ? WHERE id = ?"))
        .bind(args.title.value_or(current->title))
        .bind(args.body.value_or(current->body))
        .bind(args.topic.value_or(current->topic))
        .bind(args.kind.value_or(current->kind))
        .bind(newVersion)
        .bind(ctx.now)
        .bind(id)
        .exec();
    ctx.emitPost(id);
    if (const auto edited = ctx.reader.post(id))
        Notifications::excerptsEdited(ctx, QStringLiteral("post"), id,
                                      edited->title + QLatin1Char('\n') + edited->body);
    return MutationContext::applied(idVersion(id, newVersion));
}

MutationResult remove(MutationContext &ctx, const PostDeleteArgs &args) {
    const QString &id = args.id;
    const auto post = stored(ctx, id);
    if (!post)
        return MutationContext::rejected(postNotFound());
    const auto action = Policy::deletion(post->authorId, ctx.userId);
    if (auto denied = Policy::check(action, ctx.reader.membership(post->communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (post->deleted) // a delete is final; deleting again changes nothing
        return MutationContext::applied({{QStringLiteral("id"), id}});

    ContentRemoval::removePost(ctx, id, post->communityId);
    if (action == Policy::Action::DeleteAny)
        AuditLog::record(ctx, post->communityId, QStringLiteral("post.delete"), id);
    return MutationContext::applied({{QStringLiteral("id"), id}});
}

namespace {
// pin and lock: an organizer sets one flag of a post. `column` is one of two fixed names.
MutationResult setFlag(MutationContext &ctx, const QString &id, bool value, const char *key,
                       const char *column) {
    const auto post = stored(ctx, id);
    if (!post || post->deleted)
        return MutationContext::rejected(postNotFound());
    if (auto denied = Policy::check(Policy::Action::Pin,
                                    ctx.reader.membership(post->communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    Query(ctx.db.connection(),
          QStringLiteral("UPDATE posts SET %1 = ? WHERE id = ?").arg(QLatin1StringView(column)))
        .bind(value ? 1 : 0)
        .bind(id)
        .exec();
    ctx.emitPost(id);
    AuditLog::record(
        ctx, post->communityId,
        QStringLiteral("post.%1").arg(QLatin1StringView(key) == QLatin1StringView("pinned")
                                          ? QStringLiteral("pin")
                                          : QStringLiteral("lock")),
        id, value ? QStringLiteral("on") : QStringLiteral("off"));
    return MutationContext::applied({{QStringLiteral("id"), id}, {QLatin1StringView(key), value}});
}
} // namespace

MutationResult pin(MutationContext &ctx, const PostPinArgs &args) {
    return setFlag(ctx, args.id, args.pinned, "pinned", "pinned");
}

MutationResult lock(MutationContext &ctx, const PostLockArgs &args) {
    return setFlag(ctx, args.id, args.locked, "locked", "locked");
}

} // namespace hearthd::PostMutations
