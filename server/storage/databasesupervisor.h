#pragma once
// Keeps hearthd's database connections alive across a database restart or a network drop.
//
// A statement that fails on a closed connection (StorageError::isConnectionLost), a failed
// health check, or the ChangeListener losing its connection, marks the database unavailable:
// requests are then answered 503 without touching it, and the outage is logged once. Reconnecting
// runs with backoff: each attempt first probes the database on a worker thread (an unreachable
// host must not stall the server thread for the connect timeout), then opens the main connection
// again (dropping its prepared statements) and the listening one (subscribing again). When all
// are back, the end of the outage is logged once and restored() is emitted: notifications sent
// meanwhile were missed, so every stream is poked.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

class QThread;

namespace hearthd {

class ChangeListener;
class Database;

class DatabaseSupervisor : public QObject {
    Q_OBJECT

public:
    explicit DatabaseSupervisor(Database &db, QObject *parent = nullptr);
    ~DatabaseSupervisor() override;

    // Watches (and reconnects) this listener too.
    void watch(ChangeListener *listener);

    // False while the main connection is lost and being reconnected.
    bool isAvailable() const { return m_available; }
    // A statement failed because the main connection is gone: stop using it and reconnect.
    void connectionLost(const QString &reason);
    // Runs a trivial statement on the main connection; false when the database is unavailable
    // (now, or found to be by this check).
    bool check();
    // What to tell a client in Retry-After while unavailable: about when the next attempt ends.
    int retryAfterSeconds() const;
    // Outages survived since start (both connections back).
    quint64 reconnects() const { return m_reconnects; }
    // For messages: why the database is unavailable, and for how long it has been.
    QString reason() const { return m_reason; }
    qint64 unavailableForMs() const { return m_available ? 0 : m_downSince.elapsed(); }

Q_SIGNALS:
    // Every connection is open again after an outage; what other processes committed meanwhile
    // was not announced to this one.
    void restored();

private:
    void listenerLost(const QString &reason);
    void schedule();
    void attempt();
    void probed(bool ok, const QString &error);
    bool outage() const { return !m_available || m_listenerDown; }

    static constexpr int FirstDelayMs = 100;
    static constexpr int MaxDelayMs = 5000;

    Database &m_db;
    ChangeListener *m_listener = nullptr;
    bool m_available = true;
    bool m_listenerDown = false;
    QTimer m_retry;
    std::unique_ptr<QThread> m_probe;
    int m_delayMs = FirstDelayMs;
    int m_attempts = 0;
    QElapsedTimer m_downSince;
    QString m_reason;
    quint64 m_reconnects = 0;
};

} // namespace hearthd
