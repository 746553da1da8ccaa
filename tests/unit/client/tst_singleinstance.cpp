// One hearth per user: a second one hands its hearth://invite link to the running one and exits.
// Proved in one process (SingleInstance's two sides, the sender on its own thread as a second
// process would be) and with the real hearth binary as the second process (HEARTH_BIN).

#include "singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <future>

using hearth::app::SingleInstance;

namespace {
QString uniqueName() {
    return QStringLiteral("hearth-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}
} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSecondInstanceHandsItsLinkOver() {
        const QString name = uniqueName();
        SingleInstance first(name);
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::messageReceived);
        // The second one blocks on its socket, as a second process would: its own thread.
        auto second = std::async(std::launch::async, [name] {
            return SingleInstance::sendToRunning(name,
                                                 QStringLiteral("hearth://invite/abcd2345wxyz"));
        });
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received[0][0].toString(), QStringLiteral("hearth://invite/abcd2345wxyz"));
        QTRY_VERIFY(second.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QVERIFY(second.get());

        // With no link: just "show the window".
        auto plain = std::async(std::launch::async,
                                [name] { return SingleInstance::sendToRunning(name, QString()); });
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(received[1][0].toString(), QString());
        QTRY_VERIFY(plain.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QVERIFY(plain.get());
    }

    void withNoneRunningTheFirstListens() {
        const QString name = uniqueName();
        QVERIFY(!SingleInstance::sendToRunning(name, QStringLiteral("hearth://invite/x"), 300));
        SingleInstance first(name);
        QVERIFY(first.listen());
        // A second listener on the same name is refused while the first runs.
        QLocalServer other;
        QVERIFY(!other.listen(name));
    }

    void theSocketOfACrashedInstanceIsTakenOver() {
#ifdef Q_OS_UNIX
        const QString name = uniqueName();
        // What a crash leaves: the socket file, with nobody listening.
        const QString path = QDir::tempPath() + QLatin1Char('/') + name;
        {
            QLocalServer crashed;
            crashed.setSocketOptions(QLocalServer::UserAccessOption);
            QVERIFY(crashed.listen(name));
            // Closing normally removes the file; put one back as a crash would leave it.
        }
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QVERIFY(!SingleInstance::sendToRunning(name, QString(), 300));
        SingleInstance next(name);
        QVERIFY(next.listen());
        QFile::remove(path);
#else
        QSKIP("socket files are a Unix thing");
#endif
    }

    // The real binary as the second process: it hands the link to us and exits 0 at once.
    void theHearthBinaryHandsItsLinkToTheRunningOne() {
        const QString binary = qEnvironmentVariable("HEARTH_BIN");
        if (binary.isEmpty())
            QSKIP("HEARTH_BIN is not set (ctest sets it when the hearth target is built)");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The name hearth computes for that home: ours, as hearth, with that data folder.
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("HOME", home.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Hearth"));
        QCoreApplication::setApplicationName(QStringLiteral("hearth"));
        SingleInstance running(SingleInstance::defaultName());
        QVERIFY(running.listen());
        QSignalSpy received(&running, &SingleInstance::messageReceived);

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(binary, {QStringLiteral("HEARTH://invite/ABCD2345WXYZ")});
        QVERIFY(second.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 15000);
        QCOMPARE(received[0][0].toString(), QStringLiteral("HEARTH://invite/ABCD2345WXYZ"));
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 15000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
