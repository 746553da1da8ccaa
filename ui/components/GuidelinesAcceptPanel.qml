import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// The community's updated guidelines, for a member who must accept them before posting (an
// organizer's update required it; hearthd refuses their posts and comments until they do). It
// stands where the composer was, so the way to post again is right there: read, then accept.
Rectangle {
    id: panel

    property string communityName
    property string guidelines
    // The acceptance is queued (through the outbox) and shown at once; this turns the button busy
    // meanwhile so it is not pressed twice.
    property bool busy: false
    readonly property alias acceptButton: acceptButton

    signal accepted()

    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radiusM
    color: Theme.warningSoft
    border.color: Theme.warning
    border.width: 1
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Updated guidelines of %1").arg(panel.communityName)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        Text {
            objectName: "guidelinesPanelTitle"
            Layout.fillWidth: true
            text: qsTr("Accept the updated guidelines to post")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSizeBody + 2
            font.weight: Font.DemiBold
        }

        Text {
            Layout.fillWidth: true
            text: qsTr("The organizers of %1 changed its guidelines and ask every member to read them again. You can read the feed meanwhile; posting and replying wait until you accept.").arg(panel.communityName)
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }

        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(guidelinesText.implicitHeight + 2 * Theme.spacingM, 220)
            clip: true
            contentWidth: availableWidth

            background: Rectangle {
                radius: Theme.radiusS
                color: Theme.surface
                border.color: Theme.border
            }

            MarkdownText {
                id: guidelinesText
                objectName: "guidelinesPanelText"
                x: Theme.spacingM
                y: Theme.spacingM
                width: scroller.availableWidth - 2 * Theme.spacingM
                markdown: panel.guidelines
            }
        }

        PrimaryButton {
            id: acceptButton
            objectName: "acceptGuidelinesButton"
            text: qsTr("Accept the guidelines")
            busy: panel.busy
            enabled: !panel.busy
            Accessible.description: qsTr("Accept the updated guidelines of %1 and post again").arg(panel.communityName)
            onClicked: panel.accepted()
        }
    }
}
