// NotificationsModel over a real cache, under QAbstractItemModelTester: notifications applied from
// a sync page newest first, the unread count and filter, marking read at once through the outbox,
// and a community purge or a resync removing them, always in place (never a reset on a sync).

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/notificationsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::NotificationsModel;
using hearth::testing::PageBuilder;

class TestNotificationsModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;
    static constexpr qint64 T0 = 1700000000000;

    static QVariant value(const NotificationsModel &model, int row, int role) {
        return model.data(model.index(row), role);
    }
    static QStringList ids(const NotificationsModel &model) {
        QStringList list;
        for (int i = 0; i < model.rowCount(); ++i)
            list.append(value(model, i, NotificationsModel::NotificationIdRole).toString());
        return list;
    }
    static int rowOf(const NotificationsModel &model, const QString &id) {
        return int(ids(model).indexOf(id));
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(
            m_dir.filePath(QStringLiteral("notifications%1.sqlite").arg(++m_files)), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Me Myself"));
        m_store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .community(QStringLiteral("c2"), QStringLiteral("Runners"))
                .membership(QStringLiteral("c1"), QStringLiteral("me"))
                .membership(QStringLiteral("c2"), QStringLiteral("me"))
                .notification(QStringLiteral("n1"), QStringLiteral("c1"), T0 + 1000)
                .notification(QStringLiteral("n3"), QStringLiteral("c2"), T0 + 3000,
                              QStringLiteral("mention"))
                .notification(QStringLiteral("n2"), QStringLiteral("c1"), T0 + 2000,
                              QStringLiteral("join_request"), T0 + 2500)
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void appliedFromAPageNewestFirst() {
        NotificationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.unreadCount(), 0);
        model.setStore(m_store.get());
        QCOMPARE(ids(model),
                 QStringList({QStringLiteral("n3"), QStringLiteral("n2"), QStringLiteral("n1")}));
        QCOMPARE(model.unreadCount(), 2);
        QCOMPARE(value(model, 0, NotificationsModel::KindRole).toString(),
                 QStringLiteral("mention"));
        QCOMPARE(value(model, 0, NotificationsModel::CommunityIdRole).toString(),
                 QStringLiteral("c2"));
        QCOMPARE(value(model, 0, NotificationsModel::ActorNameRole).toString(),
                 QStringLiteral("Ada"));
        QCOMPARE(value(model, 0, NotificationsModel::TargetTypeRole).toString(),
                 QStringLiteral("post"));
        QCOMPARE(value(model, 0, NotificationsModel::TargetIdRole).toString(),
                 QStringLiteral("p-n3"));
        QCOMPARE(value(model, 0, NotificationsModel::TextRole).toString(),
                 QStringLiteral("About n3"));
        QCOMPARE(
            value(model, 0, NotificationsModel::CreatedAtRole).toDateTime().toMSecsSinceEpoch(),
            T0 + 3000);
        QCOMPARE(value(model, 0, NotificationsModel::ReadRole).toBool(), false);
        QCOMPARE(value(model, 1, NotificationsModel::ReadRole).toBool(), true);

        model.setUnreadOnly(true);
        QCOMPARE(ids(model), QStringList({QStringLiteral("n3"), QStringLiteral("n1")}));
        model.setUnreadOnly(false);

        // A newer one is inserted at the top, a deleted one removed, a read one changed in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_store->applySyncPage(PageBuilder()
                                   .notification(QStringLiteral("n4"), QStringLiteral("c1"),
                                                 T0 + 4000, QStringLiteral("event_reminder"))
                                   .notification(QStringLiteral("n1"), QStringLiteral("c1"),
                                                 T0 + 1000, QStringLiteral("reply"), T0 + 5000)
                                   .remove(QStringLiteral("notification"), QStringLiteral("n2"))
                                   .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(ids(model),
                 QStringList({QStringLiteral("n4"), QStringLiteral("n3"), QStringLiteral("n1")}));
        QCOMPARE(value(model, 2, NotificationsModel::ReadRole).toBool(), true);
        QCOMPARE(model.unreadCount(), 2);
        QCOMPARE(reset.size(), 0);
    }

    void unreadPerCommunityAndTheCommunitysName() {
        NotificationsModel model;
        model.setStore(m_store.get());
        QVariantMap expected{{QStringLiteral("c1"), 1}, {QStringLiteral("c2"), 1}};
        QCOMPARE(model.unreadByCommunity(), expected);
        QCOMPARE(
            value(model, rowOf(model, QStringLiteral("n3")), NotificationsModel::CommunityNameRole)
                .toString(),
            QStringLiteral("Runners"));
        QSignalSpy unread(&model, &NotificationsModel::unreadCountChanged);
        model.markRead(QStringLiteral("n3"));
        m_store->waitForWrites();
        QCOMPARE(model.unreadByCommunity(), (QVariantMap{{QStringLiteral("c1"), 1}}));
        QCOMPARE(unread.size(), 1);
    }

    // Whoever acted is named as their profile says now, once it is cached: a rename after the
    // notification was made shows on it in place (the server's copy of the name is the fallback).
    void theActorsCurrentNameOnceTheirProfileIsCached() {
        NotificationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        const int row = rowOf(model, QStringLiteral("n3"));
        QCOMPARE(value(model, row, NotificationsModel::ActorNameRole).toString(),
                 QStringLiteral("Ada"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_store->applySyncPage(PageBuilder()
                                   .user(QStringLiteral("u-author"), QStringLiteral("ada"), {})
                                   .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        // PageBuilder names a user by their handle.
        QCOMPARE(value(model, rowOf(model, QStringLiteral("n3")), NotificationsModel::ActorNameRole)
                     .toString(),
                 QStringLiteral("ada"));
        QCOMPARE(reset.size(), 0);
    }

    void markReadIsOptimistic() {
        NotificationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy unread(&model, &NotificationsModel::unreadCountChanged);

        model.markRead(QStringLiteral("n1"));
        m_store->waitForWrites();
        QCOMPARE(
            value(model, rowOf(model, QStringLiteral("n1")), NotificationsModel::ReadRole).toBool(),
            true);
        QCOMPARE(model.unreadCount(), 1);
        QCOMPARE(unread.size(), 1);
        auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).name, QStringLiteral("notification.markRead"));
        QCOMPARE(pending.at(0).args.value(QStringLiteral("ids")).toArray(),
                 QJsonArray{QStringLiteral("n1")});

        // Read already or unknown: nothing is queued.
        model.markRead(QStringLiteral("n1"));
        model.markRead(QStringLiteral("nope"));
        m_store->waitForWrites();
        QCOMPARE(m_store->pendingMutations(10).size(), 1);

        model.markAllRead();
        m_store->waitForWrites();
        QCOMPARE(model.unreadCount(), 0);
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(value(model, i, NotificationsModel::ReadRole).toBool(), true);
        pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(1).args.value(QStringLiteral("all")).toBool(), true);
        model.markAllRead();
        m_store->waitForWrites();
        QCOMPARE(m_store->pendingMutations(10).size(), 2);
        QCOMPARE(reset.size(), 0);
    }

    void purgeRemovesACommunitysNotifications() {
        NotificationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_store->applySyncPage(
            PageBuilder().purge(QStringLiteral("c1")).build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(ids(model), QStringList({QStringLiteral("n3")}));
        QCOMPARE(model.unreadCount(), 1);
        QCOMPARE(reset.size(), 0);
    }

    void resyncDropsThem() {
        NotificationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.markRead(QStringLiteral("n1"));
        m_store->waitForWrites();
        m_store->resetForResync();
        m_store->waitForWrites();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.unreadCount(), 0);
        // The outbox stays.
        QCOMPARE(m_store->pendingMutations(10).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNotificationsModel)
#include "tst_notificationsmodel.moc"
