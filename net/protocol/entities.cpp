#include "entities.h"

#include "jsonfields.h"
#include "vocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace hearth::protocol {

namespace {
template<typename T> std::optional<T> finish(const JsonFields &f, T &&value, QString *error) {
    if (f.ok())
        return std::move(value);
    if (error)
        *error = f.error();
    return std::nullopt;
}

// An optional array of strings; anything else in it is an error naming the field.
QStringList stringList(JsonFields &f, const QString &key) {
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

QString guidelinesDigest(const QString &guidelines) {
    return QString::fromLatin1(
        QCryptographicHash::hash(guidelines.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

bool isValidPostKind(const QString &kind) {
    return PostKind::all().contains(kind);
}

bool isValidVisibility(const QString &visibility) {
    return Visibility::all().contains(visibility);
}

QJsonObject UserProfile::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("handle"), handle},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("bio"), bio},
            {QStringLiteral("interests"), QJsonArray::fromStringList(interests)},
            {QStringLiteral("links"), links},
            {QStringLiteral("showcase"), showcase},
            {QStringLiteral("version"), version}};
}

std::optional<UserProfile> UserProfile::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    UserProfile u;
    u.id = f.string(QStringLiteral("id"));
    u.handle = f.string(QStringLiteral("handle"));
    u.displayName = f.string(QStringLiteral("displayName"), false);
    u.bio = f.string(QStringLiteral("bio"), false);
    u.interests = stringList(f, QStringLiteral("interests"));
    u.links = f.array(QStringLiteral("links"), false);
    u.showcase = f.array(QStringLiteral("showcase"), false);
    if (json.contains(QStringLiteral("version")))
        u.version = int(f.integer(QStringLiteral("version"), false));
    return finish(f, std::move(u), error);
}

QJsonObject Community::toJson() const {
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
            {QStringLiteral("welcome"), welcome},
            {QStringLiteral("version"), version},
            {QStringLiteral("guidelinesRequiredAt"), double(guidelinesRequiredAt)},
            {QStringLiteral("organizers"), organizers}};
}

std::optional<Community> Community::fromJson(const QJsonObject &json, QString *error) {
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
    c.version = int(f.integer(QStringLiteral("version"), false, 1));
    c.guidelinesRequiredAt = f.integer(QStringLiteral("guidelinesRequiredAt"), false);
    c.organizers = f.array(QStringLiteral("organizers"), false);
    return finish(f, std::move(c), error);
}

QJsonObject Membership::toJson() const {
    return {{QStringLiteral("communityId"), communityId},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("role"), role},
            {QStringLiteral("state"), state},
            {QStringLiteral("joinedAt"), double(joinedAt)},
            {QStringLiteral("guidelinesAcceptedAt"), double(guidelinesAcceptedAt)},
            {QStringLiteral("guidelinesDigest"), guidelinesDigest}};
}

std::optional<Membership> Membership::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    Membership m;
    m.communityId = f.string(QStringLiteral("communityId"));
    m.userId = f.string(QStringLiteral("userId"));
    m.role = f.string(QStringLiteral("role"));
    m.state = f.string(QStringLiteral("state"));
    m.joinedAt = f.integer(QStringLiteral("joinedAt"), false);
    m.guidelinesAcceptedAt = f.integer(QStringLiteral("guidelinesAcceptedAt"), false);
    m.guidelinesDigest = f.string(QStringLiteral("guidelinesDigest"), false);
    return finish(f, std::move(m), error);
}

QJsonObject Post::toJson() const {
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

std::optional<Post> Post::fromJson(const QJsonObject &json, QString *error) {
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
        f.fail(QStringLiteral(
            "field 'kind' must be discussion, question, showcase, resource or announcement"));
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

QJsonObject Comment::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("postId"), postId},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("parentId"), parentId},
            {QStringLiteral("authorId"), authorId},
            {QStringLiteral("authorName"), authorName},
            {QStringLiteral("body"), body},
            {QStringLiteral("version"), version},
            {QStringLiteral("createdAt"), double(createdAt)},
            {QStringLiteral("editedAt"), double(editedAt)}};
}

std::optional<Comment> Comment::fromJson(const QJsonObject &json, QString *error) {
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
    c.editedAt = f.integer(QStringLiteral("editedAt"), false);
    return finish(f, std::move(c), error);
}

QJsonObject Reaction::toJson() const {
    return {{QStringLiteral("id"), id()},
            {QStringLiteral("targetId"), targetId},
            {QStringLiteral("targetType"), targetType},
            {QStringLiteral("postId"), postId},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("emoji"), emoji},
            {QStringLiteral("createdAt"), double(createdAt)}};
}

std::optional<Reaction> Reaction::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    Reaction r;
    r.targetId = f.string(QStringLiteral("targetId"));
    r.targetType = f.string(QStringLiteral("targetType"));
    if (f.ok() && r.targetType != QLatin1StringView("post") &&
        r.targetType != QLatin1StringView("comment"))
        f.fail(QStringLiteral("field 'targetType' must be post or comment"));
    r.postId = f.string(QStringLiteral("postId"), false);
    r.communityId = f.string(QStringLiteral("communityId"));
    r.userId = f.string(QStringLiteral("userId"));
    r.emoji = f.string(QStringLiteral("emoji"));
    r.createdAt = f.integer(QStringLiteral("createdAt"), false);
    return finish(f, std::move(r), error);
}

QJsonObject Event::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("creatorId"), creatorId},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("startsAt"), double(startsAt)},
            {QStringLiteral("endsAt"), double(endsAt)},
            {QStringLiteral("place"), place},
            {QStringLiteral("link"), link},
            {QStringLiteral("capacity"), capacity},
            {QStringLiteral("goingCount"), goingCount},
            {QStringLiteral("waitlistCount"), waitlistCount},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("createdAt"), double(createdAt)},
            {QStringLiteral("editedAt"), double(editedAt)}};
}

std::optional<Event> Event::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    Event e;
    e.id = f.string(QStringLiteral("id"));
    e.communityId = f.string(QStringLiteral("communityId"));
    e.creatorId = f.string(QStringLiteral("creatorId"), false);
    e.title = f.string(QStringLiteral("title"));
    e.description = f.string(QStringLiteral("description"), false);
    e.startsAt = f.integer(QStringLiteral("startsAt"));
    e.endsAt = f.integer(QStringLiteral("endsAt"), false);
    e.place = f.string(QStringLiteral("place"), false);
    e.link = f.string(QStringLiteral("link"), false);
    e.capacity = int(f.integer(QStringLiteral("capacity"), false));
    e.goingCount = int(f.integer(QStringLiteral("goingCount"), false));
    e.waitlistCount = int(f.integer(QStringLiteral("waitlistCount"), false));
    e.cancelled = f.boolean(QStringLiteral("cancelled"), false);
    e.createdAt = f.integer(QStringLiteral("createdAt"), false);
    e.editedAt = f.integer(QStringLiteral("editedAt"), false);
    return finish(f, std::move(e), error);
}

QJsonObject Rsvp::toJson() const {
    return {{QStringLiteral("id"), id()},
            {QStringLiteral("eventId"), eventId},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("status"), status},
            {QStringLiteral("respondedAt"), double(respondedAt)}};
}

std::optional<Rsvp> Rsvp::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    Rsvp r;
    r.eventId = f.string(QStringLiteral("eventId"));
    r.communityId = f.string(QStringLiteral("communityId"));
    r.userId = f.string(QStringLiteral("userId"));
    r.status = f.string(QStringLiteral("status"));
    r.respondedAt = f.integer(QStringLiteral("respondedAt"), false);
    return finish(f, std::move(r), error);
}

QJsonObject Invite::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("code"), code},
            {QStringLiteral("createdBy"), createdBy},
            {QStringLiteral("createdAt"), double(createdAt)},
            {QStringLiteral("expiresAt"), double(expiresAt)},
            {QStringLiteral("maxUses"), maxUses},
            {QStringLiteral("uses"), uses},
            {QStringLiteral("revoked"), revoked}};
}

std::optional<Invite> Invite::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    Invite i;
    i.id = f.string(QStringLiteral("id"));
    i.communityId = f.string(QStringLiteral("communityId"));
    i.code = f.string(QStringLiteral("code"));
    i.createdBy = f.string(QStringLiteral("createdBy"), false);
    i.createdAt = f.integer(QStringLiteral("createdAt"), false);
    i.expiresAt = f.integer(QStringLiteral("expiresAt"), false);
    i.maxUses = int(f.integer(QStringLiteral("maxUses"), false));
    i.uses = int(f.integer(QStringLiteral("uses"), false));
    i.revoked = f.boolean(QStringLiteral("revoked"), false);
    return finish(f, std::move(i), error);
}

QJsonObject Report::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("reporterId"), reporterId},
            {QStringLiteral("targetType"), targetType},
            {QStringLiteral("targetId"), targetId},
            {QStringLiteral("postId"), postId},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("status"), status},
            {QStringLiteral("resolvedBy"), resolvedBy},
            {QStringLiteral("note"), note},
            {QStringLiteral("createdAt"), double(createdAt)},
            {QStringLiteral("resolvedAt"), double(resolvedAt)}};
}

std::optional<Report> Report::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    Report r;
    r.id = f.string(QStringLiteral("id"));
    r.communityId = f.string(QStringLiteral("communityId"));
    r.reporterId = f.string(QStringLiteral("reporterId"));
    r.targetType = f.string(QStringLiteral("targetType"));
    r.targetId = f.string(QStringLiteral("targetId"));
    r.postId = f.string(QStringLiteral("postId"), false);
    r.reason = f.string(QStringLiteral("reason"));
    r.status = f.string(QStringLiteral("status"));
    r.resolvedBy = f.string(QStringLiteral("resolvedBy"), false);
    r.note = f.string(QStringLiteral("note"), false);
    r.createdAt = f.integer(QStringLiteral("createdAt"), false);
    r.resolvedAt = f.integer(QStringLiteral("resolvedAt"), false);
    return finish(f, std::move(r), error);
}

QJsonObject Notification::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("actorId"), actorId},
            {QStringLiteral("actorName"), actorName},
            {QStringLiteral("targetType"), targetType},
            {QStringLiteral("targetId"), targetId},
            {QStringLiteral("text"), text},
            {QStringLiteral("createdAt"), double(createdAt)},
            {QStringLiteral("readAt"), double(readAt)}};
}

std::optional<Notification> Notification::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    Notification n;
    n.id = f.string(QStringLiteral("id"));
    n.kind = f.string(QStringLiteral("kind"));
    n.communityId = f.string(QStringLiteral("communityId"), false);
    n.actorId = f.string(QStringLiteral("actorId"), false);
    n.actorName = f.string(QStringLiteral("actorName"), false);
    n.targetType = f.string(QStringLiteral("targetType"));
    n.targetId = f.string(QStringLiteral("targetId"));
    n.text = f.string(QStringLiteral("text"), false);
    n.createdAt = f.integer(QStringLiteral("createdAt"), false);
    n.readAt = f.integer(QStringLiteral("readAt"), false);
    return finish(f, std::move(n), error);
}

QString AlertSettings::levelFor(const QString &communityId) const {
    return levels.value(communityId, QString::fromLatin1(AlertLevel::All));
}

QJsonObject AlertSettings::toJson() const {
    QJsonObject byCommunity;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        byCommunity.insert(it.key(), it.value());
    return {{QStringLiteral("userId"), userId},
            {QStringLiteral("digest"), digest},
            {QStringLiteral("levels"), byCommunity},
            {QStringLiteral("version"), version}};
}

std::optional<AlertSettings> AlertSettings::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    AlertSettings a;
    a.userId = f.string(QStringLiteral("userId"));
    a.digest = f.boolean(QStringLiteral("digest"), false);
    const QJsonObject byCommunity = f.object(QStringLiteral("levels"), false);
    for (auto it = byCommunity.constBegin(); it != byCommunity.constEnd(); ++it) {
        // A level a newer server knows and this app does not reads as the default.
        const QString level = it.value().toString();
        if (AlertLevel::all().contains(level) && level != QLatin1StringView(AlertLevel::All))
            a.levels.insert(it.key(), level);
    }
    a.version = int(f.integer(QStringLiteral("version"), false));
    return finish(f, std::move(a), error);
}

} // namespace hearth::protocol
