// Without a reachable keychain (no Secret Service on the session bus), TokenStore fails visibly
// with a message for people, and nothing is written anywhere else: there is no plaintext fallback.

#include "net/tokenstore.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using hearth::net::TokenStore;

class TestTokenStoreWithoutKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void failsVisiblyAndWritesNoFile() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // A session bus that does not exist, and a private home to look for stray files in.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + home.filePath(QStringLiteral("no-bus")).toUtf8());
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        qunsetenv("DISPLAY");

        TokenStore store(QStringLiteral("HearthTest"));
        TokenStore::Result result;
        bool done = false;
        store.writeToken(QStringLiteral("ada@http://127.0.0.1:1"),
                         QStringLiteral("secret-token-value"), this,
                         [&](const TokenStore::Result &r) {
                             result = r;
                             done = true;
                         });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QVERIFY(!result.ok);
        QVERIFY(!result.notFound);
        QVERIFY2(!result.error.isEmpty(), "the failure must come with a message");

        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("secret-token-value"), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenStoreWithoutKeychain)
#include "tst_tokenstore_nokeychain.moc"
