// TokenStore against a real Secret Service (a private gnome-keyring, see tests/with-keyring.sh):
// a token is stored, read back, and deleted; a missing entry says so.

#include "net/tokenstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using hearth::net::TokenStore;

class TestTokenStore : public QObject {
    Q_OBJECT

private:
    // Runs one keychain job and waits for its answer.
    template<typename Start> TokenStore::Result run(Start start) {
        TokenStore::Result result;
        bool done = false;
        start([&](const TokenStore::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.error = QStringLiteral("timed out waiting for the keychain");
        return result;
    }

private Q_SLOTS:
    void storesReadsBackAndDeletesAToken() {
        TokenStore store(QStringLiteral("HearthTest"));
        const QString account =
            QStringLiteral("ada@http://127.0.0.1:%1").arg(QUuid::createUuid().toString());
        const QString token =
            QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

        auto w = run([&](auto cb) { store.writeToken(account, token, this, cb); });
        QVERIFY2(w.ok, qPrintable(w.error));

        auto r = run([&](auto cb) { store.readToken(account, this, cb); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.token, token);

        // A second store (as after a restart) reads the same entry.
        TokenStore again(QStringLiteral("HearthTest"));
        r = run([&](auto cb) { again.readToken(account, this, cb); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.token, token);

        auto d = run([&](auto cb) { store.deleteToken(account, this, cb); });
        QVERIFY2(d.ok, qPrintable(d.error));

        r = run([&](auto cb) { store.readToken(account, this, cb); });
        QVERIFY(!r.ok);
        QVERIFY(r.notFound);
        QVERIFY(r.token.isEmpty());
    }

    void entriesAreSeparatedByAccount() {
        TokenStore store(QStringLiteral("HearthTest"));
        QVERIFY(run([&](auto cb) {
                    store.writeToken(QStringLiteral("a@x"), QStringLiteral("one"), this, cb);
                }).ok);
        QVERIFY(run([&](auto cb) {
                    store.writeToken(QStringLiteral("b@x"), QStringLiteral("two"), this, cb);
                }).ok);
        QCOMPARE(run([&](auto cb) { store.readToken(QStringLiteral("a@x"), this, cb); }).token,
                 QStringLiteral("one"));
        QCOMPARE(run([&](auto cb) { store.readToken(QStringLiteral("b@x"), this, cb); }).token,
                 QStringLiteral("two"));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
