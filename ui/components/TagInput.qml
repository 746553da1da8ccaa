pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// A short list of words typed one at a time (a community's topics, a member's interests): a field
// where Enter adds what was typed, and the words so far as chips underneath, each removed by a
// click, Delete or Backspace on it. Enter in an empty field is `accepted()`, so a form can move
// on as from any other field.
//
//   TagInput { label: qsTr("Topics"); tags: page.topics; onTagsEdited: tags => page.topics = tags }
ColumnLayout {
    id: tagInput

    property alias label: field.label
    property alias field: field
    property alias fieldName: field.objectName
    property alias errorText: field.errorText
    readonly property TextField input: field.input
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property var tags: []
    property int maxTags: 10
    property int maxLength: 40
    // Words are kept as typed, or lower-cased (topics).
    property bool lowerCase: false
    // The hint under the field, and what it says once the list is full.
    property string hint: qsTr("Enter adds it.")
    property string fullHint
    // How a chip names its action for screen readers: "Remove topic %1".
    property string removeName: qsTr("Remove %1")
    // Object names for tests: the field's and each chip's ("topicChip_" + word).
    property string chipNamePrefix: "tagChip_"
    property alias chipsName: chips.objectName

    readonly property bool full: tags.length >= maxTags

    // The list as the member left it (the owner stores it in `tags`).
    signal tagsEdited(var tags)
    // Enter with nothing typed.
    signal accepted()

    spacing: Theme.spacingXs

    // Adds what was typed; false when nothing was (empty, or the list is full).
    function addTyped(): bool {
        let tag = field.text.trim();
        if (lowerCase)
            tag = tag.toLowerCase();
        if (tag.length === 0 || full)
            return false;
        if (tags.indexOf(tag) < 0)
            tagsEdited(tags.concat([tag]));
        field.text = "";
        return true;
    }

    function remove(tag: string) {
        tagsEdited(tags.filter(t => t !== tag));
        field.input.forceActiveFocus();
    }

    FormField {
        id: field
        objectName: "tagField"
        Layout.fillWidth: true
        maximumLength: tagInput.maxLength
        enabled: !tagInput.full || text.length > 0
        hint: tagInput.full && tagInput.fullHint.length > 0 ? tagInput.fullHint : tagInput.hint
        onAccepted: if (!tagInput.addTyped()) tagInput.accepted()
    }

    Flow {
        id: chips
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: tagInput.tags.length > 0

        Repeater {
            model: tagInput.tags

            delegate: AbstractButton {
                id: chip

                required property string modelData

                objectName: tagInput.chipNamePrefix + modelData
                hoverEnabled: true
                focusPolicy: Qt.StrongFocus
                text: modelData
                Accessible.role: Accessible.Button
                Accessible.name: tagInput.removeName.arg(modelData)
                onClicked: tagInput.remove(modelData)
                Keys.onDeletePressed: tagInput.remove(modelData)
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Backspace) {
                        tagInput.remove(chip.modelData);
                        event.accepted = true;
                    }
                }
                padding: Theme.spacingXs + 1
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingS

                contentItem: RowLayout {
                    spacing: Theme.spacingXs
                    Text {
                        text: chip.text
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeSmall + 1
                    }
                    Text {
                        text: "×"
                        color: chip.hovered ? Theme.danger : Theme.textMuted
                        font.pixelSize: Theme.fontSizeBody
                    }
                }
                background: Rectangle {
                    radius: height / 2
                    color: Theme.surfaceAlt
                    border.width: chip.visualFocus ? 2 : 1
                    border.color: chip.visualFocus ? Theme.focusRing : Theme.border
                }
            }
        }
    }
}
