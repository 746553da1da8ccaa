import QtQuick
import Hearth.Ui

// A quiet rounded label: an interest on a profile, a topic.
Rectangle {
    id: chip

    property string text

    implicitWidth: label.implicitWidth + 2 * Theme.spacingM
    implicitHeight: label.implicitHeight + Theme.spacingXs * 2 + 2
    radius: height / 2
    color: Theme.surfaceAlt
    border.width: 1
    border.color: Theme.border

    Accessible.role: Accessible.StaticText
    Accessible.name: chip.text

    Text {
        id: label
        anchors.centerIn: parent
        text: chip.text
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSizeSmall + 1
    }
}
