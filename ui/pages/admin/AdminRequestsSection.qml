pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The Manage pane's Requests section: who is asking to join, oldest first, each with their
// profile (bio, interests), to approve or deny. The member cap is shown with the seats left;
// when none is left, approving waits for a seat (hearthd would refuse it).
FocusScope {
    id: section

    property CacheStore store
    property string communityId
    property string communityName
    required property OrganizerRights rights

    readonly property alias requests: requests
    readonly property alias list: requestList
    readonly property alias denyDialog: denyDialog
    readonly property bool dialogOpen: denyDialog.opened
    readonly property int seatsLeft: Math.max(0, requests.memberCap - requests.seatsTaken)
    readonly property bool full: requests.memberCap > 0 && seatsLeft === 0

    signal profileRequested(string userId)

    function focusFirst() {
        if (requestList.count > 0) {
            requestList.currentIndex = 0;
            requestList.forceActiveFocus();
        } else {
            section.forceActiveFocus();
        }
    }

    MembersModel {
        id: requests
        store: section.store
        communityId: section.communityId
        stateFilter: "pending"
    }

    ReasonDialog {
        id: denyDialog
        objectName: "denyDialog"
        confirmText: qsTr("Deny")
        reasonLabel: qsTr("Tell them why (optional)")
        reasonPlaceholder: qsTr("They see this with the answer")
        onConfirmed: reason => requests.deny(subject.userId, reason.trim())
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        Text {
            objectName: "seatsLine"
            Layout.fillWidth: true
            visible: requests.memberCap > 0
            text: section.full
                  ? qsTr("%1 is full: all %2 seats are taken. Approving waits until someone leaves or an owner raises the cap.").arg(section.communityName).arg(requests.memberCap)
                  : qsTr("%1 of %2 seats taken, %n left.", "", section.seatsLeft).arg(requests.seatsTaken).arg(requests.memberCap)
            wrapMode: Text.Wrap
            color: section.full ? Theme.warning : Theme.textSecondary
            font.pixelSize: Theme.fontSizeSmall + 1
        }

        ListView {
            id: requestList
            objectName: "requestList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: requests
            spacing: Theme.spacingS
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            currentIndex: -1
            bottomMargin: Theme.spacingXl
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Requests to join %1").arg(section.communityName)

            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: card

                required property int index
                required property string userId
                required property string handle
                required property string displayName
                required property string bio
                required property date joinedAt
                required property string decision
                required property string decisionId
                required property bool decisionFailed
                required property string decisionError

                readonly property bool deciding: decision.length > 0 && !decisionFailed

                width: ListView.view.width
                padding: Theme.spacingL
                focus: ListView.isCurrentItem
                highlighted: ListView.isCurrentItem && ListView.view.activeFocus
                hoverEnabled: true
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1 asks to join").arg(displayName)
                onClicked: section.profileRequested(userId)
                Keys.onReturnPressed: section.profileRequested(userId)
                Keys.onEnterPressed: section.profileRequested(userId)

                MemberProfile {
                    id: profile
                    store: section.store
                    userId: card.userId
                }

                background: Rectangle {
                    radius: Theme.radiusM
                    color: Theme.surface
                    border.width: card.highlighted ? 2 : 1
                    border.color: card.highlighted ? Theme.focusRing : Theme.border
                }

                contentItem: ColumnLayout {
                    spacing: Theme.spacingS

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingM

                        Avatar {
                            name: card.displayName
                            size: 44
                            circular: true
                        }

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 1

                            Text {
                                objectName: "applicantName"
                                Layout.fillWidth: true
                                text: card.displayName
                                elide: Text.ElideRight
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeBody + 1
                                font.weight: Font.DemiBold
                            }
                            Text {
                                Layout.fillWidth: true
                                text: {
                                    const who = card.handle.length > 0 ? "@" + card.handle : "";
                                    const when = card.joinedAt.getTime() > 0
                                        ? qsTr("asked on %1").arg(card.joinedAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat)) : "";
                                    return [who, when].filter(part => part.length > 0).join(" · ");
                                }
                                elide: Text.ElideRight
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSizeSmall
                            }
                        }

                        PrimaryButton {
                            objectName: "approveButton"
                            visible: section.rights.canModerate
                            enabled: !card.deciding && !section.full
                            text: qsTr("Approve")
                            Accessible.name: qsTr("Approve %1").arg(card.displayName)
                            onClicked: requests.approve(card.userId)
                        }
                        SecondaryButton {
                            objectName: "denyButton"
                            visible: section.rights.canModerate
                            enabled: !card.deciding
                            destructive: true
                            text: qsTr("Deny…")
                            Accessible.name: qsTr("Deny %1's request").arg(card.displayName)
                            onClicked: {
                                denyDialog.title = qsTr("Deny %1's request?").arg(card.displayName);
                                denyDialog.message = qsTr("%1 is not let into %2. They may ask again later.").arg(card.displayName).arg(section.communityName);
                                denyDialog.ask({ userId: card.userId });
                            }
                        }
                    }

                    Text {
                        objectName: "applicantBio"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: card.bio
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        maximumLineCount: 4
                        elide: Text.ElideRight
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeBody
                    }

                    Flow {
                        Layout.fillWidth: true
                        visible: profile.interests.length > 0
                        spacing: Theme.spacingXs

                        Repeater {
                            model: profile.interests
                            delegate: TagChip {
                                required property string modelData
                                text: modelData
                            }
                        }
                    }

                    DecisionNote {
                        objectName: "decisionNote"
                        Layout.fillWidth: true
                        decision: card.decision
                        failed: card.decisionFailed
                        error: card.decisionError
                        onDismissed: section.store.discardMutation(card.decisionId)
                    }
                }
            }
        }
    }

    EmptyState {
        objectName: "requestsEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: requestList.count === 0
        title: qsTr("Nobody is waiting")
        text: qsTr("When someone asks to join %1, they appear here with their profile.").arg(section.communityName)
    }
}
