#pragma once
// event.create, event.edit and event.cancel: organizers schedule workshops, meetups and online
// sessions. Each writes an audit entry; members see the event (with its going and waitlist
// counts) in sync.

#include "protocol/eventargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::EventMutations {

hearth::protocol::MutationResult create(MutationContext &ctx,
                                        const hearth::protocol::EventCreateArgs &args);
// Raising the capacity promotes waitlisted members into the new seats; lowering it keeps the
// seats already taken. The edited event must still meet protocol::eventProblem.
hearth::protocol::MutationResult edit(MutationContext &ctx,
                                      const hearth::protocol::EventEditArgs &args);
// A cancelled event stays visible, marked cancelled; RSVPs are closed.
hearth::protocol::MutationResult cancel(MutationContext &ctx,
                                        const hearth::protocol::EventCancelArgs &args);

} // namespace hearthd::EventMutations
