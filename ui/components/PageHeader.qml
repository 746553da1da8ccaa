import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// The bar at the top of a content page: an optional way back, the page's title and subtitle,
// and the page's own actions on the right (children go there).
Rectangle {
    id: header

    property string title
    property string subtitle
    // Empty: no back button.
    property string backLabel
    default property alias actions: actionRow.data
    readonly property alias backButton: back

    signal backRequested()

    implicitHeight: Math.max(56, row.implicitHeight + 2 * Theme.spacingM)
    color: Theme.surface

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: back.visible ? Theme.spacingM : Theme.spacingXl
        anchors.rightMargin: Theme.spacingXl
        spacing: Theme.spacingM

        AbstractButton {
            id: back
            objectName: "backButton"
            visible: header.backLabel.length > 0
            hoverEnabled: true
            padding: Theme.spacingS
            leftPadding: Theme.spacingS
            rightPadding: Theme.spacingM
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Back to %1").arg(header.backLabel)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Back (Alt+Left)")
            ToolTip.delay: 700
            onClicked: header.backRequested()

            background: Rectangle {
                radius: Theme.radiusS
                color: back.down ? Theme.border : back.hovered ? Theme.surfaceAlt : "transparent"
                border.width: back.visualFocus ? 2 : 0
                border.color: Theme.focusRing
            }

            contentItem: RowLayout {
                spacing: Theme.spacingXs + 2

                Icon {
                    name: "back"
                    size: 16
                    color: Theme.textSecondary
                }

                Text {
                    text: header.backLabel
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeBody
                    elide: Text.ElideRight
                    Layout.maximumWidth: 220
                }
            }
        }

        Rectangle {
            visible: back.visible
            implicitWidth: 1
            implicitHeight: 24
            color: Theme.border
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1

            Text {
                objectName: "pageTitle"
                Layout.fillWidth: true
                text: header.title
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontSizeLarge + 1
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Text {
                objectName: "pageSubtitle"
                Layout.fillWidth: true
                visible: text.length > 0
                text: header.subtitle
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
            }
        }

        RowLayout {
            id: actionRow
            spacing: Theme.spacingS
        }
    }
}
