import QtQuick
import QtQuick.Controls
import Hearth.Ui

// An on/off switch drawn from the theme: the track and knob stay clearly visible when off, in
// light and dark alike; on is the accent.
Switch {
    id: control

    hoverEnabled: true
    spacing: Theme.spacingS
    font.pixelSize: Theme.fontSizeSmall + 1
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: checked

    indicator: Rectangle {
        implicitWidth: 36
        implicitHeight: 20
        x: control.leftPadding
        y: parent.height / 2 - height / 2
        radius: height / 2
        color: !control.enabled ? Theme.disabledFill
               : control.checked ? Theme.accent : Theme.switchTrackOff
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focusRing

        Rectangle {
            x: control.checked ? parent.width - width - 3 : 3
            anchors.verticalCenter: parent.verticalCenter
            width: 14
            height: 14
            radius: 7
            color: control.enabled ? Theme.switchKnob : Theme.textDisabled

            Behavior on x {
                NumberAnimation { duration: 120 }
            }
        }
    }

    contentItem: Text {
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        font: control.font
        color: control.enabled ? Theme.textSecondary : Theme.textDisabled
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
