import QtQuick
import QtQuick.Layouts
import Hearth.Ui

// One person in the Engagement figures: avatar and name (which opens their profile), what the
// figures say of them, and one action for the organizer (Thank, Say hello).
Rectangle {
    id: row

    property string name
    property string detail
    property string actionText
    // The action's accessible name ("Thank Maren").
    property string actionName

    signal nameClicked()
    signal actionClicked()

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radiusS
    color: Theme.surface
    border.width: 1
    border.color: Theme.border

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        anchors.leftMargin: Theme.spacingM
        spacing: Theme.spacingM

        Avatar {
            name: row.name
            size: 28
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            LinkButton {
                objectName: "personName"
                text: row.name
                onClicked: row.nameClicked()
            }

            Text {
                objectName: "personDetail"
                Layout.fillWidth: true
                text: row.detail
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeSmall + 1
            }
        }

        SecondaryButton {
            objectName: "personAction"
            compact: true
            text: row.actionText
            Accessible.name: row.actionName
            onClicked: row.actionClicked()
        }
    }
}
