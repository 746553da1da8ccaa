#pragma once
// What only organizers see (join requests, invites, reports) is logged for the organizers of the
// moment. Someone promoted later receives the community's current ones as rows addressed to
// them alone, served while they stay an organizer (the community's own rows reach them only from
// their promotion on: memberships.organizer_since); someone stepping down is told to drop them.

#include <QString>

namespace hearthd {

struct MutationContext;

namespace OrganizerWindow {

void open(MutationContext &ctx, const QString &communityId, const QString &userId);
void close(MutationContext &ctx, const QString &communityId, const QString &userId);

} // namespace OrganizerWindow
} // namespace hearthd
