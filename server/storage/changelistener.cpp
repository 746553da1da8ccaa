#include "changelistener.h"

#include "server/storage/database.h"
#include "server/storage/storagelogging.h"

#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>

namespace hearthd {

namespace {
const QString Purpose = QStringLiteral("listen");
// Qt 6.4's driver gives no signal when the connection closes, and keeps its socket notifier to
// itself; looking at the connection's state costs nothing (libpq answers from memory).
constexpr int WatchIntervalMs = 250;
} // namespace

ChangeListener::ChangeListener(Database &db, QString channel, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_channel(std::move(channel)) {
    m_watch.setInterval(WatchIntervalMs);
    connect(&m_watch, &QTimer::timeout, this, &ChangeListener::check);
}

ChangeListener::~ChangeListener() = default;

bool ChangeListener::start(QString *error) {
    if (!m_db.openExtraConnection(Purpose, error).isOpen())
        return false;
    return subscribe(error);
}

bool ChangeListener::restart(QString *error) {
    m_listening = false;
    m_watch.stop();
    m_driver = nullptr;
    // Closing ends the old subscription and its socket notifier before the driver goes.
    m_db.extraConnection(Purpose).close();
    if (!m_db.reconnectExtra(Purpose, error).isOpen())
        return false;
    return subscribe(error);
}

bool ChangeListener::subscribe(QString *error) {
    QSqlDatabase db = m_db.extraConnection(Purpose);
    QSqlDriver *driver = db.driver();
    if (!driver->subscribeToNotification(m_channel)) {
        *error =
            QStringLiteral("cannot LISTEN on %1: %2").arg(m_channel, driver->lastError().text());
        return false;
    }
    m_driver = driver;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &) {
                Q_EMIT announced();
            });
    // The driver reads the socket when its notifier fires; checking right after it (this
    // connection is made later, so it runs later) notices a closed connection at once. (Newer
    // Qt parents the notifier to the driver; Qt 6.4 does not, and the watch timer does it.)
    const auto notifiers = driver->findChildren<QSocketNotifier *>();
    for (QSocketNotifier *notifier : notifiers)
        connect(notifier, &QSocketNotifier::activated, this, &ChangeListener::check);
    m_listening = true;
    m_watch.start();
    return true;
}

void ChangeListener::check() {
    if (!m_listening || (m_driver && m_driver->isOpen()))
        return;
    m_listening = false;
    m_watch.stop();
    // libpq has closed the socket: stop watching it (the event loop would poll a dead file
    // descriptor, or one reused by another connection) until the connection is opened again.
    if (m_driver) {
        const auto notifiers = m_driver->findChildren<QSocketNotifier *>();
        for (QSocketNotifier *notifier : notifiers)
            notifier->setEnabled(false);
    }
    const QString reason =
        m_driver ? m_driver->lastError().text() : QStringLiteral("the connection is closed");
    Q_EMIT lost(reason.trimmed().isEmpty() ? QStringLiteral("the connection was closed")
                                           : reason.trimmed());
}

} // namespace hearthd
