#include "reportargs.h"

#include "limits.h"
#include "vocabulary.h"
#include "wireschema.h"

namespace hearth::protocol {

namespace {

const WireSchema<ReportCreateArgs> &createSchema() {
    using A = ReportCreateArgs;
    static const WireSchema<A> schema{{
        field::uuid("id", &A::id),
        field::choice("targetType", &A::targetType, TargetType::all(), Presence::Required),
        field::uuid("targetId", &A::targetId),
        field::text("reason", &A::reason, {Limits::ReportReasonMax, 1, Presence::Required}),
    }};
    return schema;
}

const WireSchema<ReportResolveArgs> &resolveSchema() {
    using A = ReportResolveArgs;
    static const WireSchema<A> schema{{
        field::uuid("id", &A::id),
        field::choice("action", &A::action, ReportAction::all(), Presence::Required),
        field::text("note", &A::note, {Limits::ReportNoteMax}),
    }};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(ReportCreateArgs, createSchema)
HEARTH_MUTATION_ARGS_CODEC(ReportResolveArgs, resolveSchema)

} // namespace hearth::protocol
