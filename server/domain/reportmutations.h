#pragma once
// report.create (a member flags a post or comment with a reason) and report.resolve (an
// organizer removes the content or dismisses the report; either way the report is kept, with
// who resolved it, how and when). Reports sync to the community's organizers only.

#include "server/domain/mutationcontext.h"

namespace hearthd::ReportMutations {

// args: id (UUID), targetType (post | comment), targetId, reason (1-1000). Active members.
hearth::protocol::MutationResult create(MutationContext &ctx, const QJsonObject &args);
// args: id, action (remove | dismiss), note? (<=500). Organizers; audited. Result {id, status}.
hearth::protocol::MutationResult resolve(MutationContext &ctx, const QJsonObject &args);

// Every report of a community, oldest first (for a newly promoted organizer).
QList<hearth::protocol::Report> ofCommunity(const MutationContext &ctx, const QString &communityId);

} // namespace hearthd::ReportMutations
