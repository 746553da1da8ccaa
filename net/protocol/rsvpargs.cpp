#include "rsvpargs.h"

#include "vocabulary.h"
#include "wireschema.h"

namespace hearth::protocol {

namespace {

const WireSchema<RsvpSetArgs> &setSchema() {
    using A = RsvpSetArgs;
    static const WireSchema<A> schema{{
        field::uuid("eventId", &A::eventId),
        field::choice("status", &A::status, RsvpStatus::answers(), Presence::Required),
    }};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(RsvpSetArgs, setSchema)

} // namespace hearth::protocol
