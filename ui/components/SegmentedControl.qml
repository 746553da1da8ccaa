pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Hearth.Ui

// A row of mutually exclusive choices ("Upcoming | Past"). Tab reaches each; Left and Right move
// the choice.
Rectangle {
    id: control

    // [{value: string, label: string}]
    property var options: []
    property string value
    property string accessibleName

    signal activated(string value)

    function buttonAt(index: int): Item {
        return repeater.itemAt(index);
    }

    implicitWidth: row.implicitWidth + 4
    implicitHeight: row.implicitHeight + 4
    radius: Theme.radiusS + 2
    color: Theme.surfaceAlt
    border.width: 1
    border.color: Theme.border

    Accessible.role: Accessible.PageTabList
    Accessible.name: control.accessibleName

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 2

        Repeater {
            id: repeater
            model: control.options

            delegate: AbstractButton {
                id: option

                required property var modelData
                required property int index

                readonly property bool selected: modelData.value === control.value

                objectName: "segment_" + modelData.value
                text: modelData.label
                checkable: false
                hoverEnabled: true
                focusPolicy: Qt.StrongFocus
                padding: Theme.spacingXs + 2
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                Accessible.role: Accessible.PageTab
                Accessible.name: text
                Accessible.selected: selected

                function choose() {
                    if (!selected)
                        control.activated(modelData.value);
                }

                onClicked: choose()
                Keys.onLeftPressed: {
                    const previous = control.buttonAt(index - 1);
                    if (previous) {
                        previous.choose();
                        previous.forceActiveFocus(Qt.TabFocusReason);
                    }
                }
                Keys.onRightPressed: {
                    const next = control.buttonAt(index + 1);
                    if (next) {
                        next.choose();
                        next.forceActiveFocus(Qt.TabFocusReason);
                    }
                }

                background: Rectangle {
                    radius: Theme.radiusS
                    color: option.selected ? Theme.surface
                           : option.hovered ? Theme.sidebarHover : "transparent"
                    border.width: option.visualFocus ? 2 : option.selected ? 1 : 0
                    border.color: option.visualFocus ? Theme.focusRing : Theme.border
                }

                contentItem: Text {
                    text: option.text
                    color: option.selected ? Theme.text : Theme.textSecondary
                    font.pixelSize: Theme.fontSizeSmall + 1
                    font.weight: option.selected ? Font.DemiBold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
    }
}
