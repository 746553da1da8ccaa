#include "organizerrights.h"

namespace hearth::ui {

OrganizerRights::OrganizerRights(QObject *parent)
    : QObject(parent) {}

void OrganizerRights::setRole(const QString &role) {
    if (m_role == role)
        return;
    m_role = role;
    Q_EMIT changed();
}

void OrganizerRights::setState(const QString &state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT changed();
}

int OrganizerRights::rank(const QString &role) {
    if (role == QLatin1StringView("owner"))
        return 3;
    if (role == QLatin1StringView("moderator"))
        return 2;
    if (role == QLatin1StringView("member"))
        return 1;
    return 0;
}

// Policy::isOrganizer: an active owner or moderator.
bool OrganizerRights::isOrganizer() const {
    return m_state == QLatin1StringView("active") && rank(m_role) >= 2;
}

bool OrganizerRights::canChangeRoles() const {
    return m_state == QLatin1StringView("active") && m_role == QLatin1StringView("owner");
}

bool OrganizerRights::canActOn(const QString &targetRole, bool targetIsMe) const {
    return isOrganizer() && !targetIsMe && rank(m_role) > rank(targetRole);
}

bool OrganizerRights::canChangeRoleOf(bool targetIsMe) const {
    return canChangeRoles() && !targetIsMe;
}

} // namespace hearth::ui
