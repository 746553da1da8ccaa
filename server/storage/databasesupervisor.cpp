#include "databasesupervisor.h"

#include "server/storage/changelistener.h"
#include "server/storage/database.h"
#include "server/storage/query.h"
#include "server/storage/storageerror.h"
#include "server/storage/storagelogging.h"

#include <QRandomGenerator>
#include <QThread>

namespace hearthd {

DatabaseSupervisor::DatabaseSupervisor(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db) {
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &DatabaseSupervisor::attempt);
}

DatabaseSupervisor::~DatabaseSupervisor() {
    m_retry.stop();
    // The probe reads the database's settings; it ends within the connect timeout.
    if (m_probe)
        m_probe->wait();
}

void DatabaseSupervisor::watch(ChangeListener *listener) {
    m_listener = listener;
    connect(listener, &ChangeListener::lost, this, &DatabaseSupervisor::listenerLost);
}

void DatabaseSupervisor::connectionLost(const QString &reason) {
    if (!m_available)
        return;
    const bool first = !outage();
    m_available = false;
    // The listening connection is opened again too: whatever closed this one (a restart, the
    // network) most likely closed it as well, even if it has not noticed yet; and notifications
    // it may have missed are made up for by restored().
    if (m_listener)
        m_listenerDown = true;
    if (first) {
        m_downSince.start();
        m_reason = reason;
        qCWarning(lcStorage).noquote() << "lost the database connection:" << reason.trimmed()
                                       << "-- answering 503 until it is back; reconnecting";
    }
    schedule();
}

void DatabaseSupervisor::listenerLost(const QString &reason) {
    const bool first = !outage();
    m_listenerDown = true;
    if (first) {
        m_downSince.start();
        m_reason = reason;
    }
    // Most likely the database went away, not just this connection: find out now rather than
    // with the next request, so /healthz says so at once.
    const bool mainUp = check();
    if (first) {
        if (mainUp)
            qCWarning(lcStorage).noquote() << "lost the listening connection:" << reason.trimmed()
                                           << "-- live pokes wait until it is back; reconnecting";
        else
            qCWarning(lcStorage).noquote() << "lost the database connection:" << reason.trimmed()
                                           << "-- answering 503 until it is back; reconnecting";
    }
    schedule();
}

bool DatabaseSupervisor::check() {
    if (!m_available)
        return false;
    try {
        Query::execute(m_db.connection(), QStringLiteral("SELECT 1"));
        return true;
    } catch (const StorageError &e) {
        if (e.isConnectionLost())
            connectionLost(e.message());
        else
            qCWarning(lcStorage) << "health check failed:" << e.message();
        return false;
    }
}

int DatabaseSupervisor::retryAfterSeconds() const {
    const int remainingMs = m_retry.isActive() ? m_retry.remainingTime() : 0;
    return qMax(1, (remainingMs + 999) / 1000);
}

void DatabaseSupervisor::schedule() {
    if (m_retry.isActive() || m_probe)
        return;
    // Jitter, so that several hearthd processes on one database do not knock in step.
    const int delay = m_delayMs * (80 + int(QRandomGenerator::global()->bounded(41))) / 100;
    m_delayMs = qMin(m_delayMs * 2, MaxDelayMs);
    m_retry.start(delay);
}

void DatabaseSupervisor::attempt() {
    if (m_probe)
        return;
    ++m_attempts;
    m_probe.reset(QThread::create([this] {
        QString error;
        const bool ok = m_db.probe(&error);
        QMetaObject::invokeMethod(
            this, [this, ok, error] { probed(ok, error); }, Qt::QueuedConnection);
    }));
    m_probe->setObjectName(QStringLiteral("hearthd-database-probe"));
    m_probe->start();
}

void DatabaseSupervisor::probed(bool reachable, const QString &error) {
    m_probe->wait();
    m_probe.reset();
    QString why = error;
    // The database takes connections again: open ours. Each can still fail (it may go away
    // again in between); the next attempt then tries what is still missing.
    if (reachable && !m_available) {
        if (m_db.reconnect(&why))
            m_available = true;
        else
            reachable = false;
    }
    if (reachable && m_listenerDown && m_listener) {
        if (m_listener->restart(&why))
            m_listenerDown = false;
        else
            reachable = false;
    }
    if (outage()) {
        qCDebug(lcStorage) << "reconnect attempt" << m_attempts << "failed:" << why;
        schedule();
        return;
    }
    qCInfo(lcStorage).noquote() << QStringLiteral(
                                       "database connection restored after %1 s (%2 attempts)")
                                       .arg(double(m_downSince.elapsed()) / 1000.0, 0, 'f', 1)
                                       .arg(m_attempts);
    ++m_reconnects;
    m_attempts = 0;
    m_delayMs = FirstDelayMs;
    m_reason.clear();
    Q_EMIT restored();
}

} // namespace hearthd
