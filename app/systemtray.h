#pragma once
// Whether this desktop has a system tray Hearth can put its icon and notification bubbles in,
// decided once at start the way Qt's own platform code decides it: Windows and macOS always have
// one; on Linux and the BSDs it is a StatusNotifierItem host on the session bus (KDE Plasma,
// GNOME with the AppIndicator extension, Xfce, Cinnamon...). Qt.labs.platform prints an error
// when asked for a tray where there is none, so QML loads it only when `available` is true.
// Where there is none, `unavailableReason` says so in words for Settings.

#include <QObject>
#include <QQmlEngine>

namespace hearth::app {

class SystemTray : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString unavailableReason READ unavailableReason CONSTANT)

public:
    explicit SystemTray(QObject *parent = nullptr);

    bool available() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

    // The check itself: true, or false with the reason.
    static bool detect(QString *reason);

private:
    bool m_available = false;
    QString m_reason;
};

} // namespace hearth::app
