pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// Every keyboard shortcut on one sheet (F1 or Ctrl+/). Escape or Close dismisses it.
Popup {
    id: sheet

    readonly property var groups: [
        { title: qsTr("Anywhere"), keys: [
            { keys: "Ctrl+K", what: qsTr("Search everything saved on this computer") },
            { keys: "Ctrl+N", what: qsTr("Write a new post in this community") },
            { keys: "Ctrl+1 … Ctrl+9", what: qsTr("Go to the first nine communities") },
            { keys: "Ctrl+,", what: qsTr("Settings") },
            { keys: "Ctrl+Shift+O", what: qsTr("Outbox: what has not been sent") },
            { keys: "Ctrl+Shift+N", what: qsTr("Notifications") },
            { keys: "Ctrl+Shift+E", what: qsTr("Your events, across your communities") },
            { keys: "Ctrl+Shift+P", what: qsTr("Your profile") },
            { keys: "Ctrl+Shift+D", what: qsTr("Discover communities to join") },
            { keys: "Ctrl+I", what: qsTr("Join with an invite code or link") },
            { keys: "Ctrl+Shift+C", what: qsTr("Start a community") },
            { keys: "Ctrl+Shift+M", what: qsTr("Manage this community (owners and moderators)") },
            { keys: "F1, Ctrl+/", what: qsTr("This list of shortcuts") },
            { keys: "Escape, Alt+Left", what: qsTr("Close or go back") }
        ] },
        { title: qsTr("Lists"), keys: [
            { keys: "Tab", what: qsTr("Move between the rail, the composer and the posts") },
            { keys: "↑ ↓", what: qsTr("Previous or next post, community or result") },
            { keys: "Enter", what: qsTr("Open the post or result") },
            { keys: "Tab in a post", what: qsTr("Its actions: open, retry, discard") },
            { keys: "Menu, Shift+F10", what: qsTr("The community's menu (keep offline, leave)") }
        ] },
        { title: qsTr("Writing"), keys: [
            { keys: "Ctrl+Enter", what: qsTr("Post or send the reply; next step when starting a community") },
            { keys: "Ctrl+P", what: qsTr("Preview the post") },
            { keys: "Escape", what: qsTr("Leave the text (an empty draft folds away)") }
        ] }
    ]

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(640, (parent ? parent.width : 640) - 2 * Theme.spacingXl)
    height: Math.min(implicitHeight, (parent ? parent.height : 600) - 2 * Theme.spacingXl)
    modal: true
    focus: true
    padding: Theme.spacingXl
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: closeButton.forceActiveFocus()

    Overlay.modal: Rectangle {
        color: Theme.scrim
    }

    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.width: 1
        border.color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true

            Text {
                objectName: "sheetTitle"
                Layout.fillWidth: true
                text: qsTr("Keyboard shortcuts")
                color: Theme.text
                font.pixelSize: Theme.fontSizeTitle
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            SecondaryButton {
                id: closeButton
                objectName: "closeSheet"
                text: qsTr("Close")
                onClicked: sheet.close()
            }
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: parent.width
                spacing: Theme.spacingL

                Repeater {
                    model: sheet.groups

                    delegate: ColumnLayout {
                        id: group

                        required property var modelData

                        Layout.fillWidth: true
                        spacing: Theme.spacingXs

                        Text {
                            text: group.modelData.title
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSizeSmall
                            font.weight: Font.DemiBold
                            font.capitalization: Font.AllUppercase
                            font.letterSpacing: 0.6
                        }

                        Repeater {
                            model: group.modelData.keys

                            delegate: RowLayout {
                                id: line

                                required property var modelData

                                Layout.fillWidth: true
                                spacing: Theme.spacingL
                                Accessible.role: Accessible.StaticText
                                Accessible.name: modelData.keys + ": " + modelData.what

                                Rectangle {
                                    Layout.preferredWidth: 170
                                    implicitHeight: keyText.implicitHeight + 6
                                    radius: Theme.radiusS
                                    color: Theme.surfaceAlt
                                    border.width: 1
                                    border.color: Theme.border

                                    Text {
                                        id: keyText
                                        anchors.centerIn: parent
                                        text: line.modelData.keys
                                        color: Theme.text
                                        font.pixelSize: Theme.fontSizeSmall
                                        font.family: Theme.monospaceFamily
                                    }
                                }

                                Text {
                                    Layout.fillWidth: true
                                    text: line.modelData.what
                                    wrapMode: Text.Wrap
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.fontSizeBody
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
