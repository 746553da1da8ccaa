import QtQuick
import QtQuick.Controls
import Hearth.Ui

// A small text-only action ("Reply", "6 comments") that reads as a link.
AbstractButton {
    id: button

    property color color: Theme.textSecondary

    hoverEnabled: true
    padding: 0
    font.pixelSize: Theme.fontSizeSmall
    font.weight: Font.DemiBold
    Accessible.role: Accessible.Button
    Accessible.name: text

    contentItem: Text {
        text: button.text
        color: button.hovered || button.visualFocus ? Theme.link : button.color
        font.pixelSize: button.font.pixelSize
        font.weight: button.font.weight
        font.underline: button.hovered || button.visualFocus
    }

    HoverHandler {
        cursorShape: Qt.PointingHandCursor
    }
}
