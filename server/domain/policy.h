#pragma once
// Who may do what inside a community, decided in one place from the actor's membership (role and
// state). Every mutation asks here before it writes; tests check it as a matrix.

#include "protocol/entities.h"
#include "server/domain/domainerror.h"

#include <optional>

namespace hearthd {

class Policy {
public:
    enum class Action {
        CreatePost,         // any kind but announcement
        CreateAnnouncement, // organizers only
        Comment,
        CommentOnLocked, // organizers only
        EditOwn,         // the author, while still an active member
        DeleteOwn,
        DeleteAny,  // organizers: moderation removal
        Pin,        // and lock
        Moderate,   // approve/deny join requests, remove, ban, unban: organizers
        ChangeRole, // owners only
        Leave,
        React,               // reaction.set / reaction.clear: active members
        Rsvp,                // active members
        ManageEvents,        // event.create / edit / cancel: organizers
        ManageInvites,       // invite.create / revoke: organizers
        Report,              // report.create: active members
        ResolveReports,      // report.resolve: organizers
        ViewEngagement,      // GET /v1/communities/{id}/engagement: organizers
        ManageSettings,      // community.update, GET /v1/communities/{id}/guidelines: organizers
        ManageOwnerSettings, // community.update of visibility and memberCap: owners only
        AcceptGuidelines,    // membership.acceptGuidelines: active members
    };

    // nullopt when allowed; otherwise the error to answer with (forbidden, or not_found when the
    // actor may not even know the community's content exists).
    static std::optional<DomainError> check(Action action,
                                            const std::optional<hearth::protocol::Membership> &m);

    // What deleting a post or comment by `authorId` is for `actorId`: DeleteOwn for its author,
    // DeleteAny (an organizer's moderation removal, audited) for anyone else.
    static Action deletion(const QString &authorId, const QString &actorId);

    static bool isOrganizer(const std::optional<hearth::protocol::Membership> &m);
    static bool isActive(const std::optional<hearth::protocol::Membership> &m);
};

} // namespace hearthd
