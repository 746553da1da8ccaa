#pragma once
// alerts.set: a member's own choices of desktop alerts (a level per community, a daily digest),
// kept here so that they follow the member to another machine.

#include "protocol/alertargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::AlertMutations {

// The caller's own settings only. A level names a community the caller belongs to (active or
// waiting); what the args leave out stays as it was, so two machines changing different
// communities at once both keep theirs. The whole settings object goes to the caller alone.
hearth::protocol::MutationResult set(MutationContext &ctx,
                                     const hearth::protocol::AlertsSetArgs &args);

} // namespace hearthd::AlertMutations
