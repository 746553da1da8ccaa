#pragma once
// The real hearthd executable (HEARTHD_BIN) run for a test or a benchmark: on 127.0.0.1 and a
// free port (--listen 127.0.0.1:0, the port read from its "listening on" line), on the storage
// the tests selected (TestDatabase: SQLite in its data folder, or a PostgreSQL database tied to
// that folder), stopped on destruction. restart() brings it back on the same port and data, as a
// member's server coming back after an outage would. Several processes on one PostgreSQL
// database: HearthdCluster, or setDatabaseUrl() with another process's databaseUrl().

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace hearth::testing {

class HearthdProcess {
public:
    // `dataDir` empty: a fresh temporary folder owned by this object.
    explicit HearthdProcess(const QString &dataDir = {});
    ~HearthdProcess();
    HearthdProcess(const HearthdProcess &) = delete;
    HearthdProcess &operator=(const HearthdProcess &) = delete;

    // HEARTHD_BIN (ctest sets it for every test); empty when unset.
    static QString binary();

    // Starts on a free port, with `extraArgs` after the storage and --listen arguments. False,
    // with *error, when it did not come up.
    bool start(QString *error = nullptr);
    bool start(const QStringList &extraArgs, QString *error = nullptr);
    // Starts again on the port, data and arguments it had (retrying while the port is released).
    bool restart(QString *error = nullptr);
    // SIGTERM, then SIGKILL if it lingers.
    void stop();
    // SIGTERM, then the exit code (-1 when it had to be killed or crashed).
    int terminate();
    // SIGKILL: what a crash or a power cut does to it.
    void kill();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QUrl url() const;
    QString dataDir() const { return m_dataDir; }
    // The PostgreSQL database it serves (known once started); empty on SQLite.
    QString databaseUrl() const { return m_databaseUrl; }
    // Serve this PostgreSQL database instead of one tied to the data folder: how a second
    // process joins the first's database. Call before start().
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    QByteArray stderrOutput();

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs hearthd to completion with the given arguments.
    static Run run(const QStringList &arguments, int timeoutMs = 60000,
                   const QByteArray &input = {});
    // "--data DIR", plus "--database URL" of a database tied to DIR when the tests run against
    // PostgreSQL (TestDatabase), so every hearthd started on DIR finds the same data.
    static QStringList storageArgs(const QString &dataDir);

private:
    bool launch(quint16 port, QString *error);

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QString m_databaseUrl;
    QStringList m_extraArgs;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_err;
};

} // namespace hearth::testing
