import QtQuick
import Hearth.Ui

// "Owner" / "Moderator" next to a member's name; nothing for plain members.
Rectangle {
    id: badge

    property string role

    readonly property bool shown: role === "owner" || role === "moderator"

    visible: shown
    implicitWidth: shown ? label.implicitWidth + 2 * Theme.spacingS : 0
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: role === "owner" ? Theme.accentSoft : Theme.surfaceAlt
    border.width: role === "owner" ? 0 : 1
    border.color: Theme.border

    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Text {
        id: label
        anchors.centerIn: parent
        text: badge.role === "owner" ? qsTr("Owner") : qsTr("Moderator")
        color: badge.role === "owner" ? Theme.accent : Theme.textSecondary
        font.pixelSize: Theme.fontSizeSmall - 1
        font.weight: Font.DemiBold
    }
}
