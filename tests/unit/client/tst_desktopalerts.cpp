// DesktopAlerts over a real cache: only notifications that arrive while Hearth runs, unread,
// with the window in the background and alerts enabled, become desktop alerts, worded for a
// bubble; the backlog (and a fresh cache's first sync) never does; a burst becomes one summary.

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
