import QtQuick
import Hearth.Ui

// A small accent pill with a count ("3", "99+"), on a bell or a community.
Rectangle {
    id: badge

    property int count: 0
    property color ring: "transparent"

    visible: count > 0
    implicitWidth: Math.max(implicitHeight, label.implicitWidth + 10)
    implicitHeight: 18
    radius: implicitHeight / 2
    color: Theme.accent
    border.width: ring.a > 0 ? 2 : 0
    border.color: ring

    Text {
        id: label
        anchors.centerIn: parent
        text: badge.count > 99 ? "99+" : badge.count
        color: Theme.textOnAccent
        font.pixelSize: Theme.fontSizeSmall - 1
        font.weight: Font.Bold
    }
}
