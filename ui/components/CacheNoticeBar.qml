import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// What the member should know about this account's local cache, across the top of the window:
// it was damaged and is being rebuilt (the unsent changes kept), it was written by a newer
// Hearth (then the choice: move it aside and rebuild, or sign out), or the disk is full.
Rectangle {
    id: bar

    property string text
    // The cache stays closed until the member chooses (a cache from a newer Hearth).
    property bool needsDecision: false

    signal rebuildRequested()
    signal signOutRequested()
    signal dismissed()

    visible: text.length > 0
    implicitHeight: visible ? content.implicitHeight + 2 * Theme.spacingM : 0
    color: Theme.warningSoft
    border.color: Theme.warning
    border.width: 1
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingM

        Label {
            objectName: "cacheNoticeText"
            Layout.fillWidth: true
            text: bar.text
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSizeBody
        }

        PrimaryButton {
            objectName: "rebuildCacheButton"
            visible: bar.needsDecision
            text: qsTr("Move aside and rebuild")
            onClicked: bar.rebuildRequested()
        }

        Button {
            objectName: "cacheSignOutButton"
            visible: bar.needsDecision
            text: qsTr("Sign out")
            onClicked: bar.signOutRequested()
        }

        Button {
            objectName: "dismissCacheNoticeButton"
            visible: !bar.needsDecision
            text: qsTr("Dismiss")
            onClicked: bar.dismissed()
        }
    }
}
