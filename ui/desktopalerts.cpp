#include "desktopalerts.h"

#include "cache/cachestore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariantMap>

namespace hearth::ui {

Q_LOGGING_CATEGORY(lcAlerts, "hearth.ui.alerts")

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");

QString summaryFor(const QString &kind, const QString &actor) {
    if (kind == u"mention")
        return QCoreApplication::translate("DesktopAlerts", "%1 mentioned you").arg(actor);
    if (kind == u"reply")
        return QCoreApplication::translate("DesktopAlerts", "%1 replied to you").arg(actor);
    if (kind == u"event_reminder")
        return QCoreApplication::translate("DesktopAlerts", "An event is about to start");
    if (kind == u"join_request")
        return QCoreApplication::translate("DesktopAlerts", "%1 asked to join").arg(actor);
    return QCoreApplication::translate("DesktopAlerts", "New in Hearth");
}
} // namespace

DesktopAlerts::DesktopAlerts(QObject *parent)
    : QObject(parent) {}

void DesktopAlerts::setStore(cache::CacheStore *store) {
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_since = QDateTime::currentMSecsSinceEpoch();
    if (m_store)
        connect(m_store, &cache::CacheStore::changed, this, &DesktopAlerts::onChanged);
}

void DesktopAlerts::setEnabled(bool enabled) {
    m_enabled = enabled;
}

bool DesktopAlerts::available() const {
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(Service).value();
}

void DesktopAlerts::onChanged(const cache::ChangeSet &changes) {
    if (!changes.notifications || !m_store)
        return;
    QSqlQuery q(m_store->readConnection());
    q.prepare(QStringLiteral("SELECT id, kind, actor_name, text, created_at FROM notifications"
                             " WHERE read_at = 0 AND created_at > ?"
                             " ORDER BY created_at, id LIMIT 20"));
    q.addBindValue(m_since);
    if (!q.exec())
        return;
    const bool quiet = !m_enabled || (m_inFront && m_inFront());
    while (q.next()) {
        m_since = qMax(m_since, q.value(4).toLongLong());
        if (!quiet)
            show(q.value(0).toString(), summaryFor(q.value(1).toString(), q.value(2).toString()),
                 q.value(3).toString());
    }
}

void DesktopAlerts::show(const QString &id, const QString &summary, const QString &body) {
    QDBusMessage message =
        QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
    message << QStringLiteral("Hearth") << uint(0) << QStringLiteral("org.hearth.Hearth") << summary
            << body << QStringList() << QVariantMap() << int(-1);
    // Fire and forget: the GUI thread never waits on the desktop.
    if (!QDBusConnection::sessionBus().send(message)) {
        qCInfo(lcAlerts) << "no desktop notification service; the alert stays in Hearth";
        return;
    }
    Q_EMIT alerted(id, summary, body);
}

} // namespace hearth::ui
