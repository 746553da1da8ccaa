import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// Joining a community (or asking to, for a request-only one): its guidelines, and "I accept
// them" to tick before Join is offered. A community without guidelines is joined in one step.
// Escape or Cancel changes nothing.
Dialog {
    id: dialog

    property string communityId
    property string communityName
    property string guidelines // markdown
    // request: organizers decide ("Send request"); public: a member at once ("Join").
    property bool asksToJoin: false
    readonly property bool hasGuidelines: guidelines.trim().length > 0
    readonly property bool canJoin: !hasGuidelines || acceptBox.checked
    readonly property alias acceptBox: acceptBox
    readonly property alias joinButton: joinButton

    // acceptedGuidelines: the member ticked "I accept" (true when there were none to accept).
    signal joinConfirmed(string communityId, bool acceptedGuidelines)

    function ask(id: string, name: string, text: string, request: bool) {
        communityId = id;
        communityName = name;
        guidelines = text;
        asksToJoin = request;
        acceptBox.checked = false;
        open();
    }

    objectName: "joinDialog"
    title: asksToJoin ? qsTr("Ask to join %1").arg(communityName) : qsTr("Join %1").arg(communityName)
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, (parent ? parent.width : 560) - 2 * Theme.spacingXl)
    modal: true
    focus: true
    padding: Theme.spacingXl
    topPadding: Theme.spacingL
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onAboutToShow: {
        if (hasGuidelines)
            acceptBox.forceActiveFocus(Qt.TabFocusReason);
        else
            joinButton.forceActiveFocus(Qt.TabFocusReason);
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
            text: dialog.hasGuidelines
                  ? qsTr("Every member agrees to the community's guidelines. Read them before you join.")
                  : dialog.asksToJoin ? qsTr("An organizer reads your request and decides. You will get a notification either way.")
                                      : qsTr("You become a member at once and can read and post right away.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }

        ScrollView {
            id: guidelinesView
            objectName: "guidelinesView"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(guidelinesText.implicitHeight + 2 * Theme.spacingM, 280)
            visible: dialog.hasGuidelines
            clip: true
            contentWidth: availableWidth
            activeFocusOnTab: true
            Accessible.role: Accessible.Pane
            Accessible.name: qsTr("Guidelines of %1").arg(dialog.communityName)

            background: Rectangle {
                radius: Theme.radiusM
                color: Theme.surfaceAlt
                border.width: guidelinesView.activeFocus ? 2 : 1
                border.color: guidelinesView.activeFocus ? Theme.focusRing : Theme.border
            }

            MarkdownText {
                id: guidelinesText
                objectName: "guidelinesText"
                x: Theme.spacingM
                y: Theme.spacingM
                width: guidelinesView.availableWidth - 2 * Theme.spacingM
                markdown: dialog.guidelines
            }
        }

        AcceptBox {
            id: acceptBox
            objectName: "acceptGuidelines"
            Layout.fillWidth: true
            visible: dialog.hasGuidelines
            text: qsTr("I have read these guidelines and accept them")
        }

        Text {
            Layout.fillWidth: true
            visible: dialog.hasGuidelines && dialog.asksToJoin
            text: qsTr("An organizer reads your request and decides. You will get a notification either way.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall + 1
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
            objectName: "joinConfirmButton"
            text: dialog.asksToJoin ? qsTr("Send request") : qsTr("Join")
            enabled: dialog.canJoin
            Accessible.description: enabled ? "" : qsTr("Tick “I accept” first")
            onClicked: {
                const id = dialog.communityId;
                const accepted = dialog.hasGuidelines && acceptBox.checked;
                dialog.close();
                dialog.joinConfirmed(id, accepted);
            }
        }

        SecondaryButton {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
