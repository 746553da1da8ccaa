import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// A modal question before something that cannot be undone (discard a post, sign out with unsent
// writes, clear the cache). When the member is about to lose text, "Copy text" puts it on the
// clipboard first. Escape or Cancel changes nothing.
Dialog {
    id: dialog

    property string message
    property string confirmText: qsTr("OK")
    property bool destructive: false
    // Text the member may want to keep; shows "Copy text" when set.
    property string keepText
    // A second way to confirm (e.g. "Sign out and forget this computer's data"), when set.
    property string alternativeText
    property bool alternativeDestructive: true
    property bool copied: false

    signal confirmed()
    signal alternativeChosen()

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(460, (parent ? parent.width : 460) - 2 * Theme.spacingXl)
    modal: true
    focus: true
    padding: Theme.spacingXl
    topPadding: Theme.spacingL
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onAboutToShow: {
        copied = false;
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

    contentItem: ColumnLayout {
        spacing: Theme.spacingM

        Text {
            objectName: "dialogMessage"
            Layout.fillWidth: true
            text: dialog.message
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
            lineHeight: 1.15
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Text {
            objectName: "copiedNote"
            visible: dialog.copied
            text: qsTr("Copied to the clipboard.")
            color: Theme.success
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
            onClicked: {
                dialog.close();
                dialog.confirmed();
            }
        }

        SecondaryButton {
            objectName: "alternativeButton"
            visible: dialog.alternativeText.length > 0
            destructive: dialog.alternativeDestructive
            text: dialog.alternativeText
            onClicked: {
                dialog.close();
                dialog.alternativeChosen();
            }
        }

        SecondaryButton {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }

        SecondaryButton {
            objectName: "copyButton"
            visible: dialog.keepText.length > 0
            text: qsTr("Copy text")
            onClicked: {
                Clipboard.text = dialog.keepText;
                dialog.copied = true;
            }
        }
    }
}
