import QtQuick
import QtQuick.Controls
import Hearth.Ui

// The one filled, accent-coloured button of a form or composer. Disabled, it turns flat grey in
// both themes, so it never looks ready when it is not.
Button {
    id: button

    property bool busy: false
    // Danger-coloured, for the confirming button of a destructive dialog.
    property bool destructive: false

    readonly property color fill: destructive ? Theme.danger : Theme.accent

    hoverEnabled: true
    padding: Theme.spacingS
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    implicitHeight: 36
    font.pixelSize: Theme.fontSizeBody
    font.weight: Font.DemiBold
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Text {
        text: button.text
        font: button.font
        opacity: button.busy ? 0 : 1
        color: button.enabled || button.busy ? Theme.textOnAccent : Theme.textDisabled
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    BusyIndicator {
        anchors.centerIn: parent
        visible: button.busy
        running: button.busy
        implicitWidth: 22
        implicitHeight: 22
    }

    background: Rectangle {
        radius: Theme.radiusS + 2
        color: !button.enabled && !button.busy ? Theme.disabledFill
               : button.down ? Qt.darker(button.fill, 1.12)
               : button.hovered ? (button.destructive ? Qt.lighter(button.fill, 1.08) : Theme.accentHover)
               : button.fill

        FocusFrame {
            shown: button.visualFocus
        }
    }
}
