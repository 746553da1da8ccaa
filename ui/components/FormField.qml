import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// A labelled text field with its inline error (or hint) underneath. The message line keeps its
// place even when empty, so a form does not jump as messages come and go.
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias echoMode: input.echoMode
    property alias input: input
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    // Set once the member typed in the field: its error shows only from then on (or after the
    // form was submitted), never for a field they have not reached yet.
    property bool touched: false
    property string errorText
    // Shown under the field when there is no error.
    property string hint

    signal accepted()
    // The member changed the text (not a change made by code).
    signal edited()

    spacing: Theme.spacingXs + 2

    FontMetrics {
        id: messageMetrics
        font.pixelSize: Theme.fontSizeSmall
    }

    Label {
        id: caption
        color: field.enabled ? Theme.textSecondary : Theme.textDisabled
        font.pixelSize: Theme.fontSizeSmall + 1
        font.weight: Font.DemiBold
    }

    TextField {
        id: input
        Layout.fillWidth: true
        implicitHeight: Math.max(38, Math.round(Theme.fontSizeBody * 2.7))
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM
        font.pixelSize: Theme.fontSizeBody
        color: enabled ? Theme.text : Theme.textDisabled
        placeholderTextColor: Theme.textMuted
        selectionColor: Theme.accentSoft
        selectedTextColor: Theme.text
        selectByMouse: true
        Accessible.name: caption.text
        Accessible.description: field.errorText.length > 0 ? field.errorText : field.hint
        onAccepted: field.accepted()
        onTextEdited: {
            field.touched = true;
            field.edited();
        }

        background: Rectangle {
            radius: Theme.radiusS + 2
            color: input.enabled ? Theme.surface : Theme.surfaceAlt
            border.width: input.activeFocus ? 2 : 1
            border.color: field.errorText.length > 0 ? Theme.danger
                          : input.activeFocus ? Theme.focusRing : Theme.borderStrong
        }
    }

    Label {
        objectName: "fieldMessage"
        Layout.fillWidth: true
        Layout.minimumHeight: messageMetrics.height
        text: field.errorText.length > 0 ? field.errorText : field.hint
        color: field.errorText.length > 0 ? Theme.danger : Theme.textMuted
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        Accessible.role: field.errorText.length > 0 ? Accessible.AlertMessage : Accessible.StaticText
        Accessible.name: text
    }
}
