#include "guidelineshistory.h"

#include "wireschema.h"

namespace hearth::protocol {

namespace {

const WireSchema<GuidelinesVersion> &versionSchema() {
    using A = GuidelinesVersion;
    static const WireSchema<A> schema{{
        field::integer("version", &A::version),
        field::text("text", &A::text, RequiredText),
        field::text("digest", &A::digest, RequiredText),
        field::text("authorId", &A::authorId, RequiredText),
        field::text("authorName", &A::authorName, RequiredText),
        field::integer("createdAt", &A::createdAt),
    }};
    return schema;
}

const WireSchema<GuidelinesHistory> &historySchema() {
    static const WireSchema<GuidelinesHistory> schema{
        {field::list("versions", &GuidelinesHistory::versions)}};
    return schema;
}

} // namespace

HEARTH_WIRE_CODEC(GuidelinesVersion, versionSchema)
HEARTH_WIRE_CODEC(GuidelinesHistory, historySchema)

} // namespace hearth::protocol
