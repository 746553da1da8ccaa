#include "alertargs.h"

#include "vocabulary.h"
#include "wireschema.h"

namespace hearth::protocol {

namespace {

QString levelWithCommunity(const AlertsSetArgs &a) {
    if (a.level.has_value() != !a.communityId.isEmpty())
        return QStringLiteral("give fields 'communityId' and 'level' together");
    if (!a.level && !a.digest)
        return QStringLiteral("give 'communityId' and 'level', or 'digest', or both");
    return {};
}

const WireSchema<AlertsSetArgs> &setSchema() {
    using A = AlertsSetArgs;
    static const WireSchema<A> schema{
        {
            field::uuid("communityId", &A::communityId, Presence::Optional),
            field::choice("level", &A::level, AlertLevel::all()),
            field::flag("digest", &A::digest),
        },
        levelWithCommunity};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(AlertsSetArgs, setSchema)

} // namespace hearth::protocol
