#include "entities.h"

#include "jsonfields.h"

#include <QJsonArray>

namespace hearth::protocol {

namespace {
template<typename T>
std::optional<T> finish(const JsonFields &f, T &&value, QString *error)
{
    if (f.ok())
        return std::move(value);
    if (error)
        *error = f.error();
    return std::nullopt;
}

// An optional array of strings; anything else in it is an error naming the field.
QStringList stringList(JsonFields &f, const QString &key)
{
    QStringList out;
    const QJsonArray list = f.array(key, false);
    for (const QJsonValue &v : list) {
        if (!v.isString()) {
            f.fail(QStringLiteral("field '%1' must be an array of strings").arg(key));
            return {};
        }
        out.append(v.toString());
    }
    return out;
}
} // namespace

bool isValidPostKind(const QString &kind)
{
    static const QStringList kinds{QStringLiteral("discussion"), QStringLiteral("question"),
                                   QStringLiteral("showcase"), QStringLiteral("resource"),
                                   QStringLiteral("announcement")};
    return kinds.contains(kind);
}

bool isValidVisibility(const QString &visibility)
{
    return visibility == QLatin1StringView("public") || visibility == QLatin1StringView("request")
           || visibility == QLatin1StringView("invite");
}

QJsonObject UserProfile::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("handle"), handle},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("bio"), bio},
            {QStringLiteral("interests"), QJsonArray::fromStringList(interests)},
            {QStringLiteral("links"), links},
            {QStringLiteral("showcase"), showcase}};
}

std::optional<UserProfile> UserProfile::fromJson(const QJsonObject &json, QString *error)
{
    JsonFields f(json);
    UserProfile u;
    u.id = f.string(QStringLiteral("id"));
    u.handle = f.string(QStringLiteral("handle"));
    u.displayName = f.string(QStringLiteral("displayName"), false);
    u.bio = f.string(QStringLiteral("bio"), false);
    u.interests = stringList(f, QStringLiteral("interests"));
    u.links = f.array(QStringLiteral("links"), false);
    u.showcase = f.array(QStringLiteral("showcase"), false);
    return finish(f, std::move(u), error);
}

QJsonObject Community::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("slug"), slug},
            {QStringLiteral("name"), name},
            {QStringLiteral("tagline"), tagline},
            {QStringLiteral("description"), description},
            {QStringLiteral("visibility"), visibility},
            {QStringLiteral("memberCount"), memberCount},
            {QStringLiteral("createdAt"), double(createdAt)},
            {QStringLiteral("guidelines"), guidelines},
            {QStringLiteral("topics"), QJsonArray::fromStringList(topics)},
            {QStringLiteral("memberCap"), memberCap},
            {QStringLiteral("welcome"), welcome}};
}

std::optional<Community> Community::fromJson(const QJsonObject &json, QString *error)
{
    JsonFields f(json);
    Community c;
    c.id = f.string(QStringLiteral("id"));
    c.slug = f.string(QStringLiteral("slug"), false);
    c.name = f.string(QStringLiteral("name"));
    c.tagline = f.string(QStringLiteral("tagline"), false);
    c.description = f.string(QStringLiteral("description"), false);
    c.visibility = f.string(QStringLiteral("visibility"), false);
    if (c.visibility.isEmpty())
        c.visibility = QStringLiteral("public");
    else if (!isValidVisibility(c.visibility))
        f.fail(QStringLiteral("field 'visibility' must be public, request or invite"));
    c.memberCount = int(f.integer(QStringLiteral("memberCount"), false));
    c.createdAt = f.integer(QStringLiteral("createdAt"), false);
    c.guidelines = f.string(QStringLiteral("guidelines"), false);
    c.topics = stringList(f, QStringLiteral("topics"));
    c.memberCap = int(f.integer(QStringLiteral("memberCap"), false, 250));
    c.welcome = f.string(QStringLiteral("welcome"), false);
    return finish(f, std::move(c), error);
}

QJsonObject Membership::toJson() const
{
    return {{QStringLiteral("communityId"), communityId},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("role"), role},
            {QStringLiteral("state"), state},
            {QStringLiteral("joinedAt"), double(joinedAt)}};
}

std::optional<Membership> Membership::fromJson(const QJsonObject &json, QString *error)
{
    JsonFields f(json);
    Membership m;
    m.communityId = f.string(QStringLiteral("communityId"));
    m.userId = f.string(QStringLiteral("userId"));
    m.role = f.string(QStringLiteral("role"));
    m.state = f.string(QStringLiteral("state"));
    m.joinedAt = f.integer(QStringLiteral("joinedAt"), false);
    return finish(f, std::move(m), error);
}

QJsonObject Post::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("authorId"), authorId},
            {QStringLiteral("authorName"), authorName},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("topic"), topic},
            {QStringLiteral("pinned"), pinned},
            {QStringLiteral("locked"), locked},
            {QStringLiteral("commentCount"), commentCount},
            {QStringLiteral("version"), version},
            {QStringLiteral("createdAt"), double(createdAt)},
            {QStringLiteral("editedAt"), double(editedAt)}};
}

std::optional<Post> Post::fromJson(const QJsonObject &json, QString *error)
{
    JsonFields f(json);
    Post p;
    p.id = f.string(QStringLiteral("id"));
    p.communityId = f.string(QStringLiteral("communityId"));
    p.authorId = f.string(QStringLiteral("authorId"), false);
    p.authorName = f.string(QStringLiteral("authorName"), false);
    p.kind = f.string(QStringLiteral("kind"), false);
    if (p.kind.isEmpty())
        p.kind = QStringLiteral("discussion");
    else if (!isValidPostKind(p.kind))
        f.fail(QStringLiteral("field 'kind' must be discussion, question, showcase, resource or announcement"));
    p.title = f.string(QStringLiteral("title"), false);
    p.body = f.string(QStringLiteral("body"));
    p.topic = f.string(QStringLiteral("topic"), false);
    p.pinned = f.boolean(QStringLiteral("pinned"), false);
    p.locked = f.boolean(QStringLiteral("locked"), false);
    p.commentCount = int(f.integer(QStringLiteral("commentCount"), false));
    p.version = int(f.integer(QStringLiteral("version"), false, 1));
    p.createdAt = f.integer(QStringLiteral("createdAt"), false);
    p.editedAt = f.integer(QStringLiteral("editedAt"), false);
    return finish(f, std::move(p), error);
}

QJsonObject Comment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("postId"), postId},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("parentId"), parentId},
            {QStringLiteral("authorId"), authorId},
            {QStringLiteral("authorName"), authorName},
            {QStringLiteral("body"), body},
            {QStringLiteral("version"), version},
            {QStringLiteral("createdAt"), double(createdAt)}};
}

std::optional<Comment> Comment::fromJson(const QJsonObject &json, QString *error)
{
    JsonFields f(json);
    Comment c;
    c.id = f.string(QStringLiteral("id"));
    c.postId = f.string(QStringLiteral("postId"));
    c.communityId = f.string(QStringLiteral("communityId"));
    c.parentId = f.string(QStringLiteral("parentId"), false);
    c.authorId = f.string(QStringLiteral("authorId"), false);
    c.authorName = f.string(QStringLiteral("authorName"), false);
    c.body = f.string(QStringLiteral("body"));
    c.version = int(f.integer(QStringLiteral("version"), false, 1));
    c.createdAt = f.integer(QStringLiteral("createdAt"), false);
    return finish(f, std::move(c), error);
}

} // namespace hearth::protocol
