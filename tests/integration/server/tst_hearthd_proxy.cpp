// The real hearthd behind a real nginx on loopback, configured with the location blocks that
// ship in packaging/nginx/hearthd-locations.conf (HEARTHD_NGINX_LOCATIONS). Clients connect
// from different loopback addresses (127.0.0.2, 127.0.0.3, ...), standing for machines: each is
// limited on its own (sign-in attempts, open streams) although hearthd sees only nginx, and a
// forged X-Forwarded-For changes nothing, through nginx or straight from an untrusted peer.
// Skips (visibly) where nginx is not installed: ./dev test installs nginx-light.

#include "hearthdprocess.h"
#include "httpclient.h"
#include "rawconnection.h"
#include "wireformat.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::testing;

namespace {

constexpr int StreamsPerClient = 3;

QHostAddress loopback(int last) {
    return QHostAddress(QStringLiteral("127.0.0.%1").arg(last));
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// One request on a connection of its own from `from`; the status of the answer (0: none).
int statusOf(const QHostAddress &from, quint16 port, const QByteArray &request,
             QByteArray *received = nullptr) {
    RawConnection c(port, from);
    c.send(request);
    c.readUntil([](const QByteArray &b) { return !WireFormat::statuses(b).isEmpty(); }, 10000);
    if (received)
        *received = c.received();
    const QList<int> statuses = WireFormat::statuses(c.received());
    return statuses.isEmpty() ? 0 : statuses.first();
}

QByteArray badSignIn(const QByteArray &extraHeaders = {}) {
    // The limit is spent before the body is read: an empty object is enough (and cheap).
    return "POST /v1/auth/login HTTP/1.1\r\nHost: hearth.test\r\nContent-Type: "
           "application/json\r\nContent-Length: 2\r\nConnection: close\r\n" +
           extraHeaders + "\r\n{}";
}

// Signs in badly until refused; how many attempts it took (0: never refused).
int attemptsUntilRefused(const QHostAddress &from, quint16 port,
                         const std::function<QByteArray(int)> &extraHeaders) {
    for (int i = 1; i <= 200; ++i) {
        const int status = statusOf(from, port, badSignIn(extraHeaders(i)));
        if (status == 429)
            return i;
        if (status != 400)
            return -status;
    }
    return 0;
}

} // namespace

class TestHearthdProxy : public QObject {
    Q_OBJECT

private:
    HearthdProcess m_server;
    QTemporaryDir m_nginxDir;
    QProcess m_nginx;
    quint16 m_nginxPort = 0;
    QString m_token;

    bool startNginx(const QString &binary, QString *error) {
        const QString dir = m_nginxDir.path();
        m_nginxPort = freePort();
        QFile conf(QDir(dir).filePath(QStringLiteral("nginx.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        // Only the http and events scaffolding is the test's: the upstream (with the port of
        // this hearthd) and the standard $connection_upgrade map, as in packaging/nginx.
        conf.write(QStringLiteral("pid %1/nginx.pid;\n"
                                  "error_log %1/error.log warn;\n"
                                  "events { worker_connections 256; }\n"
                                  "http {\n"
                                  "    access_log off;\n"
                                  "    client_body_temp_path %1/body;\n"
                                  "    proxy_temp_path %1/proxy;\n"
                                  "    fastcgi_temp_path %1/fastcgi;\n"
                                  "    uwsgi_temp_path %1/uwsgi;\n"
                                  "    scgi_temp_path %1/scgi;\n"
                                  "    map $http_upgrade $connection_upgrade {\n"
                                  "        default upgrade;\n"
                                  "        ''      close;\n"
                                  "    }\n"
                                  "    upstream hearthd {\n"
                                  "        server 127.0.0.1:%2;\n"
                                  "        keepalive 16;\n"
                                  "    }\n"
                                  "    server {\n"
                                  "        listen 127.0.0.1:%3;\n"
                                  "        include %4;\n"
                                  "    }\n"
                                  "}\n")
                       .arg(dir)
                       .arg(m_server.port())
                       .arg(m_nginxPort)
                       .arg(QStringLiteral(HEARTHD_NGINX_LOCATIONS))
                       .toUtf8());
        conf.close();
        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.start(binary,
                      {QStringLiteral("-p"), dir, QStringLiteral("-c"), conf.fileName(),
                       QStringLiteral("-e"), QDir(dir).filePath(QStringLiteral("error.log")),
                       QStringLiteral("-g"), QStringLiteral("daemon off; master_process off;")});
        const bool listening = QTest::qWaitFor(
            [&] {
                if (m_nginx.state() == QProcess::NotRunning)
                    return true;
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_nginxPort);
                return probe.waitForConnected(200);
            },
            10000);
        if (!listening || m_nginx.state() == QProcess::NotRunning) {
            QFile log(QDir(dir).filePath(QStringLiteral("error.log")));
            log.open(QIODevice::ReadOnly);
            *error =
                QStringLiteral("nginx did not start: %1 %2")
                    .arg(QString::fromUtf8(m_nginx.readAll()), QString::fromUtf8(log.readAll()));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() {
        const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                                             {QStringLiteral("/usr/sbin"),
                                                              QStringLiteral("/usr/local/sbin"),
                                                              QStringLiteral("/usr/bin")});
        if (nginx.isEmpty())
            QSKIP("nginx is not installed (apt-get install nginx-light; ./dev test does it)");
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("--max-connections-per-peer"),
                                 QString::number(StreamsPerClient), QStringLiteral("--rate-limit"),
                                 QStringLiteral("0")},
                                &error),
                 qPrintable(error));
        QVERIFY2(startNginx(nginx, &error), qPrintable(error));
        HttpClient direct(m_server.url());
        m_token = direct.registerUser(QStringLiteral("proxied"), QStringLiteral("password-p"));
        QVERIFY(!m_token.isEmpty());
    }

    void cleanupTestCase() {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate();
            if (!m_nginx.waitForFinished(5000))
                m_nginx.kill();
            m_nginx.waitForFinished(2000);
        }
    }

    void answersComeThroughTheProxy() {
        QByteArray received;
        QCOMPARE(statusOf(loopback(2), m_nginxPort,
                          "GET /healthz HTTP/1.1\r\nHost: hearth.test\r\nConnection: close\r\n\r\n",
                          &received),
                 200);
        QVERIFY(received.contains("\"ok\""));
        // The operator's figures stay on loopback.
        QCOMPARE(
            statusOf(loopback(2), m_nginxPort,
                     "GET /metrics HTTP/1.1\r\nHost: hearth.test\r\nConnection: close\r\n\r\n"),
            404);
    }

    void signInAttemptsAreLimitedPerClient() {
        const auto none = [](int) { return QByteArray(); };
        // Client A spends its budget (bursts of 60).
        const int spent = attemptsUntilRefused(loopback(2), m_nginxPort, none);
        QVERIFY2(spent > 50, qPrintable(QString::number(spent)));
        // Client B, behind the same proxy, still has its own.
        QCOMPARE(statusOf(loopback(3), m_nginxPort, badSignIn()), 400);
        // A cannot pass for B: nginx appends A's address, and that is the hop that counts.
        QCOMPARE(statusOf(loopback(2), m_nginxPort, badSignIn("X-Forwarded-For: 127.0.0.3\r\n")),
                 429);
        QCOMPARE(statusOf(loopback(3), m_nginxPort, badSignIn()), 400);
    }

    void forwardedForFromAnUntrustedPeerIsIgnored() {
        // Straight to hearthd from 127.0.0.4, which is no trusted proxy, claiming a new client
        // each time: all of it counts for 127.0.0.4.
        const int spent = attemptsUntilRefused(loopback(4), m_server.port(), [](int i) {
            return QByteArray("X-Forwarded-For: 10.0.0." + QByteArray::number(i % 250) + "\r\n");
        });
        QVERIFY2(spent > 50, qPrintable(QString::number(spent)));
        QCOMPARE(statusOf(loopback(5), m_server.port(), badSignIn()), 400);
    }

    void openStreamsAreLimitedPerClient() {
        const auto open = [this](int from, std::vector<std::unique_ptr<RawConnection>> *held) {
            auto c = std::make_unique<RawConnection>(m_nginxPort, loopback(from));
            c->send(WireFormat::upgradeRequest(m_token));
            c->readUntil(
                [](const QByteArray &b) {
                    return !WireFormat::serverFrames(b).isEmpty() ||
                           (!WireFormat::statuses(b).isEmpty() && !b.startsWith("HTTP/1.1 101"));
                },
                10000);
            const QList<int> statuses = WireFormat::statuses(c->received());
            const int status = statuses.isEmpty() ? 0 : statuses.first();
            held->push_back(std::move(c));
            return status;
        };
        std::vector<std::unique_ptr<RawConnection>> streams;
        for (int i = 0; i < StreamsPerClient; ++i)
            QCOMPARE(open(2, &streams), 101);
        QCOMPARE(open(2, &streams), 429); // A holds its share
        QCOMPARE(open(3, &streams), 101); // B is not affected by A
        QVERIFY(!WireFormat::serverFrames(streams.back()->received()).isEmpty()); // greeted
    }
};

QTEST_GUILESS_MAIN(TestHearthdProxy)
#include "tst_hearthd_proxy.moc"
