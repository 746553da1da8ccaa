// Session against a real hearthd and a real Secret Service (tests/with-keyring.sh): creating an
// account keeps the token in the keychain (never in the settings file), restore() brings the
// account back without the network, a wrong password is a visible error, and sign-out removes
// the token and, if asked, the cache.

#include "hearthdprocess.h"

#include "net/session.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using hearth::net::Session;
using hearth::testing::HearthdProcess;

class TestSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QCoreApplication::setOrganizationName(QStringLiteral("HearthTest"));
        QCoreApplication::setApplicationName(QStringLiteral("hearth-session-test"));
    }

    void createRestoreAndSignOut() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString address = QStringLiteral("127.0.0.1:%1/").arg(server.port());

        QString token;
        QString cachePath;
        {
            Session session(QStringLiteral("HearthTest"), nullptr);
            QSignalSpy signedIn(&session, &Session::signedIn);
            session.createAccount(address, QStringLiteral("ada"),
                                  QStringLiteral("correct horse battery"),
                                  QStringLiteral("Ada L."));
            QCOMPARE(session.state(), Session::SigningIn);
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::SignedIn, 20000);
            QCOMPARE(signedIn.size(), 1);
            QCOMPARE(session.serverUrl(), server.url().toString());
            QCOMPARE(session.handle(), QStringLiteral("ada"));
            QCOMPARE(session.displayName(), QStringLiteral("Ada L."));
            QVERIFY(!session.userId().isEmpty());
            token = session.token();
            QVERIFY(!token.isEmpty());
            cachePath = session.cachePath();
            QVERIFY(cachePath.startsWith(
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
            QCOMPARE(session.accounts().size(), 1);
        }
        // The token is nowhere in the settings file.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toUtf8()));

        // Restore works with the server down: the token comes from the keychain.
        server.stop();
        Session restored(QStringLiteral("HearthTest"), nullptr);
        restored.restore();
        QTRY_COMPARE_WITH_TIMEOUT(restored.state(), Session::SignedIn, 20000);
        QCOMPARE(restored.token(), token);
        QCOMPARE(restored.cachePath(), cachePath);
        QCOMPARE(restored.handle(), QStringLiteral("ada"));

        // Sign out with cache removal.
        QDir().mkpath(QFileInfo(cachePath).absolutePath());
        QFile cache(cachePath);
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.write("x");
        cache.close();
        QSignalSpy aboutToSignOut(&restored, &Session::aboutToSignOut);
        restored.signOut(true);
        QCOMPARE(aboutToSignOut.size(), 1);
        QCOMPARE(restored.state(), Session::SignedOut);
        QVERIFY(!QFile::exists(cachePath));
        QVERIFY(restored.token().isEmpty());

        // Nothing to restore any more.
        Session after(QStringLiteral("HearthTest"), nullptr);
        after.restore();
        QTest::qWait(200);
        QCOMPARE(after.state(), Session::SignedOut);
    }

    // Two accounts on one machine (two servers here): switching puts one aside, still signed in,
    // and brings the other back from the keychain without a password; "sign out and forget"
    // removes an account from this device altogether.
    void severalAccountsSwitchWithoutPasswords() {
        HearthdProcess first(m_dir.filePath(QStringLiteral("server-a")));
        HearthdProcess second(m_dir.filePath(QStringLiteral("server-b")));
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        QVERIFY2(second.start(&error), qPrintable(error));
        QSettings().remove(QStringLiteral("accounts"));

        Session session(QStringLiteral("HearthTest"), nullptr);
        session.createAccount(first.url().toString(), QStringLiteral("cleo"),
                              QStringLiteral("first password 1"), QStringLiteral("Cleo"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::SignedIn, 20000);
        const QString firstToken = session.token();
        const QString firstCache = session.cachePath();

        QSignalSpy aboutToClose(&session, &Session::aboutToSignOut);
        session.addAccount();
        QCOMPARE(aboutToClose.size(), 1); // the app lets go of the first account's cache
        QCOMPARE(session.state(), Session::SignedOut);
        session.createAccount(second.url().toString(), QStringLiteral("cleo-work"),
                              QStringLiteral("second password 2"), {});
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::SignedIn, 20000);
        QCOMPARE(session.accounts().size(), 2);
        QVERIFY(session.cachePath() != firstCache);

        // Back to the first: no password, the token it had.
        session.switchAccount(first.url().toString(), QStringLiteral("cleo"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::SignedIn, 20000);
        QCOMPARE(session.handle(), QStringLiteral("cleo"));
        QCOMPARE(session.token(), firstToken);
        QCOMPARE(session.cachePath(), firstCache);
        // The one in use now is the one a restart brings back.
        {
            Session restarted(QStringLiteral("HearthTest"), nullptr);
            restarted.restore();
            QTRY_COMPARE_WITH_TIMEOUT(restarted.state(), Session::SignedIn, 20000);
            QCOMPARE(restarted.handle(), QStringLiteral("cleo"));
        }

        // Sign out and forget: gone from the accounts; the other stays signed in.
        QDir().mkpath(QFileInfo(firstCache).absolutePath());
        QFile cache(firstCache);
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.write("x");
        cache.close();
        session.signOut(true);
        QCOMPARE(session.state(), Session::SignedOut);
        QVERIFY(!QFile::exists(firstCache));
        QCOMPARE(session.accounts().size(), 1);
        QCOMPARE(session.accounts().constFirst().toMap().value(QStringLiteral("handle")).toString(),
                 QStringLiteral("cleo-work"));
        session.switchAccount(second.url().toString(), QStringLiteral("cleo-work"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::SignedIn, 20000);
        QCOMPARE(session.handle(), QStringLiteral("cleo-work"));

        // An account this device forgot cannot be switched to.
        session.switchAccount(first.url().toString(), QStringLiteral("cleo"));
        QCOMPARE(session.state(), Session::SignedOut);
        QVERIFY(
            session.errorString().contains(QLatin1StringView("not an account on this computer")));
        session.switchAccount(second.url().toString(), QStringLiteral("cleo-work"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::SignedIn, 20000);
        session.signOut(true);
    }

    void aWrongPasswordIsAVisibleError() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server-wrong")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Session session(QStringLiteral("HearthTest"), nullptr);
        session.createAccount(server.url().toString(), QStringLiteral("bo"),
                              QStringLiteral("right password 1"), {});
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::SignedIn, 20000);
        session.signOut(false);

        session.signIn(server.url().toString(), QStringLiteral("bo"),
                       QStringLiteral("wrong password 2"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::SignedOut, 20000);
        QVERIFY(!session.errorString().isEmpty());
        QVERIFY(session.token().isEmpty());

        session.signIn(server.url().toString(), QStringLiteral("bo"),
                       QStringLiteral("right password 1"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::SignedIn, 20000);
        QVERIFY(session.errorString().isEmpty());

        // An unreachable server says so.
        session.signOut(false);
        server.stop();
        session.signIn(server.url().toString(), QStringLiteral("bo"),
                       QStringLiteral("right password 1"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::SignedOut, 20000);
        QVERIFY2(session.errorString().contains(QLatin1StringView("reach")),
                 qPrintable(session.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
