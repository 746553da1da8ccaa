import QtQuick
import QtQuick.Layouts
import Hearth.Ui

// A line of explanation under a setting.
Text {
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    color: Theme.textMuted
    font.pixelSize: Theme.fontSizeSmall + 1
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
