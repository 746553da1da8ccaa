import QtQuick
import Qt.labs.platform as Platform

// Hearth in the system tray: its mark, the unread count in the tool tip, and the desktop's own
// notification bubbles. Loaded only where a tray exists (see TrayNotifier.qml).
Platform.SystemTrayIcon {
    property int unreadCount: 0

    visible: true
    icon.source: "qrc:/Hearth/Ui/icons/hearth-64.png"
    tooltip: unreadCount === 0 ? qsTr("Hearth")
             : unreadCount === 1 ? qsTr("Hearth: 1 unread notification")
             : qsTr("Hearth: %n unread notifications", "", unreadCount)
}
