import QtQuick
import Hearth.Ui

// The small capitalised heading over a group on a page ("SHOWCASE", "THIS WEEK").
Text {
    color: Theme.textMuted
    font.pixelSize: Theme.fontSizeSmall - 1
    font.weight: Font.DemiBold
    font.letterSpacing: 0.8
    font.capitalization: Font.AllUppercase
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
