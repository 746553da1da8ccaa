pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// One member in the Manage pane: who they are, their role and state, when they joined and how
// much they posted, and only the decisions my role allows on them (OrganizerRights). Enter
// opens their profile; Tab walks through the offered actions.
ItemDelegate {
    id: row

    required property int index
    required property string userId
    required property string handle
    required property string displayName
    required property string role
    required property string memberState
    required property date joinedAt
    required property bool isMe
    required property int postCount
    required property string decision
    required property string decisionId
    required property bool decisionFailed
    required property string decisionError
    required property OrganizerRights rights

    // A decision is on its way: offering another now would race it.
    readonly property bool deciding: decision.length > 0 && !decisionFailed
    readonly property bool canApprove: memberState === "pending" && rights.canModerate
    readonly property bool canUnban: memberState === "banned" && rights.canModerate
    // Each reads one of the rights' properties first: a call alone would not re-evaluate when my
    // role changes (they all notify through OrganizerRights.changed).
    readonly property bool canRemove: memberState === "active" && rights.canModerate && rights.canActOn(role, isMe)
    readonly property bool canBan: memberState !== "banned" && rights.canModerate && rights.canActOn(role, isMe)
    readonly property bool canChangeRole: memberState === "active" && rights.canChangeRoles && rights.canChangeRoleOf(isMe)

    signal profileRequested(string userId)
    signal approveRequested(string userId)
    signal denyRequested(string userId, string name)
    signal unbanRequested(string userId)
    signal removeRequested(string userId, string name)
    signal banRequested(string userId, string name)
    signal roleMenuRequested(string userId, string role, Item anchor)
    signal dismissRequested(string mutationId)

    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    hoverEnabled: true

    Accessible.role: Accessible.ListItem
    Accessible.name: {
        const parts = [displayName];
        if (role !== "member")
            parts.push(role === "owner" ? qsTr("owner") : qsTr("moderator"));
        if (memberState === "pending")
            parts.push(qsTr("asking to join"));
        else if (memberState === "banned")
            parts.push(qsTr("banned"));
        if (isMe)
            parts.push(qsTr("you"));
        return parts.join(", ");
    }

    onClicked: {
        ListView.view.currentIndex = index;
        profileRequested(userId);
    }
    Keys.onReturnPressed: profileRequested(userId)
    Keys.onEnterPressed: profileRequested(userId)

    background: Rectangle {
        radius: Theme.radiusM
        color: row.highlighted || row.hovered ? Theme.surface : "transparent"
        border.width: row.highlighted ? 2 : row.hovered ? 1 : 0
        border.color: row.highlighted ? Theme.focusRing : Theme.border
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        Avatar {
            Layout.alignment: Qt.AlignTop
            name: row.displayName
            size: 40
            circular: true
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Text {
                    objectName: "memberName"
                    text: row.displayName
                    elide: Text.ElideRight
                    Layout.maximumWidth: 280
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeBody
                    font.weight: Font.DemiBold
                }

                RoleBadge {
                    role: row.role
                }

                Text {
                    objectName: "memberState"
                    visible: row.memberState !== "active"
                    text: row.memberState === "pending" ? qsTr("Asking to join") : qsTr("Banned")
                    color: row.memberState === "banned" ? Theme.danger : Theme.warning
                    font.pixelSize: Theme.fontSizeSmall
                    font.weight: Font.DemiBold
                }

                Text {
                    visible: row.isMe
                    text: qsTr("(you)")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSizeSmall
                }

                Text {
                    Layout.fillWidth: true
                    visible: row.handle.length > 0
                    text: "@" + row.handle
                    elide: Text.ElideRight
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSizeSmall
                }
            }

            Text {
                objectName: "memberFacts"
                Layout.fillWidth: true
                text: {
                    const day = row.joinedAt.getTime() > 0 ? row.joinedAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat) : "";
                    const posts = row.postCount === 1 ? qsTr("1 post") : qsTr("%1 posts").arg(row.postCount);
                    if (row.memberState === "pending")
                        return day.length > 0 ? qsTr("Asked on %1").arg(day) : qsTr("Asking to join");
                    return day.length > 0 ? qsTr("Joined %1 · %2").arg(day).arg(posts) : posts;
                }
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeSmall
            }

            DecisionNote {
                objectName: "decisionNote"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXs
                decision: row.decision
                failed: row.decisionFailed
                error: row.decisionError
                onDismissed: row.dismissRequested(row.decisionId)
            }
        }

        RowLayout {
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacingXs
            enabled: !row.deciding

            PrimaryButton {
                objectName: "approveButton"
                visible: row.canApprove
                text: qsTr("Approve")
                Accessible.name: qsTr("Approve %1").arg(row.displayName)
                onClicked: row.approveRequested(row.userId)
            }
            SecondaryButton {
                objectName: "denyButton"
                visible: row.canApprove
                compact: true
                destructive: true
                text: qsTr("Deny…")
                Accessible.name: qsTr("Deny %1's request").arg(row.displayName)
                onClicked: row.denyRequested(row.userId, row.displayName)
            }
            SecondaryButton {
                objectName: "roleButton"
                visible: row.canChangeRole
                compact: true
                text: qsTr("Role…")
                Accessible.name: qsTr("Change %1's role").arg(row.displayName)
                onClicked: row.roleMenuRequested(row.userId, row.role, row)
            }
            SecondaryButton {
                objectName: "removeButton"
                visible: row.canRemove
                compact: true
                destructive: true
                text: qsTr("Remove…")
                Accessible.name: qsTr("Remove %1").arg(row.displayName)
                onClicked: row.removeRequested(row.userId, row.displayName)
            }
            SecondaryButton {
                objectName: "banButton"
                visible: row.canBan
                compact: true
                destructive: true
                text: qsTr("Ban…")
                Accessible.name: qsTr("Ban %1").arg(row.displayName)
                onClicked: row.banRequested(row.userId, row.displayName)
            }
            SecondaryButton {
                objectName: "unbanButton"
                visible: row.canUnban
                compact: true
                text: qsTr("Unban")
                Accessible.name: qsTr("Unban %1").arg(row.displayName)
                onClicked: row.unbanRequested(row.userId)
            }
        }
    }
}
