pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Hearth.Ui

// Writes this computer could not save (CacheStore.writeFailed): they are not in the outbox and
// will never be sent, so the member is told at once what was lost, why, and can copy its text.
// Each stays until dismissed.
ColumnLayout {
    id: banner

    // [{message, name, text}], oldest first.
    property var entries: []
    readonly property int count: entries.length

    function describe(name: string): string {
        switch (name) {
        case "post.create": return qsTr("Your new post was not saved");
        case "post.edit": return qsTr("Your edit of a post was not saved");
        case "comment.create": return qsTr("Your reply was not saved");
        case "post.delete": return qsTr("Deleting a post was not saved");
        case "reaction.set":
        case "reaction.clear": return qsTr("Your reaction was not saved");
        case "rsvp.set": return qsTr("Your answer to an event was not saved");
        case "membership.join": return qsTr("Your request to join was not saved");
        default: return name.length > 0 ? qsTr("A change (%1) was not saved").arg(name)
                                        : qsTr("A change was not saved");
        }
    }

    function add(message: string, name: string, args: var) {
        let text = "";
        if (args) {
            const title = args.title !== undefined ? String(args.title) : "";
            const body = args.body !== undefined ? String(args.body) : "";
            text = title.length > 0 && body.length > 0 ? title + "\n\n" + body : title + body;
        }
        entries = entries.concat([{ message: message, name: name, text: text }]);
    }

    function dismiss(index: int) {
        const kept = entries.slice();
        kept.splice(index, 1);
        entries = kept;
    }

    spacing: Theme.spacingS
    visible: count > 0

    Repeater {
        model: banner.entries

        delegate: Rectangle {
            id: entry

            required property var modelData
            required property int index
            property bool copied: false

            objectName: "lostWrite"
            Layout.fillWidth: true
            implicitHeight: entryColumn.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radiusM
            color: Theme.dangerSoft
            border.width: 1
            border.color: Theme.danger

            Accessible.role: Accessible.AlertMessage
            Accessible.name: banner.describe(modelData.name) + ": " + modelData.message

            ColumnLayout {
                id: entryColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingXs

                Text {
                    objectName: "lostWriteTitle"
                    Layout.fillWidth: true
                    text: banner.describe(entry.modelData.name)
                    wrapMode: Text.Wrap
                    color: Theme.danger
                    font.pixelSize: Theme.fontSizeBody
                    font.weight: Font.DemiBold
                }

                Text {
                    objectName: "lostWriteReason"
                    Layout.fillWidth: true
                    text: qsTr("Hearth could not store it on this computer, so it will not be sent: %1").arg(entry.modelData.message)
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeSmall + 1
                }

                Text {
                    objectName: "lostWriteText"
                    Layout.fillWidth: true
                    visible: entry.modelData.text.length > 0
                    text: entry.modelData.text
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeSmall + 1
                    font.italic: true
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    Text {
                        Layout.fillWidth: true
                        visible: entry.copied
                        text: qsTr("Copied to the clipboard.")
                        color: Theme.success
                        font.pixelSize: Theme.fontSizeSmall
                    }

                    Item {
                        Layout.fillWidth: true
                        visible: !entry.copied
                    }

                    SecondaryButton {
                        objectName: "copyLostText"
                        compact: true
                        visible: entry.modelData.text.length > 0
                        text: qsTr("Copy text")
                        onClicked: {
                            Clipboard.text = entry.modelData.text;
                            entry.copied = true;
                        }
                    }

                    SecondaryButton {
                        objectName: "dismissLostWrite"
                        compact: true
                        text: qsTr("Dismiss")
                        onClicked: banner.dismiss(entry.index)
                    }
                }
            }
        }
    }
}
