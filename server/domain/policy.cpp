#include "policy.h"

namespace hearthd {

bool Policy::isActive(const std::optional<hearth::protocol::Membership> &m) {
    return m && m->state == QLatin1StringView("active");
}

Policy::Action Policy::deletion(const QString &authorId, const QString &actorId) {
    return authorId == actorId ? Action::DeleteOwn : Action::DeleteAny;
}

bool Policy::isOrganizer(const std::optional<hearth::protocol::Membership> &m) {
    return isActive(m) &&
           (m->role == QLatin1StringView("owner") || m->role == QLatin1StringView("moderator"));
}

std::optional<DomainError> Policy::check(Action action,
                                         const std::optional<hearth::protocol::Membership> &m) {
    if (action == Action::Leave) {
        if (!m || m->state == QLatin1StringView("banned"))
            return DomainError::notFound(QStringLiteral("you are not a member of this community"));
        return std::nullopt;
    }
    if (!isActive(m)) {
        if (m && m->state == QLatin1StringView("banned"))
            return DomainError::forbidden(QStringLiteral("you are banned from this community"));
        if (m && m->state == QLatin1StringView("pending"))
            return DomainError::forbidden(
                QStringLiteral("your request to join is waiting for an organizer"));
        return DomainError::forbidden(QStringLiteral("only members can do this; join first"));
    }
    switch (action) {
    case Action::CreatePost:
    case Action::Comment:
    case Action::EditOwn:
    case Action::DeleteOwn:
    case Action::React:
    case Action::Rsvp:
    case Action::Report:
    case Action::AcceptGuidelines:
        return std::nullopt;
    case Action::ManageOwnerSettings:
        if (m->role == QLatin1StringView("owner"))
            return std::nullopt;
        return DomainError::forbidden(
            QStringLiteral("only owners can change the visibility and the member cap"));
    case Action::ChangeRole:
        if (m->role == QLatin1StringView("owner"))
            return std::nullopt;
        return DomainError::forbidden(QStringLiteral("only owners can change roles"));
    case Action::CreateAnnouncement:
    case Action::CommentOnLocked:
    case Action::DeleteAny:
    case Action::Pin:
    case Action::Moderate:
    case Action::ManageEvents:
    case Action::ManageInvites:
    case Action::ResolveReports:
    case Action::ViewEngagement:
    case Action::ManageSettings:
        if (isOrganizer(m))
            return std::nullopt;
        return DomainError::forbidden(QStringLiteral("only owners and moderators can do this"));
    case Action::Leave:
        break;
    }
    return std::nullopt;
}

} // namespace hearthd
