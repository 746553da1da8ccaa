import QtQuick
import Hearth.Models

// Desktop notifications: DesktopAlerts decides what deserves one (new, unread, while the window
// is in the background); they are shown through the system tray's notification bubbles. Where
// the desktop has no tray, the window is marked as wanting attention instead (the taskbar entry
// is highlighted) and the notifications wait under the bell. Clicking a bubble or the tray icon
// brings the window back, and a bubble opens what it is about.
Item {
    id: notifier

    property CacheStore store
    // Whether this desktop has a system tray (the app checks; Qt.labs.platform would print an
    // error on a desktop without one, so it is only loaded where there is one).
    property bool trayAvailable: false
    // The member's choice (Settings).
    property bool alertsEnabled: true
    // The window to raise and to mark (a QQuickWindow: Window.window of an item in it).
    property var window
    property int unreadCount: 0
    // When the last daily digest was shown (ms since the epoch), kept by the app across runs.
    property real digestDeliveredAt: 0

    readonly property bool trayShown: tray.status === Loader.Ready
    // The SystemTrayIcon once loaded (untyped: Qt.labs.platform is loaded only where it works).
    readonly property var trayIcon: tray.item
    readonly property alias alerts: alerts
    // The last alert raised, for the bubble's click and for tests.
    property string lastNotificationId
    property string lastTargetType
    property string lastTargetId
    property string lastTitle
    property string lastBody
    property int alertCount: 0

    // A bubble was clicked: open what it is about (all "" for a summary of several).
    signal notificationActivated(string notificationId, string targetType, string targetId)
    // A daily digest was shown at `at`: the app remembers it (Preferences).
    signal digestDelivered(real at)

    function raiseWindow() {
        if (!window)
            return;
        window.show();
        window.raise();
        window.requestActivate();
    }

    function show(notificationId: string, title: string, body: string, targetType: string,
                  targetId: string) {
        lastNotificationId = notificationId;
        lastTargetType = targetType;
        lastTargetId = targetId;
        lastTitle = title;
        lastBody = body;
        ++alertCount;
        if (trayIcon)
            trayIcon.showMessage(title, body);
        else if (window)
            window.alert(0);
    }

    DesktopAlerts {
        id: alerts
        store: notifier.store
        enabled: notifier.alertsEnabled
        digestDeliveredAt: notifier.digestDeliveredAt
        onDigestDeliveredAtChanged: notifier.digestDelivered(digestDeliveredAt)
        windowActive: notifier.window ? notifier.window.active : false
        onAlert: (notificationId, title, body, targetType, targetId) =>
                 notifier.show(notificationId, title, body, targetType, targetId)
    }

    Loader {
        id: tray
        active: notifier.trayAvailable
        source: "TrayIcon.qml"
        onLoaded: item.unreadCount = Qt.binding(() => notifier.unreadCount)
    }

    Connections {
        target: tray.item
        ignoreUnknownSignals: true

        function onActivated() {
            notifier.raiseWindow();
        }

        function onMessageClicked() {
            notifier.raiseWindow();
            notifier.notificationActivated(notifier.lastNotificationId, notifier.lastTargetType,
                                           notifier.lastTargetId);
        }
    }
}
