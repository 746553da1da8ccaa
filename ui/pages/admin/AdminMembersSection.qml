pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The Manage pane's Members section: everyone in the community with search and filters by role
// and state, when they joined and how much they posted, and what my role lets me do to each
// (change a role, remove, ban, unban, approve a request). Destructive decisions are confirmed;
// each goes through the outbox and shows as waiting, then disappears once hearthd applied it,
// or stays with the server's reason when it refused.
FocusScope {
    id: section

    property CacheStore store
    property string communityId
    property string communityName
    required property OrganizerRights rights

    readonly property alias members: members
    readonly property alias list: memberList
    readonly property alias searchField: searchField
    readonly property alias reasonDialog: reasonDialog
    readonly property alias roleMenu: roleMenu
    readonly property bool dialogOpen: reasonDialog.opened || roleMenu.opened

    signal profileRequested(string userId)

    function focusFirst() {
        searchField.forceActiveFocus();
    }

    // Asks, then queues, with a reason: for the other organizers, or for the applicant of a
    // denied request.
    function ask(action: string, userId: string, name: string) {
        reasonDialog.reasonLabel = action === "deny" ? qsTr("Tell them why (optional)") : qsTr("Reason (optional)");
        reasonDialog.reasonPlaceholder = action === "deny" ? qsTr("They see this with the answer")
                                                           : qsTr("Said in the audit log, for the other organizers");
        switch (action) {
        case "ban":
            reasonDialog.title = qsTr("Ban %1?").arg(name);
            reasonDialog.message = qsTr("%1 leaves %2 and cannot join again until an organizer unbans them. Their posts stay.").arg(name).arg(section.communityName);
            reasonDialog.confirmText = qsTr("Ban");
            break;
        case "deny":
            reasonDialog.title = qsTr("Deny %1's request?").arg(name);
            reasonDialog.message = qsTr("%1 is not let into %2. They may ask again later.").arg(name).arg(section.communityName);
            reasonDialog.confirmText = qsTr("Deny");
            break;
        default:
            reasonDialog.title = qsTr("Remove %1?").arg(name);
            reasonDialog.message = qsTr("%1 leaves %2 and loses what is saved of it on their computer. They may ask to join again.").arg(name).arg(section.communityName);
            reasonDialog.confirmText = qsTr("Remove");
            break;
        }
        reasonDialog.ask({ action: action, userId: userId });
    }

    function openRoleMenu(userId: string, role: string, anchor: Item) {
        roleMenu.userId = userId;
        roleMenu.role = role;
        roleMenu.popup(anchor, anchor.width - roleMenu.implicitWidth - Theme.spacingM, anchor.height);
    }

    onCommunityIdChanged: {
        searchField.clear();
        members.roleFilter = "";
        members.stateFilter = "";
    }

    MembersModel {
        id: members
        store: section.store
        communityId: section.communityId
        includeInactive: true
        search: searchField.text
    }

    ReasonDialog {
        id: reasonDialog
        objectName: "memberReasonDialog"
        onConfirmed: reason => {
            if (subject.action === "ban")
                members.ban(subject.userId, reason);
            else if (subject.action === "deny")
                members.deny(subject.userId, reason);
            else
                members.remove(subject.userId, reason);
        }
    }

    Menu {
        id: roleMenu
        objectName: "roleMenu"

        property string userId
        property string role

        MenuItem {
            objectName: "makeOwner"
            text: qsTr("Make owner")
            enabled: roleMenu.role !== "owner"
            onTriggered: members.setRole(roleMenu.userId, "owner")
        }
        MenuItem {
            objectName: "makeModerator"
            text: qsTr("Make moderator")
            enabled: roleMenu.role !== "moderator"
            onTriggered: members.setRole(roleMenu.userId, "moderator")
        }
        MenuItem {
            objectName: "makeMember"
            text: qsTr("Make member")
            enabled: roleMenu.role !== "member"
            onTriggered: members.setRole(roleMenu.userId, "member")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        TextField {
            id: searchField
            objectName: "adminMemberSearch"
            Layout.fillWidth: true
            implicitHeight: 38
            focus: true
            placeholderText: qsTr("Find a member by name or handle")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            leftPadding: Theme.spacingM
            rightPadding: Theme.spacingM
            font.pixelSize: Theme.fontSizeBody
            selectByMouse: true
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Find a member")
            Accessible.description: qsTr("Down moves to the list, Escape clears")
            Keys.onDownPressed: {
                if (memberList.count > 0) {
                    memberList.currentIndex = 0;
                    memberList.forceActiveFocus();
                }
            }
            Keys.onEscapePressed: event => {
                if (text.length > 0)
                    clear();
                else
                    event.accepted = false;
            }
            background: Rectangle {
                radius: Theme.radiusS + 2
                color: Theme.surface
                border.width: searchField.activeFocus ? 2 : 1
                border.color: searchField.activeFocus ? Theme.focusRing : Theme.borderStrong
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            SegmentedControl {
                objectName: "stateFilter"
                accessibleName: qsTr("Show members by state")
                value: members.stateFilter
                options: [
                    { value: "", label: qsTr("Everyone") },
                    { value: "active", label: qsTr("Active") },
                    { value: "pending", label: qsTr("Asking to join") },
                    { value: "banned", label: qsTr("Banned") }
                ]
                onActivated: value => members.stateFilter = value
            }

            SegmentedControl {
                objectName: "roleFilter"
                accessibleName: qsTr("Show members by role")
                value: members.roleFilter
                options: [
                    { value: "", label: qsTr("Any role") },
                    { value: "owner", label: qsTr("Owners") },
                    { value: "moderator", label: qsTr("Moderators") },
                    { value: "member", label: qsTr("Members") }
                ]
                onActivated: value => members.roleFilter = value
            }
        }

        ListView {
            id: memberList
            objectName: "adminMemberList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: members
            spacing: 2
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            currentIndex: -1
            bottomMargin: Theme.spacingXl

            Accessible.role: Accessible.List
            Accessible.name: qsTr("Members of %1").arg(section.communityName)

            Keys.onUpPressed: event => {
                if (currentIndex <= 0)
                    searchField.forceActiveFocus();
                else
                    event.accepted = false;
            }

            ScrollBar.vertical: ScrollBar {}

            delegate: AdminMemberRow {
                width: ListView.view.width
                rights: section.rights
                focus: ListView.isCurrentItem
                highlighted: ListView.isCurrentItem && ListView.view.activeFocus
                onProfileRequested: userId => section.profileRequested(userId)
                onApproveRequested: userId => members.approve(userId)
                onDenyRequested: (userId, name) => section.ask("deny", userId, name)
                onUnbanRequested: userId => members.unban(userId)
                onRemoveRequested: (userId, name) => section.ask("remove", userId, name)
                onBanRequested: (userId, name) => section.ask("ban", userId, name)
                onRoleMenuRequested: (userId, role, anchor) => section.openRoleMenu(userId, role, anchor)
                onDismissRequested: mutationId => section.store.discardMutation(mutationId)
            }
        }
    }

    EmptyState {
        objectName: "adminMembersEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: memberList.count === 0
        title: searchField.text.trim().length > 0 ? qsTr("Nobody called “%1” here").arg(searchField.text.trim())
               : members.stateFilter === "banned" ? qsTr("Nobody is banned")
               : members.stateFilter === "pending" ? qsTr("Nobody is asking to join")
               : qsTr("No one matches these filters")
        text: searchField.text.trim().length > 0 || members.roleFilter.length > 0 || members.stateFilter.length > 0
              ? qsTr("Try another name, or show everyone.")
              : qsTr("The member list arrives with the community's first sync.")
        actionText: members.roleFilter.length > 0 || members.stateFilter.length > 0 || searchField.text.length > 0
                    ? qsTr("Show everyone") : ""
        onActionTriggered: {
            searchField.clear();
            members.roleFilter = "";
            members.stateFilter = "";
            searchField.forceActiveFocus();
        }
    }
}
