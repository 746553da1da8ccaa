#include "fakedesktop.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMetaObject>
#include <QMutexLocker>

namespace hearth::testing {

namespace {

const QString watcherService = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString notificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString connectionName = QStringLiteral("hearth-fake-desktop");

// org.kde.StatusNotifierWatcher, with a host registered: "there is a tray".
class Watcher : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)

public:
    explicit Watcher(FakeDesktop *desktop)
        : m_desktop(desktop) {}
    bool hostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList items() const { return m_desktop->registeredItems(); }

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString &service) { m_desktop->recordItem(service); }
    void RegisterStatusNotifierHost(const QString &) {}

Q_SIGNALS:
    void StatusNotifierItemRegistered(const QString &service);
    void StatusNotifierItemUnregistered(const QString &service);
    void StatusNotifierHostRegistered();

private:
    FakeDesktop *m_desktop;
};

// org.freedesktop.Notifications (Desktop Notifications Specification 1.2).
class Notifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit Notifications(FakeDesktop *desktop)
        : m_desktop(desktop) {}

public Q_SLOTS:
    uint Notify(const QString &appName, uint, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &, int) {
        return m_desktop->recordNotification({0, appName, summary, body, actions});
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) {
        vendor = QStringLiteral("Hearth tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake-desktop");
    }
    void CloseNotification(uint) {}

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &actionKey);

private:
    FakeDesktop *m_desktop;
};

} // namespace

FakeDesktop::FakeDesktop() {
    m_thread.start();
}

FakeDesktop::~FakeDesktop() {
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker] {
                QDBusConnection bus(connectionName);
                bus.unregisterService(watcherService);
                bus.unregisterService(notificationsService);
                delete worker;
                QDBusConnection::disconnectFromBus(connectionName);
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool FakeDesktop::start() {
    bool ok = false;
    auto *worker = new QObject;
    worker->moveToThread(&m_thread);
    m_worker = worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, &ok] {
            QDBusConnection bus =
                QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
            auto *watcher = new Watcher(this);
            auto *notifications = new Notifications(this);
            watcher->setParent(worker);
            notifications->setParent(worker);
            ok = bus.isConnected() &&
                 bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), watcher,
                                    QDBusConnection::ExportAllSlots |
                                        QDBusConnection::ExportAllProperties |
                                        QDBusConnection::ExportAllSignals) &&
                 bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), notifications,
                                    QDBusConnection::ExportAllSlots |
                                        QDBusConnection::ExportAllSignals) &&
                 bus.registerService(watcherService) && bus.registerService(notificationsService);
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QList<ShownNotification> FakeDesktop::shown() const {
    QMutexLocker lock(&m_mutex);
    return m_shown;
}

QStringList FakeDesktop::registeredItems() const {
    QMutexLocker lock(&m_mutex);
    return m_items;
}

void FakeDesktop::recordItem(const QString &service) {
    QMutexLocker lock(&m_mutex);
    m_items.append(service);
}

uint FakeDesktop::recordNotification(const ShownNotification &notification) {
    QMutexLocker lock(&m_mutex);
    ShownNotification n = notification;
    n.id = m_nextId++;
    m_shown.append(n);
    return n.id;
}

void FakeDesktop::click(uint notificationId) {
    QMetaObject::invokeMethod(m_worker, [notificationId] {
        QDBusMessage signal = QDBusMessage::createSignal(
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << notificationId << QStringLiteral("default");
        QDBusConnection(connectionName).send(signal);
    });
}

} // namespace hearth::testing

#include "fakedesktop.moc"
