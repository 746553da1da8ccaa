import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// "Join with an invite": an invite code or a hearth://invite/CODE link (pasted, or handed over
// by the desktop when such a link was opened), and the promise to follow the community's
// guidelines, which an invite-only community shows only to members. The join goes through the
// outbox; the dialog follows it and shows the server's reason when it is refused (the code stays
// for another try). Once in, it closes and `joined` names the community.
Dialog {
    id: dialog

    required property DiscoverModel discover
    readonly property string code: discover ? discover.inviteCodeFrom(codeField.text) : ""
    readonly property bool typed: codeField.text.trim().length > 0
    readonly property string joinState: discover ? discover.inviteJoinState : ""
    readonly property bool joining: joinState === "joining"
    readonly property alias codeField: codeField
    readonly property alias acceptBox: acceptBox
    readonly property alias joinButton: joinButton
    // Offline the join waits in the outbox: the dialog may be closed meanwhile.
    property bool online: true

    signal joined(string communityId)

    function ask(text: string) {
        if (discover)
            discover.clearInviteJoin();
        codeField.text = text;
        acceptBox.checked = false;
        open();
    }

    objectName: "inviteJoinDialog"
    title: qsTr("Join with an invite")
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(500, (parent ? parent.width : 500) - 2 * Theme.spacingXl)
    modal: true
    focus: true
    padding: Theme.spacingXl
    topPadding: Theme.spacingL
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onAboutToShow: {
        if (dialog.code.length > 0)
            acceptBox.forceActiveFocus(Qt.TabFocusReason);
        else
            codeField.forceActiveFocus(Qt.TabFocusReason);
    }
    onClosed: if (discover && joinState !== "joining") discover.clearInviteJoin()

    Connections {
        target: dialog.discover
        // In, and its community is here: open it.
        function onInviteJoinChanged() {
            if (dialog.opened && dialog.joinState === "joined" && dialog.discover.inviteJoinCommunityId.length > 0) {
                const id = dialog.discover.inviteJoinCommunityId;
                dialog.close();
                dialog.joined(id);
            }
        }
    }

    Overlay.modal: Rectangle {
        color: Theme.scrim
    }

    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.width: 1
        border.color: Theme.border
    }

    header: Text {
        objectName: "dialogTitle"
        leftPadding: Theme.spacingXl
        rightPadding: Theme.spacingXl
        topPadding: Theme.spacingXl
        text: dialog.title
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontSizeLarge + 1
        font.weight: Font.Bold
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // (A child rather than contentItem: an id inside a deferred contentItem is not allowed.)
    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.spacingM

        Text {
            Layout.fillWidth: true
            text: qsTr("Paste the code or the hearth://invite link an organizer sent you. An invite lets you into any community, even a hidden one.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }

        TextField {
            id: codeField
            objectName: "inviteCodeField"
            Layout.fillWidth: true
            implicitHeight: 38
            enabled: !dialog.joining
            placeholderText: qsTr("hearth://invite/abcd2345wxyz or the code alone")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            leftPadding: Theme.spacingM
            rightPadding: Theme.spacingM
            font.pixelSize: Theme.fontSizeBody
            selectByMouse: true
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Invite code or link")
            Keys.onReturnPressed: if (joinButton.enabled) joinButton.clicked()
            Keys.onEnterPressed: if (joinButton.enabled) joinButton.clicked()
            background: Rectangle {
                radius: Theme.radiusS + 2
                color: Theme.surface
                border.width: codeField.activeFocus ? 2 : 1
                border.color: dialog.typed && dialog.code.length === 0 ? Theme.danger
                              : codeField.activeFocus ? Theme.focusRing : Theme.borderStrong
            }
        }

        Text {
            objectName: "inviteCodeHint"
            Layout.fillWidth: true
            visible: dialog.typed && dialog.code.length === 0
            text: qsTr("That is not an invite code. A code is letters and digits, like abcd2345wxyz; a link starts with hearth://invite/.")
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontSizeSmall + 1
        }

        AcceptBox {
            id: acceptBox
            objectName: "acceptGuidelines"
            Layout.fillWidth: true
            enabled: !dialog.joining
            text: qsTr("I will read and follow the community's guidelines")
        }

        Text {
            Layout.fillWidth: true
            text: qsTr("You find them under the community's name once you are in, and you can leave at any time.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall + 1
        }

        Text {
            objectName: "inviteJoinStatus"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.joinState === "failed" ? qsTr("Not joined: %1").arg(dialog.discover.inviteJoinError)
                  : dialog.joining ? (dialog.online ? qsTr("Joining…")
                                                    : qsTr("You are offline: Hearth joins as soon as it reaches the server. You can close this."))
                  : dialog.joinState === "joined" ? qsTr("You are in. It appears on the left as soon as it has synced.")
                  : ""
            wrapMode: Text.Wrap
            color: dialog.joinState === "failed" ? Theme.danger : Theme.textSecondary
            font.pixelSize: Theme.fontSizeSmall + 1
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    footer: Flow {
        leftPadding: Theme.spacingXl
        rightPadding: Theme.spacingXl
        bottomPadding: Theme.spacingXl
        spacing: Theme.spacingS
        layoutDirection: Qt.RightToLeft

        PrimaryButton {
            id: joinButton
            objectName: "inviteJoinButton"
            text: dialog.joinState === "failed" ? qsTr("Try again")
                  : dialog.joinState === "joined" ? qsTr("Done") : qsTr("Join")
            busy: dialog.joining && dialog.online
            enabled: dialog.joinState === "joined" || (dialog.code.length > 0 && acceptBox.checked && !dialog.joining)
            onClicked: {
                if (dialog.joinState === "joined")
                    dialog.close();
                else
                    dialog.discover.joinWithInvite(codeField.text, acceptBox.checked);
            }
        }

        SecondaryButton {
            objectName: "cancelButton"
            text: dialog.joining ? qsTr("Close") : qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
