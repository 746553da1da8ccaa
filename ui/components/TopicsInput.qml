import QtQuick
import Hearth.Ui
import Hearth.Models

// A community's topics as chips, for Start a community and the organizer's Settings: TagInput
// with the wire's rules for topics (lower case, no repeats, at most WireConstants.maxTopics),
// keeping the list itself. Enter in the empty field is `finished` (a form moves on).
TagInput {
    id: topicsInput

    property alias topics: topicsInput.tags

    signal finished()

    label: qsTr("Topics")
    fieldName: "topicField"
    placeholderText: !full ? qsTr("Type a topic and press Enter") : ""
    maxTags: WireConstants.maxTopics
    maxLength: WireConstants.topicMaxLength
    lowerCase: true
    hint: qsTr("Enter adds a topic; Enter in an empty field goes on.")
    fullHint: qsTr("That is the most topics a community can have (%n).", "", WireConstants.maxTopics)
    removeName: qsTr("Remove topic %1")
    chipNamePrefix: "topicChip_"
    chipsName: "topicChips"
    onTagsEdited: edited => topicsInput.tags = edited
    onAccepted: finished()
}
