import QtQuick
import QtQuick.Controls
import Hearth.Ui

// A small text-only action ("Reply", "6 comments") that reads as a link. Enter, Return and Space
// activate it from the keyboard.
AbstractButton {
    id: button

    property color color: Theme.textSecondary

    hoverEnabled: true
    padding: 0
    font.pixelSize: Theme.fontSizeSmall
    font.weight: Font.DemiBold
    Accessible.role: Accessible.Button
    Accessible.name: text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Text {
        text: button.text
        color: !button.enabled ? Theme.textDisabled
               : button.hovered || button.visualFocus ? Theme.link : button.color
        font.pixelSize: button.font.pixelSize
        font.weight: button.font.weight
        font.underline: button.hovered || button.visualFocus
    }

    FocusFrame {
        shown: button.visualFocus
        inset: -4
    }

    HoverHandler {
        cursorShape: Qt.PointingHandCursor
    }
}
