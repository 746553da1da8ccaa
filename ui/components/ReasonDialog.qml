import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// A decision that cannot be undone from here, asked once more with a reason that goes with it to
// hearthd: an organizer's remove, ban or deny (optional; into the audit log), a member's report
// of a post or comment (required; for the organizers). Escape or Cancel changes nothing and
// keeps what was typed for the next time it opens on the same subject.
Dialog {
    id: dialog

    property string message
    property string confirmText: qsTr("OK")
    // Whether the decision carries a reason at all (deny does not).
    property bool asksReason: true
    property string reasonLabel: qsTr("Reason (optional)")
    property string reasonPlaceholder: qsTr("Said in the audit log, for the other organizers")
    // A report needs its reason: Confirm waits for one.
    property bool reasonRequired: false
    property bool destructive: true
    readonly property alias reason: reasonField.text
    readonly property alias reasonField: reasonField
    property int maxLength: WireConstants.reasonMaxLength
    readonly property bool tooLong: reasonField.text.length > maxLength
    readonly property bool missing: asksReason && reasonRequired && reasonField.text.trim().length === 0
    // Who and what it is about, for the caller (e.g. {userId, action}).
    property var subject: ({})

    signal confirmed(string reason)

    // Opens for `subject`; the reason is cleared only when the subject changes.
    function ask(newSubject: var) {
        if (JSON.stringify(newSubject) !== JSON.stringify(subject))
            reasonField.clear();
        subject = newSubject;
        open();
    }

    function confirm() {
        if (tooLong || missing)
            return;
        close();
        confirmed(asksReason ? reasonField.text.trim() : "");
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(480, (parent ? parent.width : 480) - 2 * Theme.spacingXl)
    modal: true
    focus: true
    padding: Theme.spacingXl
    topPadding: Theme.spacingL
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onAboutToShow: {
        if (asksReason)
            reasonField.forceActiveFocus(Qt.TabFocusReason);
        else
            confirmButton.forceActiveFocus(Qt.TabFocusReason);
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

    // A child rather than contentItem: an id inside a deferred contentItem is not allowed.
    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingM

        Text {
            objectName: "dialogMessage"
            Layout.fillWidth: true
            text: dialog.message
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
            lineHeight: 1.15
        }

        Text {
            visible: dialog.asksReason
            text: dialog.reasonLabel
            color: Theme.text
            font.pixelSize: Theme.fontSizeSmall + 1
            font.weight: Font.DemiBold
        }

        TextArea {
            id: reasonField
            objectName: "reasonField"
            visible: dialog.asksReason
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(72, implicitHeight)
            wrapMode: TextEdit.Wrap
            color: Theme.text
            placeholderText: dialog.reasonPlaceholder
            placeholderTextColor: Theme.textMuted
            font.pixelSize: Theme.fontSizeBody
            selectByMouse: true
            Accessible.role: Accessible.EditableText
            Accessible.name: dialog.reasonLabel
            Accessible.description: qsTr("Ctrl+Enter confirms")
            // Tab leaves the field (a reason is one paragraph).
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: confirmButton
            Keys.onPressed: event => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                        && (event.modifiers & Qt.ControlModifier)) {
                    dialog.confirm();
                    event.accepted = true;
                }
            }
            background: Rectangle {
                radius: Theme.radiusS + 2
                color: Theme.background
                border.width: reasonField.activeFocus ? 2 : 1
                border.color: dialog.tooLong ? Theme.danger
                              : reasonField.activeFocus ? Theme.focusRing : Theme.borderStrong
            }
        }

        Text {
            objectName: "reasonCount"
            visible: dialog.asksReason
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: dialog.tooLong
                  ? qsTr("%1 characters too long (at most %2)").arg(reasonField.text.length - dialog.maxLength).arg(dialog.maxLength)
                  : qsTr("%1 / %2").arg(reasonField.text.length).arg(dialog.maxLength)
            color: dialog.tooLong ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
        }
    }

    footer: Flow {
        leftPadding: Theme.spacingXl
        rightPadding: Theme.spacingXl
        bottomPadding: Theme.spacingXl
        spacing: Theme.spacingS
        layoutDirection: Qt.RightToLeft

        PrimaryButton {
            id: confirmButton
            objectName: "confirmButton"
            text: dialog.confirmText
            destructive: dialog.destructive
            enabled: !dialog.tooLong && !dialog.missing
            onClicked: dialog.confirm()
        }

        SecondaryButton {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
