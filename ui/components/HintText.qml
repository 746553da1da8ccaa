import QtQuick
import QtQuick.Controls
import Hearth.Ui

// A short muted label that explains itself in a tool tip on hover.
Text {
    id: label

    property string hint

    color: Theme.textMuted
    font.pixelSize: Theme.fontSizeSmall - 1
    Accessible.role: Accessible.StaticText
    Accessible.name: hint.length > 0 ? text + ": " + hint : text
    ToolTip.visible: hover.hovered && hint.length > 0
    ToolTip.text: hint
    ToolTip.delay: 500

    HoverHandler {
        id: hover
    }
}
