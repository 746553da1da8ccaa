// Who the client of a request is behind reverse proxies: only trusted proxies are believed,
// the client is the right-most hop that is not one of them, forged hops to its left change
// nothing; and the trusted-proxies and timeout settings as hearthd reads them.

#include "server/http/trustedproxies.h"
#include "server/serverconfig.h"

#include <QTest>

using namespace hearthd;

namespace {

TrustedProxies proxies(const QString &text) {
    QString error;
    const auto parsed = TrustedProxies::parse(text, &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}

QHostAddress a(const char *text) {
    return QHostAddress(QString::fromLatin1(text));
}

} // namespace

class TestServerProxies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clientIsTheRightMostUntrustedHop_data() {
        QTest::addColumn<QString>("trusted");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QList<QByteArray>>("forwardedFor");
        QTest::addColumn<QList<QByteArray>>("forwarded");
        QTest::addColumn<QString>("client");
        using L = QList<QByteArray>;
        QTest::newRow("no proxies trusted: headers ignored")
            << ""
            << "127.0.0.1" << L{"203.0.113.9"} << L{} << "127.0.0.1";
        QTest::newRow("untrusted peer forging a hop")
            << "127.0.0.1"
            << "198.51.100.7" << L{"203.0.113.9"} << L{} << "198.51.100.7";
        QTest::newRow("one proxy") << "127.0.0.1"
                                   << "127.0.0.1" << L{"203.0.113.9"} << L{} << "203.0.113.9";
        QTest::newRow("client forged hops to the left")
            << "127.0.0.1"
            << "127.0.0.1" << L{"10.9.9.9, 1.2.3.4", "203.0.113.9"} << L{} << "203.0.113.9";
        QTest::newRow("two proxies in a subnet")
            << "127.0.0.1, 10.0.0.0/8"
            << "127.0.0.1" << L{"203.0.113.9, 10.1.2.3"} << L{} << "203.0.113.9";
        QTest::newRow("ports and brackets")
            << "::1"
            << "::1" << L{"[2001:db8::17]:4711"} << L{} << "2001:db8::17";
        QTest::newRow("IPv4 with a port")
            << "127.0.0.1"
            << "127.0.0.1" << L{"203.0.113.9:5555"} << L{} << "203.0.113.9";
        QTest::newRow("all hops trusted: the left-most")
            << "127.0.0.0/8"
            << "127.0.0.1" << L{"127.0.0.5, 127.0.0.6"} << L{} << "127.0.0.5";
        QTest::newRow("unknown hop: the nearest proxy")
            << "127.0.0.1"
            << "127.0.0.1" << L{"unknown"} << L{} << "127.0.0.1";
        QTest::newRow("no header from a trusted proxy") << "127.0.0.1"
                                                        << "127.0.0.1" << L{} << L{} << "127.0.0.1";
        QTest::newRow("Forwarded")
            << "127.0.0.1"
            << "127.0.0.1" << L{}
            << L{"for=192.0.2.60;proto=http;by=127.0.0.1, For=\"[2001:db8:cafe::17]:4711\""}
            << "2001:db8:cafe::17";
        QTest::newRow("X-Forwarded-For wins over Forwarded")
            << "127.0.0.1"
            << "127.0.0.1" << L{"203.0.113.9"} << L{"for=192.0.2.60"} << "203.0.113.9";
        QTest::newRow("IPv4-mapped peer")
            << "127.0.0.1"
            << "::ffff:127.0.0.1" << L{"203.0.113.9"} << L{} << "203.0.113.9";
    }

    void clientIsTheRightMostUntrustedHop() {
        QFETCH(QString, trusted);
        QFETCH(QString, peer);
        QFETCH(QList<QByteArray>, forwardedFor);
        QFETCH(QList<QByteArray>, forwarded);
        QFETCH(QString, client);
        const QHostAddress found =
            proxies(trusted).clientAddress(QHostAddress(peer), forwardedFor, forwarded);
        QCOMPARE(found, QHostAddress(client));
    }

    void parsing() {
        QString error;
        const auto ok =
            TrustedProxies::parse(QStringLiteral(" 127.0.0.1,::1  10.0.0.0/8 "), &error);
        QVERIFY(ok);
        QVERIFY(ok->contains(a("10.200.0.1")));
        QVERIFY(ok->contains(a("::1")));
        QVERIFY(!ok->contains(a("11.0.0.1")));
        QVERIFY(TrustedProxies::parse(QString(), &error)->isEmpty());
        QVERIFY(!TrustedProxies::parse(QStringLiteral("127.0.0.1, nginx"), &error));
        QVERIFY2(error.contains(QStringLiteral("'nginx'")), qPrintable(error));
    }

    void settings() {
        qunsetenv("HEARTHD_TRUSTED_PROXIES");
        const auto p = ServerConfig::parse(
            {QStringLiteral("hearthd"), QStringLiteral("--data"), QStringLiteral("/tmp/x"),
             QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1,::1"),
             QStringLiteral("--header-timeout"), QStringLiteral("3"),
             QStringLiteral("--body-timeout"), QStringLiteral("40")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.config.trustedProxies.contains(a("::1")));
        QCOMPARE(p.config.limits.headerTimeoutMs, 3000);
        QCOMPARE(p.config.limits.bodyTimeoutMs, 40000);
        QVERIFY(p.helpText.contains(QStringLiteral("--trusted-proxies")));
        QVERIFY(p.helpText.contains(QStringLiteral("--header-timeout")));

        qputenv("HEARTHD_TRUSTED_PROXIES", "127.0.0.1/40");
        const auto bad = ServerConfig::parse(
            {QStringLiteral("hearthd"), QStringLiteral("--data"), QStringLiteral("/tmp/x")});
        qunsetenv("HEARTHD_TRUSTED_PROXIES");
        QVERIFY2(bad.error.startsWith(QStringLiteral("HEARTHD_TRUSTED_PROXIES: ")),
                 qPrintable(bad.error));

        const auto defaults = ServerConfig::parse(
            {QStringLiteral("hearthd"), QStringLiteral("--data"), QStringLiteral("/tmp/x")});
        QVERIFY(defaults.config.trustedProxies.isEmpty());
        QCOMPARE(defaults.config.limits.headerTimeoutMs, 10000);
        QCOMPARE(defaults.config.limits.bodyTimeoutMs, 60000);
    }
};

QTEST_GUILESS_MAIN(TestServerProxies)
#include "tst_server_proxies.moc"
