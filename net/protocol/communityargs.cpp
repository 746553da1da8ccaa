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

} // namespace

HEARTH_MUTATION_ARGS_CODEC(CommunityCreateArgs, createSchema)

} // namespace hearth::protocol
