import QtQuick
import QtQuick.Controls
import Hearth.Ui

// The one filled, accent-coloured button of a form or composer.
Button {
    id: button

    property bool busy: false

    hoverEnabled: true
    padding: Theme.spacingS
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    implicitHeight: 36
    font.pixelSize: Theme.fontSizeBody
    font.weight: Font.DemiBold

    contentItem: Text {
        text: button.text
        font: button.font
        opacity: button.busy ? 0 : 1
        color: Theme.textOnAccent
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
        color: button.down ? Qt.darker(Theme.accent, 1.12)
               : button.hovered && button.enabled ? Theme.accentHover : Theme.accent
        opacity: button.enabled || button.busy ? 1 : 0.45
        border.width: button.visualFocus ? 2 : 0
        border.color: Qt.lighter(Theme.accent, 1.5)
    }
}
