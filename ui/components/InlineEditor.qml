import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// Changing what I already wrote, in place: an optional title, the text (markdown), Save
// (Ctrl+Enter) and Cancel (Escape). Save is offered only for a change hearthd would take: not
// empty, within the limits, and different from what is there. Nothing typed is lost on a
// refusal: the outbox keeps the edit with the server's reason.
Rectangle {
    id: editor

    property bool withTitle: false
    // What is there now; the fields start from it (begin()).
    property string originalTitle
    property string originalBody
    property int titleMaxLength: 200
    property int bodyMaxLength: 10000
    property string what: qsTr("Text")
    readonly property alias titleField: titleField
    readonly property alias bodyArea: bodyArea

    signal saved(string title, string body)
    signal cancelled()

    readonly property string trimmedTitle: titleField.text.trim()
    readonly property string trimmedBody: bodyArea.text.trim()
    readonly property bool changed: trimmedBody !== originalBody.trim()
                                    || (withTitle && trimmedTitle !== originalTitle.trim())
    readonly property string problem:
        trimmedBody.length === 0 ? qsTr("Write something, or delete it instead.")
        : bodyArea.text.length > bodyMaxLength
          ? qsTr("%n character(s) over the limit of %1.", "", bodyArea.text.length - bodyMaxLength).arg(bodyMaxLength)
        : ""
    readonly property bool canSave: changed && problem.length === 0

    function begin() {
        titleField.text = originalTitle;
        bodyArea.text = originalBody;
        bodyArea.forceActiveFocus();
        bodyArea.cursorPosition = bodyArea.length;
    }

    function save() {
        if (canSave)
            saved(trimmedTitle, trimmedBody);
    }

    function handleKey(event) {
        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                && (event.modifiers & Qt.ControlModifier)) {
            save();
            event.accepted = true;
        } else if (event.key === Qt.Key_Escape) {
            cancelled();
            event.accepted = true;
        }
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: Theme.surface
    border.width: 1
    border.color: Theme.borderStrong

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Editing")

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        TextField {
            id: titleField
            objectName: "editTitle"
            Layout.fillWidth: true
            visible: editor.withTitle
            placeholderText: qsTr("Title (optional)")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
            maximumLength: editor.titleMaxLength
            selectByMouse: true
            Accessible.name: qsTr("Title")
            Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape
            Keys.onPressed: event => editor.handleKey(event)
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Math.min(Math.max(bodyArea.implicitHeight, 72), 260)
            radius: Theme.radiusS + 2
            color: Theme.surface
            border.width: bodyArea.activeFocus ? 2 : 1
            border.color: bodyArea.activeFocus ? Theme.focusRing : Theme.borderStrong

            ScrollView {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingS
                contentWidth: availableWidth

                TextArea {
                    id: bodyArea
                    objectName: "editBody"
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeBody
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    leftPadding: 0
                    rightPadding: 0
                    topPadding: Theme.spacingS
                    bottomPadding: Theme.spacingS
                    background: null
                    Accessible.name: editor.what
                    Accessible.description: qsTr("Markdown is supported. Ctrl+Enter saves, Escape cancels.")
                    Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape
                    Keys.onPressed: event => {
                        if (event.key === Qt.Key_Tab) {
                            saveButton.forceActiveFocus(Qt.TabFocusReason);
                            event.accepted = true;
                        } else {
                            editor.handleKey(event);
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Text {
                objectName: "editProblem"
                Layout.fillWidth: true
                text: editor.changed ? editor.problem : ""
                color: Theme.danger
                font.pixelSize: Theme.fontSizeSmall
                wrapMode: Text.Wrap
            }

            SecondaryButton {
                objectName: "editCancel"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel editing (Escape)")
                onClicked: editor.cancelled()
            }

            PrimaryButton {
                id: saveButton
                objectName: "editSave"
                text: qsTr("Save")
                enabled: editor.canSave
                Accessible.name: qsTr("Save the change (Ctrl+Enter)")
                onClicked: editor.save()
            }
        }
    }
}
