#pragma once
// A PostgreSQL cluster of the test's own: initdb in a temporary folder, served on a free loopback
// port, removed on destruction. For tests that stop and restart the database under hearthd; the
// shared cluster of ./dev test (HEARTH_TEST_POSTGRES) serves other tests and must stay up.
// As root (initdb refuses to run as root) the server runs as the postgres user, as ./dev does.
// available() says why not when the binaries (or, as root, the postgres user) are missing.

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace hearth::testing {

class PostgresCluster {
public:
    static bool available(QString *why);

    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // initdb and start. False, with *error, when either fails.
    bool create(QString *error);
    // pg_ctl start / stop -m fast / restart -m fast, each waiting until done (-w).
    bool start(QString *error = nullptr);
    bool stop(QString *error = nullptr);
    bool restart(QString *error = nullptr);
    // pg_ctl status: the server is up.
    bool isRunning();
    // The same pg_ctl command started without waiting for it, so the caller's event loop (and
    // the clients it drives) keeps running meanwhile: "start", "stop" or "restart". Wait for it
    // with QTRY_VERIFY(p->state() == QProcess::NotRunning).
    std::unique_ptr<QProcess> begin(const QString &command);
    // `command` after `delayMs`, from a shell in the background: a database that comes up while
    // a blocking call (starting hearthd) is under way.
    std::unique_ptr<QProcess> beginAfter(int delayMs, const QString &command);

    quint16 port() const { return m_port; }
    // postgres://postgres@127.0.0.1:PORT/postgres
    QString url() const;
    QString serverLog() const;

private:
    QStringList pgCtl(const QString &command) const;
    bool run(const QStringList &program, QString *error, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    QString m_bin;
    quint16 m_port = 0;
    bool m_asRoot = false;
    bool m_created = false;
};

} // namespace hearth::testing
