import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// Markdown to write, with a live preview beside it (below it when narrow), shown as members will
// see it. Focusing the editor focuses its text area; Tab leaves it (a tab is not typed).
FocusScope {
    id: editor

    property alias label: caption.text
    property alias text: area.text
    property alias area: area
    property string errorText
    property string hint
    property real editorHeight: 240

    implicitHeight: layout.implicitHeight
    implicitWidth: layout.implicitWidth

    ColumnLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacingXs + 2

        Label {
            id: caption
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeSmall + 1
            font.weight: Font.DemiBold
        }

        GridLayout {
            Layout.fillWidth: true
            columns: editor.width > 640 ? 2 : 1
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingM

            ScrollView {
                // The scope's focus goes to the text area inside.
                focus: true
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: editor.editorHeight
                // The text wraps: the area is as wide as the view, never the other way round
                // (its implicit width follows its wrapped text, a loop once the text is long).
                contentWidth: availableWidth

                TextArea {
                    id: area
                    objectName: "markdownArea"
                    focus: true
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeBody
                    font.family: Theme.monospaceFamily
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    placeholderTextColor: Theme.textMuted
                    Accessible.name: caption.text
                    Accessible.description: message.text
                    // Tab moves on, as in every other field.
                    KeyNavigation.priority: KeyNavigation.BeforeItem
                    Keys.onTabPressed: event => {
                        const next = area.nextItemInFocusChain(true);
                        if (next)
                            next.forceActiveFocus(Qt.TabFocusReason);
                        event.accepted = true;
                    }
                    Keys.onBacktabPressed: event => {
                        const previous = area.nextItemInFocusChain(false);
                        if (previous)
                            previous.forceActiveFocus(Qt.BacktabFocusReason);
                        event.accepted = true;
                    }
                    background: Rectangle {
                        radius: Theme.radiusS + 2
                        color: Theme.surface
                        border.width: area.activeFocus ? 2 : 1
                        border.color: editor.errorText.length > 0 ? Theme.danger
                                      : area.activeFocus ? Theme.focusRing : Theme.borderStrong
                    }
                }
            }

            Rectangle {
                objectName: "markdownPreview"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: editor.editorHeight
                radius: Theme.radiusS + 2
                color: Theme.surfaceAlt
                border.width: 1
                border.color: Theme.border
                clip: true

                Text {
                    id: previewCaption
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.margins: Theme.spacingS
                    text: qsTr("Preview")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSizeSmall
                    font.weight: Font.DemiBold
                }

                Flickable {
                    anchors.fill: parent
                    anchors.topMargin: previewCaption.height + Theme.spacingM
                    anchors.margins: Theme.spacingM
                    contentHeight: preview.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds

                    MarkdownText {
                        id: preview
                        objectName: "markdownPreviewText"
                        width: parent.width
                        markdown: area.text
                    }
                }
            }
        }

        Label {
            id: message
            objectName: "fieldMessage"
            Layout.fillWidth: true
            text: editor.errorText.length > 0 ? editor.errorText : editor.hint
            color: editor.errorText.length > 0 ? Theme.danger : Theme.textMuted
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            Accessible.role: editor.errorText.length > 0 ? Accessible.AlertMessage : Accessible.StaticText
            Accessible.name: text
        }
    }
}
