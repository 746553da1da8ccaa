import QtQuick
import QtQuick.Layouts
import Hearth.Ui

// A calendar leaf: the month over the day of the month, as an event's marker in a list.
Rectangle {
    id: tile

    property date when
    property bool muted: false

    implicitWidth: 52
    implicitHeight: 56
    radius: Theme.radiusM
    color: muted ? Theme.surfaceAlt : Theme.accentSoft
    border.width: 1
    border.color: muted ? Theme.border : "transparent"
    Accessible.ignored: true

    ColumnLayout {
        anchors.centerIn: parent
        spacing: -2

        Text {
            Layout.alignment: Qt.AlignHCenter
            text: EventTime.monthShort(tile.when)
            color: tile.muted ? Theme.textMuted : Theme.accent
            font.pixelSize: Theme.fontSizeSmall - 1
            font.weight: Font.Bold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 0.6
        }

        Text {
            Layout.alignment: Qt.AlignHCenter
            text: tile.when.getDate()
            color: tile.muted ? Theme.textSecondary : Theme.text
            font.pixelSize: Theme.fontSizeTitle + 2
            font.weight: Font.Bold
        }
    }
}
