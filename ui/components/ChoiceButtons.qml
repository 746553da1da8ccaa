pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// A row of mutually exclusive choices (a segmented control): theme, text size. Arrow keys move
// between the choices; the chosen one is filled.
RowLayout {
    id: choices

    // [{value, label}]
    property var options: []
    property var value
    property string accessibleName

    signal chosen(var value)

    spacing: 0
    Accessible.role: Accessible.Grouping
    Accessible.name: accessibleName

    Repeater {
        id: repeater
        model: choices.options

        delegate: AbstractButton {
            id: choice

            required property var modelData
            required property int index
            readonly property bool selected: choices.value === modelData.value

            objectName: "choice_" + String(modelData.value)
            checkable: true
            checked: selected
            hoverEnabled: true
            text: modelData.label
            padding: Theme.spacingS
            leftPadding: Theme.spacingL
            rightPadding: Theme.spacingL
            Accessible.role: Accessible.RadioButton
            Accessible.name: text
            Accessible.checked: selected
            onClicked: choices.chosen(modelData.value)
            Keys.onLeftPressed: choices.step(index, -1)
            Keys.onRightPressed: choices.step(index, 1)

            background: Rectangle {
                implicitHeight: 34
                radius: Theme.radiusS
                color: choice.selected ? Theme.accentSoft : choice.hovered ? Theme.surfaceAlt : Theme.surface
                border.width: choice.visualFocus ? 2 : 1
                border.color: choice.visualFocus ? Theme.focusRing : choice.selected ? Theme.accent : Theme.border
            }

            contentItem: Text {
                text: choice.text
                color: choice.selected ? Theme.accent : Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
                font.weight: choice.selected ? Font.DemiBold : Font.Normal
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }

    function step(from: int, by: int) {
        const to = from + by;
        if (to < 0 || to >= options.length)
            return;
        chosen(options[to].value);
        const item = repeater.itemAt(to);
        if (item)
            item.forceActiveFocus(Qt.TabFocusReason);
    }
}
