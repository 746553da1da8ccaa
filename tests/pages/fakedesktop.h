#pragma once
// The parts of a Linux desktop Hearth's desktop notifications talk to, on the session bus: a
// StatusNotifierWatcher with a host (a system tray, as KDE Plasma or GNOME's AppIndicator
// extension provide) and an org.freedesktop.Notifications server that records what it is asked
// to show. It runs on its own thread and bus connection, because the app's side makes blocking
// D-Bus calls from the GUI thread. Test-only: it stands in for the desktop, not for hearthd.

#include <QDBusConnection>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QVariantMap>

namespace hearth::testing {

// What a Notify call asked for.
struct ShownNotification {
    uint id = 0;
    QString appName;
    QString summary;
    QString body;
    QStringList actions;
};

class FakeDesktop : public QObject {
    Q_OBJECT

public:
    FakeDesktop();
    ~FakeDesktop() override;

    // Starts serving; false when the names could not be taken on the bus.
    bool start();

    QList<ShownNotification> shown() const;
    QStringList registeredItems() const;
    // As if the member clicked the bubble's default action.
    void click(uint notificationId);

    // Called from the D-Bus adaptors (on the desktop's thread).
    void recordItem(const QString &service);
    uint recordNotification(const ShownNotification &notification);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    QList<ShownNotification> m_shown;
    QStringList m_items;
    uint m_nextId = 1;
};

} // namespace hearth::testing
