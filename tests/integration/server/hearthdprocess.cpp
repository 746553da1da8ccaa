#include "hearthdprocess.h"

#include "testdatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QHash>
#include <QRegularExpression>

namespace hearthd::test {

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
} // namespace

QString HearthdProcess::binary() {
    const QString bin = qEnvironmentVariable("HEARTHD_BIN");
    if (bin.isEmpty())
        qFatal("HEARTHD_BIN is not set; run this through ctest");
    return bin;
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
    if (!TestDatabase::usePostgres())
        return args;
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
    return args + QStringList{QStringLiteral("--database"), created.value(name)};
}

bool HearthdProcess::start(const QStringList &extraArgs, QString *error) {
    m_port = 0;
    m_process.setProgram(binary());
    m_process.setArguments(storageArgs(m_dataDir) +
                           QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                           extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = m_process.errorString();
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
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_err += m_process.readAllStandardError();
}

int HearthdProcess::terminate() {
    if (m_process.state() == QProcess::NotRunning)
        return -1;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    m_err += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

bool HearthdProcess::isRunning() const {
    return m_process.state() == QProcess::Running;
}

QUrl HearthdProcess::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QByteArray HearthdProcess::stderrOutput() {
    m_err += m_process.readAllStandardError();
    return m_err;
}

HearthdProcess::Run HearthdProcess::run(const QStringList &arguments, int timeoutMs,
                                        const QByteArray &input) {
    QProcess p;
    p.start(binary(), arguments);
    p.write(input);
    p.closeWriteChannel();
    Run r;
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

} // namespace hearthd::test
