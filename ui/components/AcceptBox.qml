import QtQuick
import QtQuick.Controls
import Hearth.Ui

// A check box drawn from the theme (clear when unticked in light and dark, the accent when
// ticked), for a promise the member makes: "I accept the guidelines".
CheckBox {
    id: control

    hoverEnabled: true
    spacing: Theme.spacingS
    font.pixelSize: Theme.fontSizeBody
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: checked

    Keys.onReturnPressed: toggle()
    Keys.onEnterPressed: toggle()

    indicator: Rectangle {
        implicitWidth: 20
        implicitHeight: 20
        x: control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: Theme.radiusS
        color: control.checked ? Theme.accent : Theme.surface
        border.width: control.visualFocus ? 2 : 1
        border.color: control.visualFocus ? Theme.focusRing
                      : control.checked ? Theme.accent : Theme.borderStrong

        Icon {
            anchors.centerIn: parent
            visible: control.checked
            name: "check"
            size: 14
            lineWidth: 2.5
            color: Theme.textOnAccent
        }
    }

    contentItem: Text {
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        wrapMode: Text.Wrap
        color: Theme.text
        font: control.font
        verticalAlignment: Text.AlignVCenter
    }
}
