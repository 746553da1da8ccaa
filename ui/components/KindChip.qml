import QtQuick
import Hearth.Ui

// The small label that says what kind of post this is (question, showcase, ...).
Rectangle {
    id: chip

    property string kind: "discussion"

    implicitWidth: label.implicitWidth + 2 * Theme.spacingS
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: Theme.kindBackground(kind)

    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Text {
        id: label
        anchors.centerIn: parent
        text: Theme.kindLabel(chip.kind)
        color: Theme.kindColor(chip.kind)
        font.pixelSize: Theme.fontSizeSmall - 1
        font.weight: Font.DemiBold
        font.letterSpacing: 0.2
    }
}
