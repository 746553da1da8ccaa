// Desktop notifications through the system tray, under Xvfb in a private D-Bus session: with no
// tray Hearth says why and loads no tray icon (and prints nothing); with a tray (a
// StatusNotifierItem host, here FakeDesktop standing in for the desktop) its icon registers, a
// notification that syncs in while the window is in the background becomes a desktop bubble
// with Hearth's wording, and clicking the bubble opens that notification.

#include "fakedesktop.h"
#include "pagesfixture.h"

#include "cache/cachestore.h"
#include "protocol/entities.h"
#include "protocol/syncpage.h"
#include "systemtray.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Hearth_UiPlugin)
Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

using hearth::app::SystemTray;
using hearth::cache::CacheStore;
using hearth::testing::FakeDesktop;
using hearth::testing::PagesFixture;

namespace {

// Warnings and errors printed while a test runs: the app must print none.
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        g_messages.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

QByteArray newReply(const QString &id, qint64 createdAt) {
    const QVariantMap ids = PagesFixture::ids();
    hearth::protocol::Notification n;
    n.id = id;
    n.kind = QStringLiteral("reply");
    n.communityId = ids.value(QStringLiteral("makers")).toString();
    n.actorId = ids.value(QStringLiteral("maren")).toString();
    n.actorName = QStringLiteral("Maren Holt");
    n.targetType = QStringLiteral("post");
    n.targetId = ids.value(QStringLiteral("myPost")).toString();
    n.text = QStringLiteral("Dry it slowly, under plastic.");
    n.createdAt = createdAt;
    hearth::protocol::SyncPage page;
    page.changes.append({1, QString::fromLatin1(hearth::protocol::ChangeType::Notification),
                         QString::fromLatin1(hearth::protocol::ChangeOp::Upsert), n.id,
                         n.communityId, n.toJson()});
    page.cursor = QStringLiteral("after-") + id;
    return page.toJson();
}

} // namespace

class TestDesktopNotifications : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<CacheStore> openStore(const QString &name) {
        QString error;
        auto store = CacheStore::open(m_dir.filePath(name), &error);
        if (!store)
            return nullptr;
        const QVariantMap ids = PagesFixture::ids();
        store->setLocalUser(ids.value(QStringLiteral("me")).toString(),
                            ids.value(QStringLiteral("meName")).toString());
        store->applySyncPage(PagesFixture::syncPage(QDateTime::currentMSecsSinceEpoch()));
        store->waitForWrites();
        return store;
    }

    std::unique_ptr<QObject> notifier(QQmlEngine &engine, CacheStore *store, bool tray) {
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Hearth.Ui\nTrayNotifier {}",
                          QUrl(QStringLiteral("qrc:/tray-test.qml")));
        if (!component.isReady()) {
            qWarning() << component.errorString();
            return nullptr;
        }
        return std::unique_ptr<QObject>(component.createWithInitialProperties(
            {{QStringLiteral("store"), QVariant::fromValue(store)},
             {QStringLiteral("trayAvailable"), tray}}));
    }

private Q_SLOTS:
    void initTestCase() {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs a real X display (xvfb-run) for the platform's tray support");
        QVERIFY(m_dir.isValid());
        g_previous = qInstallMessageHandler(collect);
    }

    void init() { g_messages.clear(); }

    void withoutATrayItSaysWhyAndStaysQuiet() {
        QString reason;
        QVERIFY(!SystemTray::detect(&reason));
        QVERIFY2(reason.contains(QStringLiteral("no system tray")), qPrintable(reason));

        auto store = openStore(QStringLiteral("no-tray.sqlite"));
        QVERIFY(store);
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        auto tray = notifier(engine, store.get(), false);
        QVERIFY(tray);
        // A new notification: no tray to show it in, and no window to mark; nothing printed.
        store->applySyncPage(
            newReply(QStringLiteral("quiet-1"), QDateTime::currentMSecsSinceEpoch() + 1000));
        store->waitForWrites();
        QTRY_COMPARE(tray->property("alertCount").toInt(), 1);
        QCOMPARE(tray->property("trayShown").toBool(), false);
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void withATrayANewNotificationBecomesADesktopBubble() {
        FakeDesktop desktop;
        QVERIFY(desktop.start());
        QString reason;
        QVERIFY2(SystemTray::detect(&reason), qPrintable(reason));

        auto store = openStore(QStringLiteral("tray.sqlite"));
        QVERIFY(store);
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        auto tray = notifier(engine, store.get(), true);
        QVERIFY(tray);
        QTRY_VERIFY(tray->property("trayShown").toBool());
        // The icon is in the tray.
        QTRY_VERIFY_WITH_TIMEOUT(!desktop.registeredItems().isEmpty(), 10000);
        // The backlog made no bubble.
        QCOMPARE(desktop.shown().size(), 0);

        QSignalSpy activated(tray.get(), SIGNAL(notificationActivated(QString, QString, QString)));
        store->applySyncPage(
            newReply(QStringLiteral("bubble-1"), QDateTime::currentMSecsSinceEpoch() + 1000));
        store->waitForWrites();
        QTRY_COMPARE_WITH_TIMEOUT(desktop.shown().size(), 1, 10000);
        const auto bubble = desktop.shown().constFirst();
        QCOMPARE(bubble.summary, QStringLiteral("Maren Holt replied in Wrenfield Makers"));
        QCOMPARE(bubble.body, QStringLiteral("Dry it slowly, under plastic."));

        // Clicking it opens that notification.
        desktop.click(bubble.id);
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("bubble-1"));
        QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("post"));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestDesktopNotifications)
#include "tst_desktopnotifications.moc"
