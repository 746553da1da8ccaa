import QtQuick
import Hearth.Ui

// The title of a group of settings.
Text {
    color: Theme.text
    font.pixelSize: Theme.fontSizeLarge
    font.weight: Font.DemiBold
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
