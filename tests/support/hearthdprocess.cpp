#include "hearthdprocess.h"

#include "testdatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QHash>
#include <QRegularExpression>
#include <QThread>

namespace hearth::testing {

namespace {
// name -> URL of the PostgreSQL databases this test process made, dropped when it ends.
QHash<QString, QString> &createdDatabases() {
    static QHash<QString, QString> created;
    return created;
}

void dropCreatedDatabases() {
    for (const QString &name : createdDatabases().keys())
        TestDatabase::dropPostgres(name);
    createdDatabases().clear();
}

QString databaseNameFor(const QString &dataDir) {
    return QStringLiteral("hearthd_test_") +
           QString::fromLatin1(QCryptographicHash::hash(dataDir.toUtf8(), QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(16));
}

// The PostgreSQL database tied to `dataDir`, made on first use.
QString tiedDatabase(const QString &dataDir) {
    QHash<QString, QString> &created = createdDatabases();
    if (created.isEmpty())
        qAddPostRoutine(dropCreatedDatabases);
    const QString name = databaseNameFor(dataDir);
    if (!created.contains(name)) {
        QString error;
        const QString url = TestDatabase::createPostgres(name, &error);
        if (url.isEmpty())
            qFatal("cannot create test database %s: %s", qPrintable(name), qPrintable(error));
        created.insert(name, url);
    }
    return created.value(name);
}
} // namespace

QString HearthdProcess::binary() {
    return qEnvironmentVariable("HEARTHD_BIN");
}

HearthdProcess::HearthdProcess(const QString &dataDir) {
    if (dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    } else {
        m_dataDir = dataDir;
    }
}

HearthdProcess::~HearthdProcess() {
    stop();
}

QStringList HearthdProcess::storageArgs(const QString &dataDir) {
    QStringList args{QStringLiteral("--data"), dataDir};
    if (TestDatabase::usePostgres())
        args += QStringList{QStringLiteral("--database"), tiedDatabase(dataDir)};
    return args;
}

bool HearthdProcess::start(QString *error) {
    return start(QStringList(), error);
}

bool HearthdProcess::start(const QStringList &extraArgs, QString *error) {
    m_extraArgs = extraArgs;
    return launch(0, error);
}

bool HearthdProcess::restart(QString *error) {
    const quint16 port = m_port;
    // The port was just released; retry briefly if it is not yet free again.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (launch(port, error))
            return true;
        QThread::msleep(250);
    }
    return false;
}

bool HearthdProcess::launch(quint16 port, QString *error) {
    stop();
    m_port = 0;
    if (binary().isEmpty()) {
        if (error)
            *error = QStringLiteral("HEARTHD_BIN is not set; run this through ctest");
        return false;
    }
    if (m_databaseUrl.isEmpty() && TestDatabase::usePostgres())
        m_databaseUrl = tiedDatabase(m_dataDir);
    QStringList storage{QStringLiteral("--data"), m_dataDir};
    if (!m_databaseUrl.isEmpty())
        storage += QStringList{QStringLiteral("--database"), m_databaseUrl};
    m_process.setProgram(binary());
    m_process.setArguments(
        storage +
        QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)} +
        m_extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("hearthd did not start: %1").arg(m_process.errorString());
        return false;
    }
    static const QRegularExpression line(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)$"));
    QByteArray out;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        for (const QByteArray &l : out.split('\n')) {
            const auto match = line.match(QString::fromUtf8(l.trimmed()));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
    }
    if (error)
        *error = QStringLiteral("hearthd did not report its port; stdout: %1 stderr: %2")
                     .arg(QString::fromUtf8(out), QString::fromUtf8(stderrOutput()));
    stop();
    return false;
}

void HearthdProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
    m_err += m_process.readAllStandardError();
}

int HearthdProcess::terminate() {
    if (m_process.state() == QProcess::NotRunning)
        return -1;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        kill();
        return -1;
    }
    m_err += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void HearthdProcess::kill() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_err += m_process.readAllStandardError();
}

bool HearthdProcess::isRunning() const {
    return m_process.state() == QProcess::Running;
}

QUrl HearthdProcess::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QByteArray HearthdProcess::stderrOutput() {
    m_err += m_process.readAllStandardError();
    return m_err;
}

HearthdProcess::Run HearthdProcess::run(const QStringList &arguments, int timeoutMs,
                                        const QByteArray &input) {
    Run r;
    if (binary().isEmpty()) {
        r.err = "HEARTHD_BIN is not set; run this through ctest";
        return r;
    }
    QProcess p;
    p.start(binary(), arguments);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace hearth::testing
