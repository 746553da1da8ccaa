#pragma once
// rsvp.set: a member answers an event (going, maybe, not going). Past the capacity "going"
// joins a waitlist in arrival order; when a going seat frees, the first waitlisted member is
// promoted. Last writer wins per member x event.

#include "protocol/rsvpargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::RsvpMutations {

// Active members; not on a cancelled event.
// Result {eventId, status} where status is the one stored: going, waitlisted, maybe, not_going.
hearth::protocol::MutationResult set(MutationContext &ctx,
                                     const hearth::protocol::RsvpSetArgs &args);

// Moves waitlisted members to going while the event has free seats, in arrival order, and
// logs each promoted RSVP. Returns how many were promoted. The caller logs the event.
int fillSeats(MutationContext &ctx, const QString &eventId);

// A member who lost access (left, removed, banned) gives up their seats and waitlist places on
// the community's open events; freed seats go to the next in line.
void withdraw(MutationContext &ctx, const QString &communityId, const QString &userId);

} // namespace hearthd::RsvpMutations
