import QtQuick
import QtQuick.Controls
import Hearth.Ui

// The bell: opens the notifications, with the number still unread on it.
AbstractButton {
    id: bell

    property int unreadCount: 0
    property bool active: false

    implicitWidth: 34
    implicitHeight: 34
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus

    Accessible.role: Accessible.Button
    Accessible.name: unreadCount === 0 ? qsTr("Notifications")
                     : unreadCount === 1 ? qsTr("Notifications, 1 unread")
                     : qsTr("Notifications, %n unread", "", unreadCount)
    ToolTip.visible: hovered
    ToolTip.text: Accessible.name
    ToolTip.delay: 600

    background: Rectangle {
        radius: Theme.radiusM
        color: bell.active ? Theme.sidebarSelected
               : bell.down ? Theme.border
               : bell.hovered ? Theme.sidebarHover : "transparent"
        border.width: bell.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }

    contentItem: Item {
        Icon {
            anchors.centerIn: parent
            name: "bell"
            size: 19
            color: bell.active || bell.unreadCount > 0 ? Theme.text : Theme.textSecondary
        }
    }

    CountBadge {
        objectName: "unreadBadge"
        x: parent.width - width + 2
        y: -1
        count: bell.unreadCount
        ring: Theme.sidebar
    }
}
