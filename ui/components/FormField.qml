import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// A labelled text field with its inline error underneath.
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias echoMode: input.echoMode
    property alias input: input
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    // Set once the member edited or left the field: errors show only from then on.
    property bool touched: false
    property string errorText
    // Shown under the field when there is no error.
    property string hint

    signal accepted()

    spacing: Theme.spacingXs + 2

    Label {
        id: caption
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSizeSmall + 1
        font.weight: Font.DemiBold
    }

    TextField {
        id: input
        Layout.fillWidth: true
        implicitHeight: 38
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM
        font.pixelSize: Theme.fontSizeBody
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectionColor: Theme.accentSoft
        selectedTextColor: Theme.text
        selectByMouse: true
        Accessible.name: caption.text
        Accessible.description: field.errorText.length > 0 ? field.errorText : field.hint
        onAccepted: field.accepted()
        onTextEdited: field.touched = true
        onEditingFinished: field.touched = true

        background: Rectangle {
            radius: Theme.radiusS + 2
            color: Theme.surface
            border.width: input.activeFocus ? 2 : 1
            border.color: field.errorText.length > 0 ? Theme.danger
                          : input.activeFocus ? Theme.focusRing : Theme.borderStrong
        }
    }

    Label {
        objectName: "fieldMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        text: field.errorText.length > 0 ? field.errorText : field.hint
        color: field.errorText.length > 0 ? Theme.danger : Theme.textMuted
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
    }
}
