// Accounts: registering, signing in, and tokens that are stored only as hashes.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "server/domain/accounts.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

class TestServerAccounts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void registerGivesATokenThatAuthenticates() {
        ServerFixture f;
        const auto r = f.server().accounts().registerUser(
            {QStringLiteral("ada"), QStringLiteral("correct horse"), QStringLiteral("Ada L.")});
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(r->handle, QStringLiteral("ada"));
        QCOMPARE(r->displayName, QStringLiteral("Ada L."));
        QCOMPARE(QByteArray::fromBase64(r->token.toLatin1(), QByteArray::Base64UrlEncoding).size(),
                 32);
        QCOMPARE(f.server().accounts().authenticate(r->token), r->userId);
    }

    void displayNameDefaultsToHandle() {
        ServerFixture f;
        const auto r = f.server().accounts().registerUser(
            {QStringLiteral("bo"), QStringLiteral("12345678"), {}});
        QVERIFY(r);
        QCOMPARE(r->displayName, QStringLiteral("bo"));
    }

    void loginWithTheRightPasswordGivesANewToken() {
        ServerFixture f;
        const auto reg = f.server().accounts().registerUser(
            {QStringLiteral("ada"), QStringLiteral("correct horse"), {}});
        QVERIFY(reg);
        const auto login = f.server().accounts().login(
            {QStringLiteral("ada"), QStringLiteral("correct horse"), {}});
        QVERIFY(login);
        QCOMPARE(login->userId, reg->userId);
        QVERIFY(login->token != reg->token);
        QCOMPARE(f.server().accounts().authenticate(login->token), reg->userId);
        QCOMPARE(f.server().accounts().authenticate(reg->token), reg->userId);
    }

    void wrongPasswordAndUnknownHandleAnswerTheSame() {
        ServerFixture f;
        QVERIFY(f.server().accounts().registerUser(
            {QStringLiteral("ada"), QStringLiteral("correct horse"), {}}));
        const auto wrong =
            f.server().accounts().login({QStringLiteral("ada"), QStringLiteral("wrong horse"), {}});
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QString::fromLatin1(ErrorCode::InvalidCredentials));
        const auto unknown = f.server().accounts().login(
            {QStringLiteral("nobody"), QStringLiteral("wrong horse"), {}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, wrong.error().code);
        QCOMPARE(unknown.error().message, wrong.error().message);
    }

    void duplicateHandleIsTaken() {
        ServerFixture f;
        QVERIFY(f.server().accounts().registerUser(
            {QStringLiteral("ada"), QStringLiteral("correct horse"), {}}));
        const auto again = f.server().accounts().registerUser(
            {QStringLiteral("ada"), QStringLiteral("another one"), {}});
        QVERIFY(!again);
        QCOMPARE(again.error().code, QString::fromLatin1(ErrorCode::HandleTaken));
    }

    void handleAndPasswordRules_data() {
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        QTest::newRow("too short") << "a"
                                   << "12345678"
                                   << "field 'handle' must be 2 to 32";
        QTest::newRow("too long") << QString(33, QLatin1Char('a')) << "12345678"
                                  << "field 'handle' must be 2 to 32";
        QTest::newRow("upper case") << "Ada"
                                    << "12345678"
                                    << "field 'handle' must be 2 to 32";
        QTest::newRow("space") << "a b"
                               << "12345678"
                               << "field 'handle' must be 2 to 32";
        QTest::newRow("short password") << "ada"
                                        << "1234567"
                                        << "field 'password' must be at least 8 characters";
    }

    void handleAndPasswordRules() {
        QFETCH(QString, handle);
        QFETCH(QString, password);
        QFETCH(QString, message);
        ServerFixture f;
        const auto r = f.server().accounts().registerUser({handle, password, {}});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QString::fromLatin1(ErrorCode::InvalidRequest));
        QVERIFY2(r.error().message.startsWith(message), qPrintable(r.error().message));
    }

    void handleCharactersAllowed() {
        ServerFixture f;
        QVERIFY(f.server().accounts().registerUser(
            {QStringLiteral("a.b_c-9"), QStringLiteral("12345678"), {}}));
        QVERIFY(f.server().accounts().registerUser(
            {QString(32, QLatin1Char('z')), QStringLiteral("12345678"), {}}));
    }

    void badTokensAuthenticateNobody() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        auto &accounts = f.server().accounts();
        QVERIFY(accounts.authenticate({}).isEmpty());
        QVERIFY(accounts.authenticate(QStringLiteral("not-a-token")).isEmpty());
        QString tampered = ada.token;
        tampered[0] = tampered[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(accounts.authenticate(tampered).isEmpty());
    }

    void storesOnlyHashesOfTokensAndPasswords() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const auto db = f.server().database().connection();
        hearthd::Query tokens(db, QStringLiteral("SELECT token_hash FROM tokens"));
        tokens.exec();
        QVERIFY(tokens.next());
        QVERIFY(tokens.text(0) != ada.token);
        QCOMPARE(tokens.text(0).size(), 64); // hex SHA-256
        hearthd::Query users(db, QStringLiteral("SELECT password_hash FROM users"));
        users.exec();
        QVERIFY(users.next());
        QVERIFY(users.text(0).startsWith(QStringLiteral("$argon2id$")));
    }
};

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"
