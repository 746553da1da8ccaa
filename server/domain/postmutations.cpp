#include "postmutations.h"

#include "protocol/apierror.h"
#include "server/domain/argsreader.h"
#include "server/domain/auditlog.h"
#include "server/domain/contentremoval.h"
#include "server/domain/notifications.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd::PostMutations {

using namespace hearth::protocol;

namespace {

const QStringList &kinds() {
    static const QStringList all{QStringLiteral("discussion"), QStringLiteral("question"),
                                 QStringLiteral("showcase"), QStringLiteral("resource"),
                                 QStringLiteral("announcement")};
    return all;
}

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

MutationResult create(MutationContext &ctx, const QJsonObject &args) {
    ArgsReader a(args);
    const QString id = a.uuid(QStringLiteral("id"));
    const QString communityId = a.uuid(QStringLiteral("communityId"));
    const QString kind = a.oneOf(QStringLiteral("kind"), kinds(), QStringLiteral("discussion"));
    const QString title = a.text(QStringLiteral("title"), 200);
    const QString body = a.text(QStringLiteral("body"), 20000, true, 1);
    const QString topic = a.text(QStringLiteral("topic"), 32);
    a.rejectUnknown({QLatin1StringView("id"), QLatin1StringView("communityId"),
                     QLatin1StringView("kind"), QLatin1StringView("title"),
                     QLatin1StringView("body"), QLatin1StringView("topic")});
    if (auto e = a.error())
        return MutationContext::rejected(*e);
    if (!ctx.reader.communityExists(communityId))
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("no such community")));
    const auto action = kind == QLatin1StringView("announcement")
                            ? Policy::Action::CreateAnnouncement
                            : Policy::Action::CreatePost;
    if (auto denied = Policy::check(action, ctx.reader.membership(communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
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
        .bind(title)
        .bind(body)
        .bind(topic)
        .bind(ctx.now)
        .exec();
    ctx.emitPost(id);
    Notifications::postCreated(ctx, id);
    return MutationContext::applied(idVersion(id, 1));
}

MutationResult edit(MutationContext &ctx, const QJsonObject &args) {
    ArgsReader a(args);
    const QString id = a.uuid(QStringLiteral("id"));
    const int baseVersion = int(a.integer(QStringLiteral("version"), 1, 1 << 30, true, 0));
    const bool hasTitle = args.contains(QStringLiteral("title"));
    const bool hasBody = args.contains(QStringLiteral("body"));
    const bool hasTopic = args.contains(QStringLiteral("topic"));
    const bool hasKind = args.contains(QStringLiteral("kind"));
    const QString title = a.text(QStringLiteral("title"), 200);
    const QString body = a.text(QStringLiteral("body"), 20000, false, 1);
    const QString topic = a.text(QStringLiteral("topic"), 32);
    const QString kind = a.oneOf(QStringLiteral("kind"), kinds(), QString());
    a.rejectUnknown({QLatin1StringView("id"), QLatin1StringView("version"),
                     QLatin1StringView("title"), QLatin1StringView("body"),
                     QLatin1StringView("topic"), QLatin1StringView("kind")});
    if (auto e = a.error())
        return MutationContext::rejected(*e);
    if (!hasTitle && !hasBody && !hasTopic && !hasKind)
        return MutationContext::rejected(DomainError::invalid(
            QStringLiteral("an edit needs at least one of 'title', 'body', 'topic', 'kind'")));

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
    if (hasKind && kind == QLatin1StringView("announcement")) {
        if (auto denied = Policy::check(Policy::Action::CreateAnnouncement,
                                        ctx.reader.membership(post->communityId, ctx.userId)))
            return MutationContext::rejected(*denied);
    }
    if (baseVersion != post->version) {
        MutationResult r;
        r.status = QString::fromLatin1(MutationStatus::Conflict);
        r.errorCode = QString::fromLatin1(hearth::protocol::ErrorCode::Conflict);
        r.errorMessage = QStringLiteral("the post was edited elsewhere (now version %1, this edit "
                                        "was based on version %2)")
                             .arg(post->version)
                             .arg(baseVersion);
        r.current = current->toJson();
        return r;
    }

    const int newVersion = post->version + 1;
    Query(ctx.db.connection(),
          QStringLiteral("UPDATE posts SET title = ?, body = ?, topic = ?, kind = ?, version = ?, "
                         "edited_at = ? WHERE id = ?"))
        .bind(hasTitle ? title : current->title)
        .bind(hasBody ? body : current->body)
        .bind(hasTopic ? topic : current->topic)
        .bind(hasKind && !kind.isEmpty() ? kind : current->kind)
        .bind(newVersion)
        .bind(ctx.now)
        .bind(id)
        .exec();
    ctx.emitPost(id);
    return MutationContext::applied(idVersion(id, newVersion));
}

MutationResult remove(MutationContext &ctx, const QJsonObject &args) {
    ArgsReader a(args);
    const QString id = a.uuid(QStringLiteral("id"));
    a.rejectUnknown({QLatin1StringView("id")});
    if (auto e = a.error())
        return MutationContext::rejected(*e);
    const auto post = stored(ctx, id);
    if (!post)
        return MutationContext::rejected(postNotFound());
    const auto membership = ctx.reader.membership(post->communityId, ctx.userId);
    const auto action =
        post->authorId == ctx.userId ? Policy::Action::DeleteOwn : Policy::Action::DeleteAny;
    if (auto denied = Policy::check(action, membership))
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
MutationResult setFlag(MutationContext &ctx, const QJsonObject &args, const char *key,
                       const char *column) {
    ArgsReader a(args);
    const QString id = a.uuid(QStringLiteral("id"));
    const bool value = a.boolean(QLatin1StringView(key), true);
    a.rejectUnknown({QLatin1StringView("id"), QLatin1StringView(key)});
    if (auto e = a.error())
        return MutationContext::rejected(*e);
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

MutationResult pin(MutationContext &ctx, const QJsonObject &args) {
    return setFlag(ctx, args, "pinned", "pinned");
}

MutationResult lock(MutationContext &ctx, const QJsonObject &args) {
    return setFlag(ctx, args, "locked", "locked");
}

} // namespace hearthd::PostMutations
