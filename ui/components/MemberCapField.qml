import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// A community's member cap: a number within the wire's range (typed, or stepped by ten with the
// arrows), with its inline error or hint underneath. Enter is `accepted` (a form moves on).
ColumnLayout {
    id: capField

    property int value: WireConstants.memberCapSuggested
    property string label: qsTr("Member cap")
    property string errorText
    property string hint
    readonly property alias spinBox: capBox

    // The member changed the number (the owner sets `value` from it).
    signal edited(int value)
    signal accepted()

    spacing: Theme.spacingXs + 2

    Label {
        text: capField.label
        color: capField.enabled ? Theme.textSecondary : Theme.textDisabled
        font.pixelSize: Theme.fontSizeSmall + 1
        font.weight: Font.DemiBold
    }

    SpinBox {
        id: capBox
        objectName: "memberCapBox"
        from: WireConstants.memberCapMin
        to: WireConstants.memberCapMax
        value: capField.value
        editable: true
        stepSize: 10
        Accessible.name: capField.label
        Accessible.description: capMessage.text
        onValueModified: capField.edited(value)
        Keys.onReturnPressed: capField.accepted()
        Keys.onEnterPressed: capField.accepted()
    }

    Text {
        id: capMessage
        objectName: "memberCapHint"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: capField.errorText.length > 0 ? capField.errorText : capField.hint
        color: capField.errorText.length > 0 ? Theme.danger : Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
        Accessible.role: capField.errorText.length > 0 ? Accessible.AlertMessage : Accessible.StaticText
        Accessible.name: text
    }
}
