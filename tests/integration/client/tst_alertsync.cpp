// A member's alert choices follow them to another machine, end to end against a real hearthd:
// on her laptop Ada silences one community and asks for the daily digest (AlertPreferences, as
// Settings does); her desktop, signed in to the same account with its own cache, receives both,
// and its DesktopAlerts then stays quiet for that community while alerting a mention elsewhere.

#include "apicall.h"
#include "hearthdprocess.h"
#include "memberapp.h"

#include "cache/unreadnotificationsquery.h"
#include "models/alertpreferences.h"
#include "models/desktopalerts.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hearth::models::AlertPreferences;
using hearth::models::DesktopAlerts;
using hearth::testing::HearthdProcess;
using hearth::testing::MemberApp;
using hearth::testing::registerUser;
using hearth::testing::sendMutation;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString levelOf(const AlertPreferences &model, const QString &communityId) {
    for (int i = 0; i < model.rowCount(); ++i) {
        const QModelIndex index = model.index(i);
        if (model.data(index, AlertPreferences::CommunityIdRole).toString() == communityId)
            return model.data(index, AlertPreferences::LevelRole).toString();
    }
    return QStringLiteral("<none>");
}

} // namespace

class TestAlertSync : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(m_dir.isValid());
    }

    void choicesMadeOnOneMachineApplyOnTheOther() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        QVERIFY(!ada.token.isEmpty() && !bo.token.isEmpty());
        const QString makers = newId(), runners = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("community.create"),
                             {{QStringLiteral("id"), makers},
                              {QStringLiteral("slug"), QStringLiteral("makers")},
                              {QStringLiteral("name"), QStringLiteral("Wrenfield Makers")}}));
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("community.create"),
                             {{QStringLiteral("id"), runners},
                              {QStringLiteral("slug"), QStringLiteral("runners")},
                              {QStringLiteral("name"), QStringLiteral("Trail Runners")}}));
        for (const QString &c : {makers, runners})
            QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("membership.join"),
                                 {{QStringLiteral("communityId"), c}}));

        MemberApp laptop, desktop;
        QVERIFY2(
            laptop.open(m_dir.filePath(QStringLiteral("laptop.sqlite")), ada, server.url(), &error),
            qPrintable(error));
        AlertPreferences onLaptop;
        onLaptop.setStore(laptop.store.get());
        QTRY_COMPARE_WITH_TIMEOUT(onLaptop.rowCount(), 2, 15000);
        QVERIFY(onLaptop.setLevel(makers, QStringLiteral("none")));
        onLaptop.setDigest(true);
        laptop.store->waitForWrites(); // in the outbox before "nothing unsent" can mean "sent"
        QTRY_COMPARE_WITH_TIMEOUT(laptop.store->unsentCount(), 0, 15000);
        QCOMPARE(laptop.store->failedCount(), 0);

        // The other machine, a fresh cache of the same account.
        QVERIFY2(desktop.open(m_dir.filePath(QStringLiteral("desktop.sqlite")), ada, server.url(),
                              &error),
                 qPrintable(error));
        AlertPreferences onDesktop;
        onDesktop.setStore(desktop.store.get());
        QTRY_COMPARE_WITH_TIMEOUT(levelOf(onDesktop, makers), QStringLiteral("none"), 15000);
        QCOMPARE(levelOf(onDesktop, runners), QStringLiteral("all"));
        QVERIFY(onDesktop.digest());

        // Back to single alerts on the desktop; the laptop follows.
        onDesktop.setDigest(false);
        desktop.store->waitForWrites();
        QTRY_VERIFY_WITH_TIMEOUT(!onLaptop.digest(), 15000);
        QCOMPARE(levelOf(onLaptop, makers), QStringLiteral("none"));

        // The desktop's alerts follow the choices: Bo mentions Ada in both communities; only
        // the Runners mention becomes an alert.
        DesktopAlerts alerts;
        QSignalSpy spy(&alerts, &DesktopAlerts::alert);
        QTRY_VERIFY_WITH_TIMEOUT(!desktop.store->cursor().isEmpty(), 15000);
        desktop.store->waitForWrites();
        alerts.setStore(desktop.store.get());
        for (const QString &c : {makers, runners})
            QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("post.create"),
                                 {{QStringLiteral("id"), newId()},
                                  {QStringLiteral("communityId"), c},
                                  {QStringLiteral("body"), QStringLiteral("Welcome @ada!")}}));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 15000);
        QVERIFY2(spy.at(0).at(1).toString().contains(QLatin1String("Trail Runners")),
                 qPrintable(spy.at(0).at(1).toString()));
        // Both mentions are in the desktop's cache (the bell lists them); Makers stays quiet.
        QTRY_COMPARE_WITH_TIMEOUT(
            hearth::cache::UnreadNotificationsQuery{0}.run(desktop.store->readConnection()).size(),
            2, 15000);
        QCoreApplication::processEvents();
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_MAIN(TestAlertSync)
#include "tst_alertsync.moc"
