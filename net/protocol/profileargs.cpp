#include "profileargs.h"

#include "entities.h"
#include "limits.h"
#include "wireschema.h"

#include <QUrl>

namespace hearth::protocol {

bool isWebUrl(const QString &url) {
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    return parsed.isValid() && !parsed.host().isEmpty() &&
           (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")) &&
           !url.contains(QLatin1Char(' '));
}

namespace {

const TextRule Url{Limits::UrlMax};

QString linkIsWeb(const ProfileLink &l) {
    if (isWebUrl(l.url))
        return {};
    return QStringLiteral("field 'url' must be an http or https address such as "
                          "https://example.org");
}

const WireSchema<ProfileLink> &linkSchema() {
    static const WireSchema<ProfileLink> schema{
        {
            field::text("label", &ProfileLink::label, {Limits::LinkLabelMax}),
            field::text("url", &ProfileLink::url, {Limits::UrlMax, 1, Presence::Required}),
        },
        linkIsWeb};
    return schema;
}

QString itemLinkIsWeb(const ShowcaseItem &item) {
    if (item.link.isEmpty() || isWebUrl(item.link))
        return {};
    return QStringLiteral("field 'link' must be an http or https address such as "
                          "https://example.org");
}

const WireSchema<ShowcaseItem> &itemSchema() {
    using I = ShowcaseItem;
    static const WireSchema<I> schema{
        {
            field::text("title", &I::title, {Limits::ShowcaseTitleMax, 1, Presence::Required}),
            field::text("text", &I::text, {Limits::ShowcaseTextMax}),
            field::text("link", &I::link, Url),
            field::text("image", &I::image, {Limits::ShowcaseImageMax}),
        },
        itemLinkIsWeb};
    return schema;
}

const WireSchema<ProfileUpdateArgs> &updateSchema() {
    using A = ProfileUpdateArgs;
    static const WireSchema<A> schema{{
        field::uuid("id", &A::id),
        field::integer("version", &A::version, {1, Limits::VersionMax}, Presence::Required),
        field::text("displayName", &A::displayName,
                    {Limits::DisplayNameMax, 1, Presence::Required}),
        field::text("bio", &A::bio, {Limits::BioMax}),
        field::strings("interests", &A::interests, {Limits::InterestsMax, Limits::InterestMax}),
        field::items("links", &A::links, Limits::LinksMax),
        field::items("showcase", &A::showcase, Limits::ShowcaseMax),
    }};
    return schema;
}

} // namespace

QJsonObject ProfileLink::toJson() const {
    return linkSchema().toJson(*this);
}

std::optional<ProfileLink> ProfileLink::fromJson(const QJsonObject &json, QString *error,
                                                 ArgsCheck check) {
    return linkSchema().fromJson(json, error, check);
}

QJsonObject ShowcaseItem::toJson() const {
    return itemSchema().toJson(*this);
}

std::optional<ShowcaseItem> ShowcaseItem::fromJson(const QJsonObject &json, QString *error,
                                                   ArgsCheck check) {
    return itemSchema().fromJson(json, error, check);
}

HEARTH_MUTATION_ARGS_CODEC(ProfileUpdateArgs, updateSchema)

UserProfile ProfileUpdateArgs::appliedTo(UserProfile profile) const {
    profile.displayName = displayName.trimmed();
    profile.bio = bio;
    profile.interests.clear();
    for (const QString &tag : interests)
        profile.interests.append(tag.trimmed());
    profile.links = {};
    for (const ProfileLink &link : links)
        profile.links.append(link.toJson());
    profile.showcase = {};
    for (const ShowcaseItem &item : showcase)
        profile.showcase.append(item.toJson());
    return profile;
}

} // namespace hearth::protocol
