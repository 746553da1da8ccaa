#pragma once
// report.create (a member flags a post or comment with a reason) and report.resolve (an
// organizer removes the content or dismisses the report; either way the report is kept, with
// who resolved it, how and when). Reports sync to the community's organizers only.

#include "protocol/reportargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::ReportMutations {

// Active members.
hearth::protocol::MutationResult create(MutationContext &ctx,
                                        const hearth::protocol::ReportCreateArgs &args);
// Organizers; audited. Result {id, status}.
hearth::protocol::MutationResult resolve(MutationContext &ctx,
                                         const hearth::protocol::ReportResolveArgs &args);

// Every report of a community, oldest first (for a newly promoted organizer).
QList<hearth::protocol::Report> ofCommunity(const MutationContext &ctx, const QString &communityId);

} // namespace hearthd::ReportMutations
