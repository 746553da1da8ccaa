// The real hearthd serving HTTPS and WSS from a certificate made at test time with openssl: a
// client that trusts the certificate gets answers, one that does not fails the handshake, a
// plain-HTTP client gets no HTTP answer, the socket layer's caps (request size, idle timeout,
// connections per peer) still hold, and a bad certificate or key stops hearthd at startup. The TLS
// files come through a --config file.

#include "hearthdprocess.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace hearth::testing;

namespace {

struct Reply {
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
};

Reply request(QNetworkAccessManager &nam, QNetworkRequest req, const QByteArray &method,
              const QByteArray &body = {}) {
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

} // namespace

class TestHearthdTls : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HearthdProcess m_server;
    QSslConfiguration m_trusting;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    QNetworkRequest httpsRequest(const QString &path, bool trusted) const {
        QNetworkRequest req(
            QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.port()).arg(path)));
        if (trusted)
            req.setSslConfiguration(m_trusting);
        return req;
    }

private Q_SLOTS:
    void initTestCase() {
        HEARTHD_SKIP_WITHOUT_BACKEND();
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed: cannot make a test certificate");
        QVERIFY(m_dir.isValid());
        QProcess gen;
        gen.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-keyout"), file(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), file(QStringLiteral("cert.pem"))});
        QVERIFY(gen.waitForFinished(60000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());

        QFile certFile(file(QStringLiteral("cert.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        const auto certs = QSslCertificate::fromData(certFile.readAll());
        QCOMPARE(certs.size(), 1);
        m_trusting = QSslConfiguration::defaultConfiguration();
        m_trusting.setCaCertificates(certs);

        // The certificate and key come from a config file, by paths relative to it.
        QFile conf(file(QStringLiteral("hearthd.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("# TLS for the test\ntls-cert = cert.pem\ntls-key = key.pem\n"
                   "idle-timeout = 2\nmax-request-bytes = 4096\n");
        conf.close();
        QString why;
        QVERIFY2(m_server.start({QStringLiteral("--config"), conf.fileName()}, &why),
                 qPrintable(why + QString::fromUtf8(m_server.stderrOutput())));
    }

    void trustedClientGetsAnswers() {
        QNetworkAccessManager nam;
        const Reply r = request(nam, httpsRequest(QStringLiteral("/healthz"), true), "GET");
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("\"ok\""));
    }

    void untrustedClientFailsTheHandshake() {
        QNetworkAccessManager nam;
        const Reply r = request(nam, httpsRequest(QStringLiteral("/healthz"), false), "GET");
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    }

    void plainHttpGetsNoHttpAnswer() {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray received;
        const bool closed = QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        received += socket.readAll();
        QVERIFY(closed);
        QVERIFY2(!received.contains("HTTP/"), received.constData());
    }

    void requestSizeCapHoldsOverTls() {
        QNetworkAccessManager nam;
        const Reply r = request(nam, httpsRequest(QStringLiteral("/v1/auth/login"), true), "POST",
                                QByteArray(8192, 'x'));
        QCOMPARE(r.status, 413);
        QVERIFY(r.body.contains("payload_too_large"));
    }

    void stalledHandshakeIsClosedWhenIdle() {
        QTcpSocket socket; // connects, never says hello
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 6000);
    }

    void webSocketOverTls() {
        QNetworkAccessManager nam;
        const Reply reg = request(nam, httpsRequest(QStringLiteral("/v1/auth/register"), true),
                                  "POST", "{\"handle\":\"tess\",\"password\":\"password-tess\"}");
        QCOMPARE(reg.status, 201);
        const QByteArray token = QJsonDocument::fromJson(reg.body)
                                     .object()
                                     .value(QStringLiteral("token"))
                                     .toString()
                                     .toLatin1();

        QWebSocket socket;
        socket.setSslConfiguration(m_trusting);
        QNetworkRequest req(
            QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/stream").arg(m_server.port())));
        req.setRawHeader("Authorization", "Bearer " + token);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy closed(&socket, &QWebSocket::disconnected);
        socket.open(req);
        QVERIFY(connected.wait(10000));
        // Authenticated: it outlives the HTTP idle timeout (2 s) and answers pings.
        QSignalSpy pongs(&socket, &QWebSocket::pong);
        QTest::qWait(2500);
        socket.ping();
        QVERIFY(pongs.wait(5000));
        QCOMPARE(closed.size(), 0);
        socket.close();
    }

    void connectionsPerPeerCapHoldsOverTls() {
        HearthdProcess capped;
        QString why;
        QVERIFY2(capped.start({QStringLiteral("--tls-cert"), file(QStringLiteral("cert.pem")),
                               QStringLiteral("--tls-key"), file(QStringLiteral("key.pem")),
                               QStringLiteral("--max-connections-per-peer"), QStringLiteral("1")},
                              &why),
                 qPrintable(why));
        const auto connect = [&](QSslSocket &socket) {
            socket.setSslConfiguration(m_trusting);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), capped.port());
            return socket.waitForEncrypted(5000);
        };
        QSslSocket first;
        QVERIFY(connect(first));
        QSslSocket second; // over the cap: closed before any handshake
        QVERIFY(!connect(second));
        first.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), QAbstractSocket::UnconnectedState, 5000);
        // The first one's slot is free again once the server has seen it go.
        bool freed = false;
        for (int attempt = 0; attempt < 20 && !freed; ++attempt) {
            QSslSocket third;
            freed = connect(third);
            if (!freed)
                QTest::qWait(250);
        }
        QVERIFY(freed);
    }

    void badCertificateOrKeyStopsStartup() {
        const QString cert = file(QStringLiteral("cert.pem"));
        const QString key = file(QStringLiteral("key.pem"));
        const auto args = [&](const QString &c, const QString &k) {
            return HearthdProcess::storageArgs(file(QStringLiteral("bad-data"))) +
                   QStringList{QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--tls-cert"), c,
                               QStringLiteral("--tls-key"),  k};
        };
        const auto swapped = HearthdProcess::run(args(key, cert));
        QCOMPARE(swapped.exitCode, 1);
        QVERIFY2(swapped.err.contains("holds no PEM certificate"), swapped.err.constData());
        const auto keyAsKey = HearthdProcess::run(args(cert, cert));
        QCOMPARE(keyAsKey.exitCode, 1);
        QVERIFY2(keyAsKey.err.contains("private key"), keyAsKey.err.constData());
        const auto missing = HearthdProcess::run(args(file(QStringLiteral("nope.pem")), key));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("cannot read the TLS certificate"), missing.err.constData());
        const auto half =
            HearthdProcess::run(HearthdProcess::storageArgs(file(QStringLiteral("bad-data"))) +
                                QStringList{QStringLiteral("--tls-cert"), cert});
        QCOMPARE(half.exitCode, 2);
        QVERIFY2(half.err.contains("tls-cert and tls-key go together"), half.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHearthdTls)
#include "tst_hearthd_tls.moc"
