import QtQuick
import QtQuick.Controls
import Hearth.Ui

// A quiet button (Cancel, Retry, Discard, Try now): text on no fill, a light fill on hover. The
// disabled state is greyed out in both themes. `destructive` colours it for actions that lose
// something.
Button {
    id: button

    property bool destructive: false
    property bool compact: false

    hoverEnabled: true
    flat: true
    padding: compact ? Theme.spacingXs : Theme.spacingS
    leftPadding: compact ? Theme.spacingS : Theme.spacingM
    rightPadding: compact ? Theme.spacingS : Theme.spacingM
    implicitHeight: compact ? 28 : 36
    font.pixelSize: compact ? Theme.fontSizeSmall : Theme.fontSizeBody
    font.weight: Font.DemiBold
    Accessible.role: Accessible.Button
    Accessible.name: text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Text {
        text: button.text
        font: button.font
        color: !button.enabled ? Theme.textDisabled
               : button.destructive ? Theme.danger
               : button.hovered || button.visualFocus ? Theme.text : Theme.textSecondary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radiusS + 2
        color: button.down ? Theme.border
               : button.hovered && button.enabled ? Theme.surfaceAlt : "transparent"
        border.width: button.visualFocus ? 2 : (button.flat ? 0 : 1)
        border.color: button.visualFocus ? Theme.focusRing : Theme.border
    }
}
