import QtQuick
import Hearth.Ui

// A rounded tile with a name's initials on a colour derived from the name.
Rectangle {
    id: avatar

    property string name
    property int size: 36
    property bool circular: false

    implicitWidth: size
    implicitHeight: size
    radius: circular ? size / 2 : Math.round(size * 0.28)
    color: Theme.avatarColor(name)

    Accessible.ignored: true

    Text {
        anchors.centerIn: parent
        text: Theme.initials(avatar.name)
        color: Theme.textOnAccent
        font.pixelSize: Math.round(avatar.size * 0.38)
        font.weight: Font.DemiBold
    }
}
