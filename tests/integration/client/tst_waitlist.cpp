// An event at capacity, end to end against a real hearthd: Sam's app answers "going" through its
// outbox, hearthd puts Sam on the waitlist and the event page says so with Sam's place in line;
// when the member holding the seat leaves the community, hearthd gives the seat to Sam and the
// page shows Sam going. The page is the real EventDetailPage over the real sync engine's cache.

#include "apicall.h"
#include "hearthdprocess.h"

#include "cache/cachestore.h"
#include "models/eventdetails.h"
#include "net/syncengine.h"

#include <QDateTime>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Hearth_UiPlugin)
Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

using hearth::cache::CacheStore;
using hearth::models::EventDetails;
using hearth::net::SyncEngine;
using hearth::testing::HearthdProcess;
using hearth::testing::registerUser;
using hearth::testing::sendMutation;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString text(QObject *page, const char *objectName) {
    auto *item = page->findChild<QObject *>(QString::fromLatin1(objectName));
    return item ? item->property("text").toString() : QStringLiteral("<no %1>").arg(objectName);
}

} // namespace

class TestWaitlist : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(m_dir.isValid());
    }

    void goingToAFullEventWaitsThenGetsTheSeatWhenSomeoneLeaves() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto maren = registerUser(server.url(), QStringLiteral("maren"));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto sam = registerUser(server.url(), QStringLiteral("sam"));
        QVERIFY(!maren.token.isEmpty() && !ada.token.isEmpty() && !sam.token.isEmpty());

        // Maren's community and a workshop with one seat, which Ada takes.
        const QString makers = newId(), raku = newId();
        QVERIFY(sendMutation(server.url(), maren.token, QStringLiteral("community.create"),
                             {{QStringLiteral("id"), makers},
                              {QStringLiteral("slug"), QStringLiteral("makers")},
                              {QStringLiteral("name"), QStringLiteral("Wrenfield Makers")}}));
        const qint64 start = QDateTime::currentMSecsSinceEpoch() + 3 * 24 * 3600 * 1000LL;
        QVERIFY(sendMutation(server.url(), maren.token, QStringLiteral("event.create"),
                             {{QStringLiteral("id"), raku},
                              {QStringLiteral("communityId"), makers},
                              {QStringLiteral("title"), QStringLiteral("Raku firing evening")},
                              {QStringLiteral("startsAt"), double(start)},
                              {QStringLiteral("endsAt"), double(start + 4 * 3600 * 1000LL)},
                              {QStringLiteral("place"), QStringLiteral("Tanner Lane Studio yard")},
                              {QStringLiteral("capacity"), 1}}));
        QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("membership.join"),
                             {{QStringLiteral("communityId"), makers}}));
        QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("rsvp.set"),
                             {{QStringLiteral("eventId"), raku},
                              {QStringLiteral("status"), QStringLiteral("going")}}));

        // Sam's app: its cache, its sync engine, and the event page over them.
        auto store = CacheStore::open(m_dir.filePath(QStringLiteral("sam.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        store->setLocalUser(sam.userId, sam.displayName);
        SyncEngine engine;
        engine.setStore(store.get());
        engine.setServerUrl(server.url());
        engine.setToken(sam.token);
        engine.setPollInterval(300);
        engine.setBackoff(100, 800);
        engine.start();
        store->enqueueMutation(QStringLiteral("membership.join"),
                               {{QStringLiteral("communityId"), makers}});

        QQmlEngine qml;
        qml.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&qml);
        component.setData("import QtQuick\nimport Hearth.Ui\n"
                          "EventDetailPage { width: 900; height: 1000; backLabel: \"Events\" }",
                          QUrl(QStringLiteral("qrc:/waitlist-test.qml")));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        std::unique_ptr<QObject> page(component.createWithInitialProperties(
            {{QStringLiteral("store"), QVariant::fromValue(store.get())},
             {QStringLiteral("eventId"), raku}}));
        QVERIFY2(page, qPrintable(component.errorString()));
        auto *details = page->property("details").value<EventDetails *>();
        QVERIFY(details);

        // The join window brings the event, full.
        QTRY_VERIFY_WITH_TIMEOUT(details->loaded() && details->goingCount() == 1, 15000);
        QCOMPARE(details->seatsLeft(), 0);
        QCOMPARE(text(page.get(), "rsvpHeadline"), QStringLiteral("Are you going?"));
        QCOMPARE(text(page.get(), "rsvpGoing"), QStringLiteral("Join the waitlist"));

        // Sam says going: queued, shown at once, then hearthd's answer: the waitlist, first in
        // line.
        auto *going = page->findChild<QObject *>(QStringLiteral("rsvpGoing"));
        QVERIFY(going);
        QVERIFY(QMetaObject::invokeMethod(going, "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(
            details->pending() || details->myRsvp() == QLatin1String("waitlisted"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!details->pending() && store->unsentCount() == 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(details->myRsvp(), QStringLiteral("waitlisted"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(details->waitlistPosition(), 1, 15000);
        QCOMPARE(text(page.get(), "rsvpHeadline"), QStringLiteral("You are #1 on the waitlist"));
        QTRY_COMPARE_WITH_TIMEOUT(text(page.get(), "seatsText"),
                                  QStringLiteral("Full: 1 of 1 seats taken, 1 on the waitlist"),
                                  15000);

        // Ada leaves the community; hearthd frees her seat and seats Sam. Sam's app hears of it
        // through the stream and the page says Sam is going.
        QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("membership.leave"),
                             {{QStringLiteral("communityId"), makers}}));
        QTRY_COMPARE_WITH_TIMEOUT(details->myRsvp(), QStringLiteral("going"), 15000);
        QCOMPARE(details->waitlistPosition(), 0);
        QCOMPARE(text(page.get(), "rsvpHeadline"), QStringLiteral("You are going"));
        QTRY_COMPARE_WITH_TIMEOUT(text(page.get(), "seatsText"),
                                  QStringLiteral("Full: 1 of 1 seats taken"), 15000);
        const QVariantList goingNow = details->going();
        QCOMPARE(goingNow.size(), 1);
        QCOMPARE(goingNow.at(0).toMap().value(QStringLiteral("userId")).toString(), sam.userId);
        engine.stop();
    }
};

QTEST_MAIN(TestWaitlist)
#include "tst_waitlist.moc"
