import QtQuick
import QtQuick.Controls
import Hearth.Ui

// One of "Going", "Maybe", "Not going": filled in when it is my answer.
Button {
    id: button

    property bool selected: false
    property color tint: Theme.accent

    hoverEnabled: true
    implicitHeight: 38
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    font.pixelSize: Theme.fontSizeBody
    font.weight: selected ? Font.DemiBold : Font.Medium
    Accessible.checkable: true
    Accessible.checked: selected

    contentItem: Text {
        text: button.text
        font: button.font
        // The dark theme's tints are light: dark text stays readable on them.
        color: button.selected ? (Theme.dark ? Theme.background : Theme.textOnAccent)
                               : button.enabled ? Theme.text : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radiusS + 2
        color: button.selected ? button.tint
               : button.down ? Theme.border
               : button.hovered && button.enabled ? Theme.surfaceAlt : Theme.surface
        opacity: button.enabled ? 1 : 0.55
        border.width: button.visualFocus ? 2 : 1
        // On a filled button the ring takes the text colour, or it would vanish into the fill.
        border.color: button.visualFocus ? (button.selected ? Theme.text : Theme.focusRing)
                      : button.selected ? button.tint : Theme.borderStrong
    }
}
