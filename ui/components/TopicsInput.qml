pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// A community's topics as chips: type one and press Enter to add it (lower case, no repeats, at
// most the wire's number), Enter in the empty field is `finished` (a form moves on), and each
// chip is a button that removes its topic (click, Space or Delete).
ColumnLayout {
    id: topicsInput

    property var topics: []
    property string label: qsTr("Topics")
    property string errorText
    readonly property alias field: topicField
    readonly property alias input: topicField.input
    property alias text: topicField.text

    // Enter with nothing typed.
    signal finished()

    // Adds what is typed; false when there was nothing to add (or no room).
    function add(): bool {
        const topic = topicField.text.trim().toLowerCase();
        if (topic.length === 0 || topics.length >= WireConstants.maxTopics)
            return false;
        if (topics.indexOf(topic) < 0)
            topics = topics.concat([topic]);
        topicField.text = "";
        return true;
    }

    function remove(topic: string) {
        topics = topics.filter(t => t !== topic);
        topicField.input.forceActiveFocus();
    }

    spacing: Theme.spacingM

    FormField {
        id: topicField
        objectName: "topicField"
        Layout.fillWidth: true
        label: topicsInput.label
        placeholderText: topicsInput.topics.length < WireConstants.maxTopics ? qsTr("Type a topic and press Enter") : ""
        maximumLength: WireConstants.topicMaxLength
        enabled: topicsInput.enabled && (topicsInput.topics.length < WireConstants.maxTopics || text.length > 0)
        errorText: topicsInput.errorText
        hint: topicsInput.topics.length >= WireConstants.maxTopics
              ? qsTr("That is the most topics a community can have (%n).", "", WireConstants.maxTopics)
              : qsTr("Enter adds a topic; Enter in an empty field goes on.")
        // Enter adds the topic; with nothing typed it moves on, like every other field.
        onAccepted: if (!topicsInput.add()) topicsInput.finished()
    }

    Flow {
        objectName: "topicChips"
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: topicsInput.topics.length > 0

        Repeater {
            model: topicsInput.topics

            delegate: AbstractButton {
                id: topicChip

                required property string modelData

                objectName: "topicChip_" + modelData
                hoverEnabled: true
                focusPolicy: Qt.StrongFocus
                text: modelData
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Remove topic %1").arg(modelData)
                onClicked: topicsInput.remove(modelData)
                Keys.onDeletePressed: topicsInput.remove(modelData)
                padding: Theme.spacingXs + 1
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingS

                contentItem: RowLayout {
                    spacing: Theme.spacingXs
                    Text {
                        text: topicChip.text
                        color: topicChip.enabled ? Theme.textSecondary : Theme.textDisabled
                        font.pixelSize: Theme.fontSizeSmall + 1
                    }
                    Text {
                        text: "×"
                        color: topicChip.hovered ? Theme.danger : Theme.textMuted
                        font.pixelSize: Theme.fontSizeBody
                    }
                }
                background: Rectangle {
                    radius: height / 2
                    color: Theme.surfaceAlt
                    border.width: topicChip.visualFocus ? 2 : 1
                    border.color: topicChip.visualFocus ? Theme.focusRing : Theme.border
                }
            }
        }
    }
}
