#pragma once
// What my membership of one community lets me do as an organizer, for the UI to offer only
// that. A UI helper that reads no cache: the caller gives it my role and state (the rail's).
// It mirrors hearthd's Policy (server/domain/policy.*) and the rank rule of its moderation
// mutations (server/domain/moderationmutations.cpp) in one client-side place; hearthd still
// decides, and a refusal (say, after my role changed) comes back through the outbox.
//
//   OrganizerRights { role: rail.currentRole; state: rail.currentMembershipState }
//   visible: rights.canModerate && rights.canActOn(member.role, member.isMe)

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hearth::ui {

class OrganizerRights : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // My role in the community: owner | moderator | member ("" when not a member).
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY changed)
    // My membership's state: active | pending | banned ("" when not a member).
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY changed)
    // An active owner or moderator: the Manage pane is there at all.
    Q_PROPERTY(bool isOrganizer READ isOrganizer NOTIFY changed)
    // Approve and deny join requests, remove, ban and unban (members of a lower rank).
    Q_PROPERTY(bool canModerate READ isOrganizer NOTIFY changed)
    // membership.setRole: owners only.
    Q_PROPERTY(bool canChangeRoles READ canChangeRoles NOTIFY changed)
    Q_PROPERTY(bool canManageInvites READ isOrganizer NOTIFY changed)
    Q_PROPERTY(bool canResolveReports READ isOrganizer NOTIFY changed)
    // post.pin and post.lock.
    Q_PROPERTY(bool canPin READ isOrganizer NOTIFY changed)
    // community.update: name, tagline, description, topics, welcome, guidelines.
    Q_PROPERTY(bool canEditSettings READ isOrganizer NOTIFY changed)
    // community.update of the visibility and the member cap: owners only.
    Q_PROPERTY(bool canEditOwnerSettings READ canChangeRoles NOTIFY changed)

public:
    explicit OrganizerRights(QObject *parent = nullptr);

    QString role() const { return m_role; }
    void setRole(const QString &role);
    QString state() const { return m_state; }
    void setState(const QString &state);

    bool isOrganizer() const;
    bool canChangeRoles() const;

    // Remove or ban someone whose role is `targetRole` ("" for a non-member): only someone of a
    // lower rank, never myself (moderators act on members, owners on moderators and members).
    Q_INVOKABLE bool canActOn(const QString &targetRole, bool targetIsMe) const;
    // Give an active member another role: owners, on anyone but themselves (stepping down
    // oneself is left to another owner, so the last owner cannot orphan the community).
    Q_INVOKABLE bool canChangeRoleOf(bool targetIsMe) const;

    // 3 owner, 2 moderator, 1 member, 0 none: as hearthd ranks them.
    static int rank(const QString &role);

Q_SIGNALS:
    void changed();

private:
    QString m_role;
    QString m_state;
};

} // namespace hearth::ui
