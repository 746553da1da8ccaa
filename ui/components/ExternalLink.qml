import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// A link a member put on their profile or event: its label and the site it goes to, opened in
// the browser only when clicked (and only for web and mail addresses).
AbstractButton {
    id: link

    property string label
    property string url
    property string iconName: "globe"

    readonly property string host: {
        const match = /^[a-z][a-z0-9+.\-]*:\/\/([^\/?#:]+)/i.exec(url);
        return match ? match[1] : url;
    }
    readonly property bool safe: /^(https?:\/\/|mailto:)/i.test(url)

    enabled: safe
    hoverEnabled: true
    padding: Theme.spacingXs
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    text: label.length > 0 ? label : host

    Accessible.role: Accessible.Link
    Accessible.name: label.length > 0 ? qsTr("%1, %2").arg(label).arg(host) : host
    ToolTip.visible: hovered
    ToolTip.text: url
    ToolTip.delay: 600

    onClicked: Qt.openUrlExternally(url)

    HoverHandler {
        cursorShape: Qt.PointingHandCursor
    }

    background: Rectangle {
        radius: Theme.radiusS
        color: link.hovered ? Theme.surfaceAlt : "transparent"
        border.width: link.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }

    contentItem: RowLayout {
        spacing: Theme.spacingXs + 2

        Icon {
            name: link.iconName
            size: 14
            color: Theme.link
        }

        Text {
            text: link.text
            color: Theme.link
            font.pixelSize: Theme.fontSizeBody - 1
            font.weight: Font.DemiBold
            font.underline: link.hovered || link.visualFocus
            elide: Text.ElideRight
            Layout.maximumWidth: 280
        }

        Text {
            visible: link.label.length > 0 && link.host.length > 0 && link.host !== link.label
            text: link.host
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            elide: Text.ElideRight
            Layout.maximumWidth: 200
        }
    }
}
