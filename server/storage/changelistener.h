#pragma once
// The LISTEN half of PostgreSQL's LISTEN/NOTIFY: a connection of its own, subscribed to the
// backend's change channel, that announces every NOTIFY on it (other processes' commits and our
// own). It runs no queries: on a busy connection, Qt's PostgreSQL driver was seen to miss
// notifications that arrived while it was idle.
//
// It also notices when that connection is lost (PostgreSQL restarted): the server's goodbye, or
// the end of the stream, wakes the driver's socket notifier, after which libpq knows the
// connection is closed. The listener looks right then where it can, and four times a second in
// any case, and reports lost(); DatabaseSupervisor reconnects it with restart().

#include <QObject>
#include <QString>
#include <QTimer>

class QSqlDriver;

namespace hearthd {

class Database;

class ChangeListener : public QObject {
    Q_OBJECT

public:
    ChangeListener(Database &db, QString channel, QObject *parent = nullptr);
    ~ChangeListener() override;

    // Opens the listening connection and subscribes. False, with *error, on failure.
    bool start(QString *error);
    // Opens it again after it was lost and subscribes again.
    bool restart(QString *error);
    bool isListening() const { return m_listening; }
    const QString &channel() const { return m_channel; }

Q_SIGNALS:
    // Something was committed to the database (by any process sharing it).
    void announced();
    // The listening connection is gone; notifications sent from now on are missed until
    // restart() succeeds.
    void lost(const QString &reason);

private:
    bool subscribe(QString *error);
    void check();

    Database &m_db;
    QString m_channel;
    QSqlDriver *m_driver = nullptr; // the listening connection's, while it is open
    QTimer m_watch;
    bool m_listening = false;
};

} // namespace hearthd
