import QtQuick
import QtQuick.Controls
import Hearth.Ui

// One choice of a filter that reads as a tag ("All topics", "routes"): highlighted while it is
// the one in force. Tab reaches it; Space, Enter and Return pick it.
AbstractButton {
    id: chip

    property bool selected: false

    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    padding: 0
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    topPadding: Theme.spacingXs + 1
    bottomPadding: Theme.spacingXs + 1
    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: selected
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: height / 2
        color: chip.selected ? Theme.accentSoft : chip.hovered ? Theme.surfaceAlt : Theme.surface
        border.width: 1
        border.color: chip.selected ? Theme.accent : Theme.border
    }

    contentItem: Text {
        text: chip.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: chip.selected ? Theme.accent : Theme.textSecondary
        font.pixelSize: Theme.fontSizeSmall + 1
        font.weight: chip.selected ? Font.DemiBold : Font.Normal
    }

    FocusFrame {
        shown: chip.visualFocus
        inset: -3
    }

    HoverHandler {
        cursorShape: Qt.PointingHandCursor
    }
}
