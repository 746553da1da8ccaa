// Desktop alerts over a real cache and a real session bus (tests/with-keyring.sh runs a private
// one): a notification service on the bus receives one Notify per new notification, none for
// what was there before, none while Hearth is in front or alerts are off, and without a service
// nothing is claimed. The service here is the test's own object on that bus, standing in for the
// desktop's (GNOME's or KDE's).

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "ui/desktopalerts.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::testing::PageBuilder;
using hearth::ui::DesktopAlerts;

// What the desktop's notification service would receive.
class NotificationService : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QStringList bodies;

public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &, int) {
        summaries.append(summary);
        bodies.append(body);
        return uint(summaries.size());
    }
};

class TestDesktopAlerts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus (run through tests/with-keyring.sh)");
    }

    void newNotificationsBecomeDesktopAlerts() {
        QString error;
        auto store = CacheStore::open(m_dir.filePath(QStringLiteral("alerts.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Already there when the account opens: not alerted.
        store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .notification(QStringLiteral("old"), QStringLiteral("c1"), now - 60000)
                .build(QStringLiteral("cur-1")));
        store->waitForWrites();

        DesktopAlerts alerts;
        QVERIFY(!alerts.available()); // no service on this bus yet
        NotificationService service;
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QVERIFY(alerts.available());

        bool inFront = false;
        alerts.setInFront([&inFront] { return inFront; });
        alerts.setStore(store.get());
        QSignalSpy alerted(&alerts, &DesktopAlerts::alerted);

        store->applySyncPage(PageBuilder()
                                 .notification(QStringLiteral("n1"), QStringLiteral("c1"),
                                               now + 1000, QStringLiteral("mention"))
                                 .build(QStringLiteral("cur-2")));
        store->waitForWrites();
        QTRY_COMPARE(service.summaries.size(), 1);
        QCOMPARE(service.summaries.at(0), QStringLiteral("Ada mentioned you"));
        QCOMPARE(service.bodies.at(0), QStringLiteral("About n1"));
        QCOMPARE(alerted.size(), 1);

        // In front: the member sees it in Hearth, no alert. Off: none either. Each only once.
        inFront = true;
        store->applySyncPage(
            PageBuilder()
                .notification(QStringLiteral("n2"), QStringLiteral("c1"), now + 2000)
                .build(QStringLiteral("cur-3")));
        store->waitForWrites();
        inFront = false;
        alerts.setEnabled(false);
        store->applySyncPage(
            PageBuilder()
                .notification(QStringLiteral("n3"), QStringLiteral("c1"), now + 3000)
                .build(QStringLiteral("cur-4")));
        store->waitForWrites();
        alerts.setEnabled(true);
        store->applySyncPage(PageBuilder()
                                 .notification(QStringLiteral("n4"), QStringLiteral("c1"),
                                               now + 4000, QStringLiteral("reply"))
                                 .build(QStringLiteral("cur-5")));
        store->waitForWrites();
        QTRY_COMPARE(service.summaries.size(), 2);
        QCOMPARE(service.summaries.at(1), QStringLiteral("Ada replied to you"));
        QCOMPARE(alerted.size(), 2);
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }
};

QTEST_GUILESS_MAIN(TestDesktopAlerts)
#include "tst_desktopalerts.moc"
