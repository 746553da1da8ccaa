#pragma once
// The real hearthd executable (HEARTHD_BIN) run for a test: a private data folder, a free loopback
// port (--listen 127.0.0.1:0, port read from its "listening on" line), stopped on destruction.

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace hearthd::test {

class HearthdProcess {
public:
    // `dataDir` empty: a fresh temporary folder owned by this object.
    explicit HearthdProcess(const QString &dataDir = {});
    ~HearthdProcess();

    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    void stop();
    // SIGTERM, then the exit code (-1 when it had to be killed or crashed).
    int terminate();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QUrl baseUrl() const;
    QString dataDir() const { return m_dataDir; }
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
    static QString binary();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_err;
};

} // namespace hearthd::test
