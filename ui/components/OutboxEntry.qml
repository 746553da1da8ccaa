pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// One write in the outbox: what it is, when it was made, where it stands, its text, and what
// the member can do with it (Edit, Retry, Discard, or Resolve for a conflict). Edit opens the
// text in place; saving queues the new text (CacheStore.reviseMutation).
Rectangle {
    id: entry

    required property string mutationId
    required property string name
    required property string communityId
    required property bool failed
    required property string errorString
    required property date createdAt
    required property string title
    required property string body
    required property bool conflict
    // community-settings: the server's code; guidelines_not_accepted offers the guidelines.
    required property string errorCode
    readonly property bool needsGuidelines: failed && errorCode === "guidelines_not_accepted"

    property CacheStore store
    property string label
    property bool canEdit: false
    property bool online: true
    property date now: new Date()
    property bool editing: false

    readonly property string text: title.length > 0 && body.length > 0 ? title + "\n\n" + body : title + body
    readonly property bool hasText: title.length > 0 || body.length > 0

    signal discardRequested(string mutationId, string text)
    signal conflictOpened(string mutationId)
    signal guidelinesOpened(string communityId)

    function focusFirstAction() {
        const first = [resolveButton, guidelinesButton, editButton, retryButton, discardButton];
        for (let i = 0; i < first.length; ++i) {
            if (first[i].visible) {
                first[i].forceActiveFocus();
                return;
            }
        }
    }

    function startEditing() {
        titleEdit.text = entry.title;
        bodyEdit.text = entry.body;
        editing = true;
        bodyEdit.forceActiveFocus();
    }

    function saveEdit() {
        if (bodyEdit.text.trim().length === 0 || !entry.store)
            return;
        entry.store.reviseMutation(entry.mutationId, titleEdit.text.trim(), bodyEdit.text.trim());
        editing = false;
    }

    objectName: "outboxEntry"
    implicitHeight: content.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radiusM
    color: Theme.surface
    border.width: 1
    border.color: entry.failed ? Theme.danger : Theme.border

    Accessible.role: Accessible.ListItem
    Accessible.name: entry.label + ", " + stateText.text

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Text {
                objectName: "entryLabel"
                Layout.fillWidth: true
                text: entry.label
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontSizeBody
                font.weight: Font.DemiBold
            }

            Text {
                text: Format.relativeTime(entry.createdAt, entry.now)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
            }
        }

        Text {
            id: stateText
            objectName: "entryState"
            Layout.fillWidth: true
            text: entry.conflict ? (entry.name === "comment.edit"
                                    ? qsTr("Not sent: the comment was changed on the server meanwhile. Choose which text to keep.")
                                    : qsTr("Not sent: the post was changed on the server meanwhile. Choose which text to keep."))
                  : entry.failed ? (entry.errorString.length > 0 ? qsTr("Not sent: %1").arg(entry.errorString)
                                                                 : qsTr("Not sent: the server refused it."))
                  : entry.online ? qsTr("Sending…") : qsTr("Waiting for the connection")
            wrapMode: Text.Wrap
            color: entry.failed ? Theme.danger : entry.online ? Theme.accent : Theme.textSecondary
            font.pixelSize: Theme.fontSizeSmall + 1
        }

        // What was written, as written (no markdown rendering: this is the text to fix).
        Rectangle {
            Layout.fillWidth: true
            visible: entry.hasText && !entry.editing
            implicitHeight: writtenColumn.implicitHeight + 2 * Theme.spacingS
            radius: Theme.radiusS
            color: Theme.surfaceAlt

            Column {
                id: writtenColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingS
                spacing: 2

                Text {
                    width: parent.width
                    visible: entry.title.length > 0
                    text: entry.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeBody
                    font.weight: Font.DemiBold
                }

                Text {
                    objectName: "entryBody"
                    width: parent.width
                    visible: entry.body.length > 0
                    text: entry.body
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 6
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeBody
                }
            }
        }

        // Editing in place
        ColumnLayout {
            Layout.fillWidth: true
            visible: entry.editing
            spacing: Theme.spacingS

            TextField {
                id: titleEdit
                objectName: "editTitle"
                Layout.fillWidth: true
                visible: entry.name !== "comment.create"
                placeholderText: qsTr("Title (optional)")
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                font.pixelSize: Theme.fontSizeBody
                font.weight: Font.DemiBold
                selectByMouse: true
                Accessible.name: qsTr("Title")
                background: Rectangle {
                    radius: Theme.radiusS
                    color: Theme.surface
                    border.width: titleEdit.activeFocus ? 2 : 1
                    border.color: titleEdit.activeFocus ? Theme.focusRing : Theme.borderStrong
                }
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: Math.min(Math.max(bodyEdit.implicitHeight, 80), 220)
                radius: Theme.radiusS
                color: Theme.surface
                border.width: bodyEdit.activeFocus ? 2 : 1
                border.color: bodyEdit.activeFocus ? Theme.focusRing : Theme.borderStrong

                ScrollView {
                    anchors.fill: parent
                    anchors.margins: 2

                    TextArea {
                        id: bodyEdit
                        objectName: "editBody"
                        wrapMode: TextEdit.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.fontSizeBody
                        selectByMouse: true
                        background: null
                        Accessible.name: qsTr("Text")
                        Accessible.description: qsTr("Ctrl+Enter saves, Escape cancels.")
                        Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape
                        Keys.onPressed: event => {
                            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                    && (event.modifiers & Qt.ControlModifier)) {
                                entry.saveEdit();
                                event.accepted = true;
                            } else if (event.key === Qt.Key_Escape) {
                                entry.editing = false;
                                editButton.forceActiveFocus();
                                event.accepted = true;
                            } else if (event.key === Qt.Key_Tab) {
                                saveButton.forceActiveFocus(Qt.TabFocusReason);
                                event.accepted = true;
                            }
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Item { Layout.fillWidth: true }

                SecondaryButton {
                    objectName: "cancelEdit"
                    text: qsTr("Cancel")
                    onClicked: entry.editing = false
                }

                PrimaryButton {
                    id: saveButton
                    objectName: "saveEdit"
                    text: entry.failed ? qsTr("Save and send") : qsTr("Save")
                    enabled: bodyEdit.text.trim().length > 0
                    onClicked: entry.saveEdit()
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: !entry.editing
            spacing: Theme.spacingS

            Item { Layout.fillWidth: true }

            PrimaryButton {
                id: resolveButton
                objectName: "resolveButton"
                visible: entry.conflict
                text: qsTr("Compare and choose")
                onClicked: entry.conflictOpened(entry.mutationId)
            }

            // hearthd refused it until I accept the community's updated guidelines: its feed
            // shows them with Accept; Retry then sends this again.
            PrimaryButton {
                id: guidelinesButton
                objectName: "guidelinesButton"
                visible: entry.needsGuidelines
                text: qsTr("Read the guidelines")
                Accessible.name: qsTr("Open the community's updated guidelines to accept them")
                onClicked: entry.guidelinesOpened(entry.communityId)
            }

            SecondaryButton {
                id: editButton
                objectName: "editButton"
                visible: entry.canEdit
                text: qsTr("Edit")
                Accessible.name: qsTr("Edit the text of this change")
                onClicked: entry.startEditing()
            }

            SecondaryButton {
                id: retryButton
                objectName: "retryButton"
                visible: entry.failed && !entry.conflict
                text: qsTr("Retry")
                Accessible.name: qsTr("Send this change again")
                onClicked: entry.store.retryMutation(entry.mutationId)
            }

            SecondaryButton {
                id: discardButton
                objectName: "discardButton"
                destructive: true
                text: qsTr("Discard")
                Accessible.name: qsTr("Discard this change")
                onClicked: entry.discardRequested(entry.mutationId, entry.text)
            }
        }
    }
}
