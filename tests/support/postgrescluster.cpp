#include "postgrescluster.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>

#include <pwd.h>
#include <unistd.h>

namespace hearth::testing {

namespace {

// The newest installed server, e.g. /usr/lib/postgresql/15/bin (Debian's layout); or initdb on
// PATH (other distributions).
QString binaryFolder() {
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
        if (QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

bool isRoot() {
    return ::geteuid() == 0;
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool giveToPostgres(const QString &path) {
    const passwd *user = ::getpwnam("postgres");
    return user && ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

} // namespace

bool PostgresCluster::available(QString *why) {
    if (binaryFolder().isEmpty()) {
        *why = QStringLiteral("PostgreSQL unavailable: no initdb/pg_ctl found (apt-get install "
                              "postgresql; ./dev test does)");
        return false;
    }
    if (isRoot() && !::getpwnam("postgres")) {
        *why = QStringLiteral("PostgreSQL unavailable: running as root, and there is no postgres "
                              "user to run the server as");
        return false;
    }
    return true;
}

PostgresCluster::PostgresCluster()
    : m_bin(binaryFolder())
    , m_asRoot(isRoot()) {}

PostgresCluster::~PostgresCluster() {
    if (m_created)
        stop();
}

QStringList PostgresCluster::pgCtl(const QString &command) const {
    QStringList args{m_bin + QStringLiteral("/pg_ctl"),      QStringLiteral("-D"),
                     m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("log")),  QStringLiteral("-w")};
    if (command == QLatin1StringView("stop") || command == QLatin1StringView("restart"))
        args += QStringList{QStringLiteral("-m"), QStringLiteral("fast")};
    if (command == QLatin1StringView("start") || command == QLatin1StringView("restart"))
        args += QStringList{QStringLiteral("-o"),
                            QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off")
                                .arg(m_port)
                                .arg(m_dir.filePath(QStringLiteral("sock")))};
    args += command;
    if (m_asRoot)
        args = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                           QStringLiteral("postgres"), QStringLiteral("--")} +
               args;
    return args;
}

bool PostgresCluster::run(const QStringList &program, QString *error, int timeoutMs) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program.first(), program.mid(1));
    const bool finished = p.waitForFinished(timeoutMs);
    if (finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    if (!finished)
        p.kill();
    if (error)
        *error = QStringLiteral("%1 failed: %2 %3")
                     .arg(program.join(QLatin1Char(' ')), p.errorString(),
                          QString::fromLocal8Bit(p.readAll()));
    return false;
}

bool PostgresCluster::create(QString *error) {
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot make a temporary folder for the cluster");
        return false;
    }
    QDir().mkpath(m_dir.filePath(QStringLiteral("sock")));
    if (m_asRoot && (!giveToPostgres(m_dir.path()) ||
                     !giveToPostgres(m_dir.filePath(QStringLiteral("sock"))))) {
        *error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir.path());
        return false;
    }
    QStringList initdb{m_bin + QStringLiteral("/initdb"),
                       QStringLiteral("-D"),
                       m_dir.filePath(QStringLiteral("data")),
                       QStringLiteral("-U"),
                       QStringLiteral("postgres"),
                       QStringLiteral("-A"),
                       QStringLiteral("trust"),
                       QStringLiteral("-E"),
                       QStringLiteral("UTF8"),
                       QStringLiteral("--no-sync")};
    if (m_asRoot)
        initdb = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                             QStringLiteral("postgres"), QStringLiteral("--")} +
                 initdb;
    if (!run(initdb, error))
        return false;
    m_port = freePort();
    m_created = true;
    return start(error);
}

bool PostgresCluster::start(QString *error) {
    return run(pgCtl(QStringLiteral("start")), error);
}

bool PostgresCluster::stop(QString *error) {
    return run(pgCtl(QStringLiteral("stop")), error);
}

bool PostgresCluster::restart(QString *error) {
    return run(pgCtl(QStringLiteral("restart")), error);
}

bool PostgresCluster::isRunning() {
    return m_created && run(pgCtl(QStringLiteral("status")), nullptr);
}

std::unique_ptr<QProcess> PostgresCluster::begin(const QString &command) {
    const QStringList program = pgCtl(command);
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(program.first(), program.mid(1));
    return p;
}

std::unique_ptr<QProcess> PostgresCluster::beginAfter(int delayMs, const QString &command) {
    QStringList quoted;
    for (const QString &arg : pgCtl(command))
        quoted << QLatin1Char('\'') +
                      QString(arg).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                      QLatin1Char('\'');
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), QStringLiteral("sleep %1; exec %2")
                                        .arg(double(delayMs) / 1000.0)
                                        .arg(quoted.join(QLatin1Char(' ')))});
    return p;
}

QString PostgresCluster::url() const {
    return QStringLiteral("postgres://postgres@127.0.0.1:%1/postgres").arg(m_port);
}

QString PostgresCluster::serverLog() const {
    QFile log(m_dir.filePath(QStringLiteral("log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
}

} // namespace hearth::testing
