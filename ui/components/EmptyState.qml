import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// What a list shows when it has nothing to show, is still loading, or failed: a title, a line of
// explanation and, optionally, one action. Centre it where the list would be.
ColumnLayout {
    id: state

    property string title
    property string text
    property string actionText
    property bool busy: false
    property bool error: false

    signal actionTriggered()

    spacing: Theme.spacingS
    Accessible.role: error ? Accessible.AlertMessage : Accessible.StaticText
    Accessible.name: title + (text.length > 0 ? ". " + text : "")

    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        visible: state.busy
        running: state.busy
        implicitWidth: 32
        implicitHeight: 32
    }

    Text {
        objectName: "emptyTitle"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        visible: text.length > 0
        text: state.title
        wrapMode: Text.Wrap
        color: state.error ? Theme.danger : Theme.text
        font.pixelSize: Theme.fontSizeLarge
        font.weight: Font.DemiBold
    }

    Text {
        objectName: "emptyText"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        visible: text.length > 0
        text: state.text
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSizeBody
        lineHeight: 1.15
    }

    SecondaryButton {
        objectName: "emptyAction"
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.spacingXs
        visible: state.actionText.length > 0
        flat: false
        text: state.actionText
        onClicked: state.actionTriggered()
    }
}
