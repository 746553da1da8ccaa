// DesktopAlerts over a real cache: only notifications that arrive while Hearth runs, unread,
// with the window in the background and alerts enabled, become desktop alerts, worded for a
// bubble; the backlog (and a fresh cache's first sync) never does; a burst becomes one summary.
// The member's settings from hearthd apply: a level per community, and a daily digest instead.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/desktopalerts.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::DesktopAlerts;
using hearth::testing::PageBuilder;

class TestDesktopAlerts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;
    int m_pages = 0;
    static constexpr qint64 T0 = 1700000000000;

    void sync(const PageBuilder &page) {
        m_store->applySyncPage(page.build(QStringLiteral("cur-%1").arg(++m_pages)));
        m_store->waitForWrites();
        QCoreApplication::processEvents();
    }

    std::unique_ptr<CacheStore> open() {
        QString error;
        auto store = CacheStore::open(
            m_dir.filePath(QStringLiteral("alerts%1.sqlite").arg(++m_files)), &error);
        if (store)
            store->setLocalUser(QStringLiteral("me"), QStringLiteral("Sam"));
        return store;
    }

private Q_SLOTS:
    void init() {
        m_store = open();
        QVERIFY(m_store);
        sync(PageBuilder()
                 .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                 .community(QStringLiteral("c2"), QStringLiteral("Runners"))
                 .membership(QStringLiteral("c1"), QStringLiteral("me"))
                 .membership(QStringLiteral("c2"), QStringLiteral("me"))
                 .notification(QStringLiteral("old"), QStringLiteral("c1"), T0));
    }
    void cleanup() { m_store.reset(); }

    void newUnreadNotificationsBecomeAlertsButTheBacklogDoesNot() {
        DesktopAlerts alerts;
        QSignalSpy spy(&alerts, &DesktopAlerts::alert);
        alerts.setStore(m_store.get());
        QCOMPARE(spy.size(), 0); // "old" was there already

        sync(PageBuilder().notification(QStringLiteral("n1"), QStringLiteral("c1"), T0 + 1000));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("n1"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Ada replied in Makers"));
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("About n1"));
        QCOMPARE(spy.at(0).at(3).toString(), QStringLiteral("post"));
        QCOMPARE(spy.at(0).at(4).toString(), QStringLiteral("p-n1"));

        // The same notification again (read elsewhere, an edit) is not news; a read one is not.
        sync(PageBuilder().notification(QStringLiteral("n1"), QStringLiteral("c1"), T0 + 1000));
        sync(PageBuilder().notification(QStringLiteral("n2"), QStringLiteral("c2"), T0 + 2000,
                                        QStringLiteral("mention"), T0 + 2500));
        QCOMPARE(spy.size(), 1);

        sync(PageBuilder().notification(QStringLiteral("n3"), QStringLiteral("c2"), T0 + 3000,
                                        QStringLiteral("mention")));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("Ada mentioned you in Runners"));
    }

    void nothingWhileTheWindowIsActiveOrAlertsAreOff() {
        DesktopAlerts alerts;
        QSignalSpy spy(&alerts, &DesktopAlerts::alert);
        alerts.setStore(m_store.get());
        alerts.setWindowActive(true);
        sync(PageBuilder().notification(QStringLiteral("n1"), QStringLiteral("c1"), T0 + 1000));
        alerts.setWindowActive(false);
        alerts.setEnabled(false);
        sync(PageBuilder().notification(QStringLiteral("n2"), QStringLiteral("c1"), T0 + 2000));
        alerts.setEnabled(true);
        // Seen in the window or refused: never alerted later.
        sync(PageBuilder().notification(QStringLiteral("n3"), QStringLiteral("c1"), T0 + 3000,
                                        QStringLiteral("join_request")));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("n3"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Ada asked to join Makers"));
    }

    void aBurstBecomesOneSummary() {
        DesktopAlerts alerts;
        QSignalSpy spy(&alerts, &DesktopAlerts::alert);
        alerts.setStore(m_store.get());
        PageBuilder burst;
        for (int i = 0; i < 5; ++i)
            burst.notification(QStringLiteral("b%1").arg(i),
                               i % 2 ? QStringLiteral("c2") : QStringLiteral("c1"), T0 + 1000 + i);
        sync(burst);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString());
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("5 new notifications"));
        QVERIFY(spy.at(0).at(2).toString().contains(QStringLiteral("Makers")));
        QVERIFY(spy.at(0).at(2).toString().contains(QStringLiteral("Runners")));
    }

    void aFreshCachesFirstSyncIsHistory() {
        auto fresh = open();
        QVERIFY(fresh);
        DesktopAlerts alerts;
        QSignalSpy spy(&alerts, &DesktopAlerts::alert);
        alerts.setStore(fresh.get());
        // The first pull comes in two pages, full of notifications from before.
        fresh->applySyncPage(PageBuilder()
                                 .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                                 .notification(QStringLiteral("h1"), QStringLiteral("c1"), T0)
                                 .build(QStringLiteral("f-1"), true));
        fresh->applySyncPage(PageBuilder()
                                 .notification(QStringLiteral("h2"), QStringLiteral("c1"), T0 + 5)
                                 .build(QStringLiteral("f-2"), false));
        fresh->waitForWrites();
        QCoreApplication::processEvents();
        QCOMPARE(spy.size(), 0);
        fresh->applySyncPage(PageBuilder()
                                 .notification(QStringLiteral("n1"), QStringLiteral("c1"), T0 + 9)
                                 .build(QStringLiteral("f-3")));
        fresh->waitForWrites();
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("n1"));
    }

    void aCommunitysLevelFromTheServerDecides() {
        DesktopAlerts alerts;
        QSignalSpy spy(&alerts, &DesktopAlerts::alert);
        alerts.setStore(m_store.get());
        // Chosen on another machine: Makers mentions only, Runners nothing.
        sync(PageBuilder().alerts(QStringLiteral("me"),
                                  {{QStringLiteral("c1"), QStringLiteral("mentions")},
                                   {QStringLiteral("c2"), QStringLiteral("none")}}));
        sync(PageBuilder().notification(QStringLiteral("n1"), QStringLiteral("c1"), T0 + 1000,
                                        QStringLiteral("event_reminder")));
        sync(PageBuilder().notification(QStringLiteral("n2"), QStringLiteral("c2"), T0 + 2000,
                                        QStringLiteral("mention")));
        QCOMPARE(spy.size(), 0);
        sync(PageBuilder().notification(QStringLiteral("n3"), QStringLiteral("c1"), T0 + 3000,
                                        QStringLiteral("mention")));
        sync(PageBuilder().notification(QStringLiteral("n4"), QStringLiteral("c1"), T0 + 4000,
                                        QStringLiteral("join_approved")));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("n3"));
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("n4"));

        // Back to everything for Runners: its next reminder is alerted.
        sync(PageBuilder().alerts(QStringLiteral("me"),
                                  {{QStringLiteral("c1"), QStringLiteral("mentions")}}, false, 2));
        sync(PageBuilder().notification(QStringLiteral("n5"), QStringLiteral("c2"), T0 + 5000,
                                        QStringLiteral("event_reminder")));
        QCOMPARE(spy.size(), 3);
        QCOMPARE(spy.at(2).at(0).toString(), QStringLiteral("n5"));
    }

    void theDigestSumsUpOnceADayInsteadOfSingleAlerts() {
        // 08:00 local time two days after T0 (the backlog is older than a day); due from 09:00.
        const QDate day = QDateTime::fromMSecsSinceEpoch(T0).date().addDays(2);
        const qint64 eight = QDateTime(day, QTime(8, 0)).toMSecsSinceEpoch();
        qint64 now = eight;
        DesktopAlerts alerts;
        alerts.setClock([&now] { return now; });
        QSignalSpy spy(&alerts, &DesktopAlerts::alert);
        QSignalSpy delivered(&alerts, &DesktopAlerts::digestDeliveredAtChanged);
        alerts.setStore(m_store.get());
        sync(PageBuilder().alerts(QStringLiteral("me"),
                                  {{QStringLiteral("c2"), QStringLiteral("none")}}, true));
        sync(PageBuilder()
                 .notification(QStringLiteral("d1"), QStringLiteral("c1"), eight - 3600000)
                 .notification(QStringLiteral("d2"), QStringLiteral("c1"), eight - 1800000,
                               QStringLiteral("mention"))
                 .notification(QStringLiteral("d3"), QStringLiteral("c2"), eight - 600000));
        alerts.deliverDigestIfDue();
        QCOMPARE(spy.size(), 0); // no single alerts, and not 09:00 yet

        now = eight + 3600000 + 60000; // 09:01
        alerts.deliverDigestIfDue();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString());
        // Runners is at "none": its notification is not counted.
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Your daily digest"));
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("2 new in Makers"));
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(qint64(alerts.digestDeliveredAt()), now);

        // Once a day: later that day, nothing more, even with news.
        sync(PageBuilder().notification(QStringLiteral("d4"), QStringLiteral("c1"), now + 60000));
        now += 5 * 3600000;
        alerts.deliverDigestIfDue();
        QCOMPARE(spy.size(), 1);

        // A restart the same day remembers (the app keeps digestDeliveredAt): nothing again.
        DesktopAlerts restarted;
        restarted.setClock([&now] { return now; });
        restarted.setDigestDeliveredAt(alerts.digestDeliveredAt());
        QSignalSpy restartedSpy(&restarted, &DesktopAlerts::alert);
        restarted.setStore(m_store.get());
        restarted.deliverDigestIfDue();
        QCOMPARE(restartedSpy.size(), 0);

        // The next day at 09:00, only what came since the last digest.
        now = QDateTime(day.addDays(1), QTime(9, 0)).toMSecsSinceEpoch();
        alerts.deliverDigestIfDue();
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(2).toString(), QStringLiteral("1 new in Makers"));
    }

    void anEventReminderSaysWhen() {
        DesktopAlerts alerts;
        QSignalSpy spy(&alerts, &DesktopAlerts::alert);
        alerts.setStore(m_store.get());
        PageBuilder page;
        page.event(QStringLiteral("e1"), QStringLiteral("c1"), QStringLiteral("Raku night"),
                   T0 + 86400000);
        sync(page);
        hearth::protocol::Notification n;
        n.id = QStringLiteral("r1");
        n.kind = QStringLiteral("event_reminder");
        n.communityId = QStringLiteral("c1");
        n.targetType = QStringLiteral("event");
        n.targetId = QStringLiteral("e1");
        n.text = QStringLiteral("Raku night");
        n.createdAt = T0 + 5000;
        hearth::protocol::SyncPage reminder;
        reminder.changes.append({1, QString::fromLatin1(hearth::protocol::ChangeType::Notification),
                                 QString::fromLatin1(hearth::protocol::ChangeOp::Upsert), n.id,
                                 n.communityId, n.toJson()});
        reminder.cursor = QStringLiteral("cur-r");
        m_store->applySyncPage(reminder.toJson());
        m_store->waitForWrites();
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Starting soon: Raku night"));
        QVERIFY(spy.at(0).at(2).toString().endsWith(QStringLiteral("Makers")));
        QCOMPARE(spy.at(0).at(3).toString(), QStringLiteral("event"));
    }
};

QTEST_GUILESS_MAIN(TestDesktopAlerts)
#include "tst_desktopalerts.moc"
