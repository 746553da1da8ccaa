#include "systemtray.h"

#include <QGuiApplication>

#if HEARTH_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#endif

namespace hearth::app {

SystemTray::SystemTray(QObject *parent)
    : QObject(parent) {
    m_available = detect(&m_reason);
}

bool SystemTray::detect(QString *reason) {
    const QString platform = QGuiApplication::platformName();
    const auto no = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal") ||
        platform == QLatin1String("eglfs") || platform == QLatin1String("linuxfb") ||
        platform == QLatin1String("vnc"))
        return no(QCoreApplication::translate(
            "SystemTray", "This display has no system tray, so Hearth cannot show desktop "
                          "notifications. New notifications wait under the bell."));
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#elif HEARTH_HAVE_DBUS
    // What Qt's platform themes check before they make a tray icon (QDBusTrayIcon).
    const QString watcher = QStringLiteral("org.kde.StatusNotifierWatcher");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return no(QCoreApplication::translate(
            "SystemTray", "There is no desktop session bus, so Hearth cannot show desktop "
                          "notifications. New notifications wait under the bell."));
    if (bus.interface()->isServiceRegistered(watcher)) {
        QDBusInterface tray(watcher, QStringLiteral("/StatusNotifierWatcher"), watcher, bus);
        if (tray.property("IsStatusNotifierHostRegistered").toBool())
            return true;
    }
    return no(QCoreApplication::translate(
        "SystemTray", "This desktop has no system tray, so Hearth cannot show desktop "
                      "notifications. Its taskbar entry is highlighted instead when something "
                      "new arrives, and new notifications wait under the bell. (On GNOME, the "
                      "AppIndicator extension adds a tray.)"));
#else
    return no(QCoreApplication::translate(
        "SystemTray", "Hearth was built without D-Bus, so it cannot find this desktop's "
                      "system tray. New notifications wait under the bell."));
#endif
}

} // namespace hearth::app
