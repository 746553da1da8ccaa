import QtQuick
import QtQuick.Layouts
import Hearth.Ui

// One showcase item on a profile: what they made, in their words, and where to see it. A picture
// is linked, never loaded: Hearth fetches nothing from elsewhere unless the member asks.
Rectangle {
    id: card

    property string title
    property string text
    property string link
    property string image

    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radiusM
    color: Theme.surface
    border.width: 1
    border.color: Theme.border

    Accessible.role: Accessible.Grouping
    Accessible.name: card.title

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        Rectangle {
            Layout.preferredWidth: 28
            Layout.preferredHeight: 4
            radius: 2
            color: Theme.kindColor("showcase")
        }

        Text {
            objectName: "showcaseTitle"
            Layout.fillWidth: true
            text: card.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSizeBody + 1
            font.weight: Font.DemiBold
        }

        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody - 1
            lineHeight: 1.15
        }

        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: -Theme.spacingS
            spacing: Theme.spacingXs
            visible: card.link.length > 0 || card.image.length > 0

            ExternalLink {
                visible: card.link.length > 0
                url: card.link
            }

            ExternalLink {
                visible: card.image.length > 0
                label: qsTr("Picture")
                url: card.image
            }
        }
    }
}
