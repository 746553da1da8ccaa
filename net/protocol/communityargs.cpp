#include "communityargs.h"

#include "wireschema.h"

#include <QRegularExpression>

namespace hearth::protocol {

bool isWellFormedSlug(const QString &slug) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"));
    return pattern.match(slug).hasMatch();
}

namespace {

QString slugIsWellFormed(const CommunityCreateArgs &a) {
    if (isWellFormedSlug(a.slug))
        return {};
    return QStringLiteral("field 'slug' may hold only a-z, 0-9 and inner hyphens");
}

const WireSchema<CommunityCreateArgs> &createSchema() {
    using A = CommunityCreateArgs;
    static const WireSchema<A> schema{
        {
            field::uuid("id", &A::id),
            field::text("slug", &A::slug, {Limits::SlugMax, Limits::SlugMin, Presence::Required}),
            field::text("name", &A::name, {Limits::CommunityNameMax, 1, Presence::Required}),
            field::text("tagline", &A::tagline, {Limits::TaglineMax}),
            field::text("description", &A::description, {Limits::DescriptionMax}),
            field::text("guidelines", &A::guidelines, {Limits::GuidelinesMax}),
            field::choice("visibility", &A::visibility, Visibility::all()),
            field::integer("memberCap", &A::memberCap,
                           {Limits::MemberCapMin, Limits::MemberCapMax}),
            field::strings("topics", &A::topics, {Limits::TopicsMax, Limits::TopicMax}),
            field::text("welcome", &A::welcome, {Limits::WelcomeMax}),
        },
        slugIsWellFormed};
    return schema;
}

QString changesSomething(const CommunityUpdateArgs &a) {
    if (a.name || a.tagline || a.description || a.topics || a.visibility || a.memberCap ||
        a.welcome || a.guidelines)
        return {};
    return QStringLiteral("an update needs at least one of 'name', 'tagline', 'description', "
                          "'topics', 'visibility', 'memberCap', 'welcome', 'guidelines'");
}

const WireSchema<CommunityUpdateArgs> &updateSchema() {
    using A = CommunityUpdateArgs;
    static const WireSchema<A> schema{
        {
            field::uuid("id", &A::id),
            field::integer("version", &A::version, {1, Limits::VersionMax}, Presence::Required),
            field::text("name", &A::name, {Limits::CommunityNameMax, 1}),
            field::text("tagline", &A::tagline, {Limits::TaglineMax}),
            field::text("description", &A::description, {Limits::DescriptionMax}),
            field::strings("topics", &A::topics, {Limits::TopicsMax, Limits::TopicMax}),
            field::choice("visibility", &A::visibility, Visibility::all()),
            field::integer("memberCap", &A::memberCap,
                           {Limits::MemberCapMin, Limits::MemberCapMax}),
            field::text("welcome", &A::welcome, {Limits::WelcomeMax}),
            field::text("guidelines", &A::guidelines, {Limits::GuidelinesMax}),
            field::flag("requireReacceptance", &A::requireReacceptance),
        },
        changesSomething};
    return schema;
}

const WireSchema<MembershipAcceptGuidelinesArgs> &acceptSchema() {
    using A = MembershipAcceptGuidelinesArgs;
    static const WireSchema<A> schema{{
        field::uuid("communityId", &A::communityId),
        field::text("digest", &A::digest, {64, 1, Presence::Required}),
    }};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(CommunityCreateArgs, createSchema)
HEARTH_MUTATION_ARGS_CODEC(CommunityUpdateArgs, updateSchema)
HEARTH_MUTATION_ARGS_CODEC(MembershipAcceptGuidelinesArgs, acceptSchema)

} // namespace hearth::protocol
