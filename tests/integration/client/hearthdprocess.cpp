#include "hearthdprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QThread>

namespace hearth::testing {

bool HearthdProcess::start(QString *error, quint16 port) {
    stop();
    if (binary().isEmpty()) {
        *error = QStringLiteral("HEARTHD_BIN is not set");
        return false;
    }
    m_output.clear();
    m_process.setProgram(binary());
    m_process.setArguments({QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:%1").arg(port)});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("hearthd did not start: %1").arg(m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer deadline(20000);
    // A port just freed by the previous run can take a moment to be usable again.
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    *error = QStringLiteral("hearthd did not report its port; stdout: %1 stderr: %2")
                 .arg(m_output, QString::fromUtf8(m_process.readAllStandardError()));
    stop();
    return false;
}

bool HearthdProcess::restart(QString *error) {
    // The port was just released; retry briefly if it is not yet free again.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (start(error, m_port))
            return true;
        QThread::msleep(250);
    }
    return false;
}

void HearthdProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
}

void HearthdProcess::kill() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace hearth::testing
