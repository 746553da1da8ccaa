import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// A quiet icon-and-label button for a page header ("Events", "14 members").
AbstractButton {
    id: button

    property string iconName

    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingXs + 2
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingM
    Accessible.role: Accessible.Button

    background: Rectangle {
        radius: Theme.radiusS + 2
        color: button.down ? Theme.border : button.hovered ? Theme.surfaceAlt : "transparent"
        border.width: button.visualFocus ? 2 : 1
        border.color: button.visualFocus ? Theme.focusRing : button.hovered ? Theme.borderStrong : Theme.border
    }

    contentItem: RowLayout {
        spacing: Theme.spacingXs + 2

        Icon {
            visible: button.iconName.length > 0
            name: button.iconName
            size: 15
            color: Theme.textSecondary
        }

        Text {
            text: button.text
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeSmall + 1
            font.weight: Font.Medium
        }
    }
}
