// hearthd's settings: the config file format, and the order command line > environment
// (HEARTHD_*) > config file > defaults, with errors that name the setting and where it came from.

#include "server/serverconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using hearthd::ServerConfig;

class TestServerConfig : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeConfig(const QByteArray &text) {
        static int n = 0;
        QFile file(m_dir.filePath(QStringLiteral("hearthd-%1.conf").arg(++n)));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(text);
        return file.fileName();
    }

    static ServerConfig::Parsed parse(const QStringList &args) {
        return ServerConfig::parse(QStringList{QStringLiteral("hearthd")} + args);
    }

private Q_SLOTS:
    void init() {
        for (const char *name :
             {"HEARTHD_DATA", "HEARTHD_DATABASE", "HEARTHD_LISTEN", "HEARTHD_CONFIG",
              "HEARTHD_IDLE_TIMEOUT", "HEARTHD_RATE_LIMIT", "HEARTHD_TLS_CERT", "HEARTHD_TLS_KEY"})
            qunsetenv(name);
    }
    void cleanup() { init(); }

    void fileSettingsApply() {
        const QString path = writeConfig("# hearthd\n\n; another comment\n"
                                         "data = state\n"
                                         "listen = 127.0.0.1:9100\n"
                                         "max-request-bytes = 4096\n"
                                         "idle-timeout = 7\n"
                                         "max-connections-per-peer = 3\n"
                                         "rate-limit = 0\n"
                                         "heartbeat = 9\n"
                                         "database-wait = 0\n"
                                         "tls-cert = tls/cert.pem\n"
                                         "tls-key = /etc/hearthd/key.pem\n");
        const auto p = parse({QStringLiteral("--config"), path});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        const ServerConfig &c = p.config;
        QCOMPARE(c.configFile, path);
        // Relative paths are relative to the file's folder.
        QCOMPARE(c.dataDir, QDir(m_dir.path()).filePath(QStringLiteral("state")));
        QCOMPARE(c.tlsCertFile, QDir(m_dir.path()).filePath(QStringLiteral("tls/cert.pem")));
        QCOMPARE(c.tlsKeyFile, QStringLiteral("/etc/hearthd/key.pem"));
        QCOMPARE(c.port, quint16(9100));
        QCOMPARE(c.limits.maxRequestBytes, qint64(4096));
        QCOMPARE(c.limits.idleTimeoutMs, 7000);
        QCOMPARE(c.limits.maxConnectionsPerPeer, 3);
        QCOMPARE(c.userRequestsPerSecond, 0);
        QCOMPARE(c.heartbeatMs, 9000);
        QCOMPARE(c.databaseWaitMs, 0);
    }

    void defaultsWithoutFile() {
        const auto p = parse({QStringLiteral("--data"), m_dir.path()});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.config.port, quint16(8787));
        QCOMPARE(p.config.limits.idleTimeoutMs, 60000);
        QCOMPARE(p.config.userRequestsPerSecond, 50);
        QCOMPARE(p.config.databaseWaitMs, 30000);
        QVERIFY(p.config.tlsCertFile.isEmpty());
        QVERIFY(p.config.configFile.isEmpty());
    }

    void commandLineBeatsEnvironmentBeatsFile() {
        const QString path = writeConfig("data = from-file\nidle-timeout = 5\nrate-limit = 7\n"
                                         "listen = 127.0.0.1:9001\n");
        qputenv("HEARTHD_IDLE_TIMEOUT", "6");
        qputenv("HEARTHD_LISTEN", "127.0.0.1:9002");
        const auto p = parse({QStringLiteral("--config"), path, QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:9003")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.config.port, quint16(9003));               // command line
        QCOMPARE(p.config.limits.idleTimeoutMs, 6000);        // environment
        QCOMPARE(p.config.userRequestsPerSecond, 7);          // file
        QCOMPARE(p.config.limits.maxConnectionsPerPeer, 256); // default
    }

    void configFromEnvironment() {
        qputenv("HEARTHD_CONFIG", writeConfig("data = d\nheartbeat = 4\n").toLocal8Bit());
        const auto p = parse({});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.config.heartbeatMs, 4000);
    }

    void errorsNameTheKey_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key")
            << QByteArray("data = d\nport = 80\n") << QStringLiteral(":2: unknown key 'port'");
        QTest::newRow("no equals")
            << QByteArray("data d\n") << QStringLiteral(":1: expected 'key = value'");
        QTest::newRow("twice") << QByteArray("data = a\ndata = b\n")
                               << QStringLiteral(":2: key 'data' given twice");
        QTest::newRow("bad number") << QByteArray("data = d\nidle-timeout = soon\n")
                                    << QStringLiteral("'idle-timeout' in ");
        QTest::newRow("bad rate") << QByteArray("data = d\nrate-limit = -1\n")
                                  << QStringLiteral("'rate-limit' in ");
        QTest::newRow("bad database wait") << QByteArray("data = d\ndatabase-wait = -5\n")
                                           << QStringLiteral("'database-wait' in ");
        QTest::newRow("bad listen")
            << QByteArray("data = d\nlisten = nowhere\n") << QStringLiteral("'listen' in ");
        QTest::newRow("public listen")
            << QByteArray("data = d\nlisten = 0.0.0.0:80\n") << QStringLiteral("loopback only");
        QTest::newRow("cert without key") << QByteArray("data = d\ntls-cert = c.pem\n")
                                          << QStringLiteral("tls-cert and tls-key go together");
        QTest::newRow("commands are not settings")
            << QByteArray("seed-demo = 1\n") << QStringLiteral("unknown key 'seed-demo'");
    }
    void errorsNameTheKey() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto p = parse({QStringLiteral("--config"), writeConfig(text)});
        QVERIFY2(p.error.contains(expected), qPrintable(p.error));
    }

    void environmentErrorsNameTheVariable() {
        qputenv("HEARTHD_IDLE_TIMEOUT", "0");
        const auto p = parse({QStringLiteral("--data"), m_dir.path()});
        QVERIFY2(p.error.contains(QStringLiteral("HEARTHD_IDLE_TIMEOUT must be")),
                 qPrintable(p.error));
    }

    void missingConfigFile() {
        const auto p = parse({QStringLiteral("--config"), m_dir.filePath(QStringLiteral("no"))});
        QVERIFY2(p.error.contains(QStringLiteral("cannot read the config file")),
                 qPrintable(p.error));
    }

    void shippedExampleParses() {
        const auto p = parse({QStringLiteral("--config"), QStringLiteral(HEARTHD_EXAMPLE_CONF)});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(!p.config.dataDir.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
