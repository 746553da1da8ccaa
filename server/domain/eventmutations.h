#pragma once
// event.create, event.edit and event.cancel: organizers schedule workshops, meetups and online
// sessions. Each writes an audit entry; members see the event (with its going and waitlist
// counts) in sync.

#include "server/domain/mutationcontext.h"

namespace hearthd::EventMutations {

// args: id, communityId, title, description?, startsAt, endsAt, place?, link? (at least one of
// the two), capacity? (0 = no limit).
hearth::protocol::MutationResult create(MutationContext &ctx, const QJsonObject &args);
// args: id and at least one of the fields of create but communityId. Raising the capacity
// promotes waitlisted members into the new seats; lowering it keeps the seats already taken.
hearth::protocol::MutationResult edit(MutationContext &ctx, const QJsonObject &args);
// args: id, reason?. A cancelled event stays visible, marked cancelled; RSVPs are closed.
hearth::protocol::MutationResult cancel(MutationContext &ctx, const QJsonObject &args);

} // namespace hearthd::EventMutations
