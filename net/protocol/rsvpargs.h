#pragma once
// Args of rsvp.set (docs/api.md, Mutations).

#include "argscheck.h"
#include "mutation.h"

namespace hearth::protocol {

struct RsvpSetArgs {
    HEARTH_MUTATION_ARGS(RsvpSetArgs, MutationName::RsvpSet)
    QString eventId;
    QString status; // RsvpStatus::answers(); the server may store "going" as waitlisted
};

} // namespace hearth::protocol
