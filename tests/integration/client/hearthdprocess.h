#pragma once
// Runs the real hearthd (HEARTHD_BIN) for client integration tests: on 127.0.0.1, on a free port
// the first time (it prints "listening on 127.0.0.1:PORT") and on the same port and data folder
// when restarted, as a member's server coming back after an outage would.

#include <QProcess>
#include <QString>
#include <QUrl>

namespace hearth::testing {

class HearthdProcess {
public:
    explicit HearthdProcess(const QString &dataDir)
        : m_dataDir(dataDir) {}
    ~HearthdProcess() { stop(); }

    static QString binary() { return qEnvironmentVariable("HEARTHD_BIN"); }

    // Starts on `port` (0: a free one). False with *error when it did not come up.
    bool start(QString *error, quint16 port = 0);
    // Starts again on the port it had.
    bool restart(QString *error);
    // SIGTERM, then SIGKILL if it lingers.
    void stop();
    void kill();

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QString output() const { return m_output; }

private:
    QString m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_output;
};

} // namespace hearth::testing
