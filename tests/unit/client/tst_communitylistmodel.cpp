// CommunityListModel over a real cache, under QAbstractItemModelTester: my communities first,
// joining moves a row instead of resetting, new and purged communities are inserted and removed.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/communitylistmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::CommunityListModel;
using hearth::testing::PageBuilder;

class TestCommunityListModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;

    static QString idAt(const CommunityListModel &model, int row) {
        return model.communityIdAt(row);
    }
    static QVariant value(const CommunityListModel &model, int row, int role) {
        return model.data(model.index(row), role);
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("list%1.sqlite").arg(++m_files)),
                                   &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Me"));
        m_store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("ca"), QStringLiteral("Alpha Artisans"), 12)
                .community(QStringLiteral("cb"), QStringLiteral("Beta Builders"), 30)
                .community(QStringLiteral("cc"), QStringLiteral("Gamma Gardeners"), 7)
                .membership(QStringLiteral("cb"), QStringLiteral("me"), QStringLiteral("owner"))
                .membership(QStringLiteral("ca"), QStringLiteral("someone-else"))
                .post(QStringLiteral("p1"), QStringLiteral("cb"), 1, QStringLiteral("hello"))
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void listsMyCommunitiesFirst() {
        CommunityListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(idAt(model, 0), QStringLiteral("cb"));
        QCOMPARE(value(model, 0, CommunityListModel::RoleRole).toString(), QStringLiteral("owner"));
        QCOMPARE(value(model, 0, CommunityListModel::JoinedRole).toBool(), true);
        QCOMPARE(value(model, 0, CommunityListModel::PostCountRole).toInt(), 1);
        QCOMPARE(value(model, 0, CommunityListModel::MemberCountRole).toInt(), 30);
        QCOMPARE(idAt(model, 1), QStringLiteral("ca"));
        QCOMPARE(value(model, 1, CommunityListModel::RoleRole).toString(), QString()); // not mine
        QCOMPARE(value(model, 1, CommunityListModel::NameRole).toString(),
                 QStringLiteral("Alpha Artisans"));
        QCOMPARE(idAt(model, 2), QStringLiteral("cc"));

        model.setJoinedOnly(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(idAt(model, 0), QStringLiteral("cb"));
    }

    void joiningMovesTheRowInPlace() {
        CommunityListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(!model.join(QStringLiteral("cc")).isEmpty());
        m_store->waitForWrites();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(moved.size(), 1);
        // Joined ones first, by name: Beta, Gamma; then Alpha.
        QCOMPARE(idAt(model, 0), QStringLiteral("cb"));
        QCOMPARE(idAt(model, 1), QStringLiteral("cc"));
        QCOMPARE(idAt(model, 2), QStringLiteral("ca"));
        QCOMPARE(value(model, 1, CommunityListModel::JoinedRole).toBool(), true);
        QCOMPARE(value(model, 1, CommunityListModel::PendingRole).toBool(), true);
        QVERIFY(changed.size() >= 1);
    }

    void newAndPurgedCommunitiesAreInsertedAndRemoved() {
        CommunityListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        m_store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("cd"), QStringLiteral("Delta Dancers"))
                .post(QStringLiteral("p2"), QStringLiteral("cb"), 2, QStringLiteral("again"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(idAt(model, 2), QStringLiteral("cd")); // not mine: after Alpha, by name
        QCOMPARE(changed.size(), 1);                    // Beta's post count
        QCOMPARE(value(model, 0, CommunityListModel::PostCountRole).toInt(), 2);

        m_store->applySyncPage(
            PageBuilder().purge(QStringLiteral("cb")).build(QStringLiteral("cur-3")));
        m_store->waitForWrites();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.indexOf(QStringLiteral("cb")), -1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.size(), 0);

        const QString created =
            model.createCommunity(QStringLiteral("Epsilon Etchers"), QStringLiteral("etchers"),
                                  QStringLiteral("Acid and copper"), QString());
        m_store->waitForWrites();
        QCOMPARE(idAt(model, 0), created);
        QCOMPARE(value(model, 0, CommunityListModel::RoleRole).toString(), QStringLiteral("owner"));
        QCOMPARE(value(model, 0, CommunityListModel::PendingRole).toBool(), true);
    }

    void unreadCountsAndLeaving() {
        CommunityListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        const int beta = model.indexOf(QStringLiteral("cb"));
        QCOMPARE(value(model, beta, CommunityListModel::UnreadCountRole).toInt(), 1);
        model.markRead(QStringLiteral("cb"));
        m_store->waitForWrites();
        QCOMPARE(value(model, beta, CommunityListModel::UnreadCountRole).toInt(), 0);
        // Someone else's new post counts; my own does not.
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 60000;
        m_store->applySyncPage(
            PageBuilder()
                .post(QStringLiteral("p-new"), QStringLiteral("cb"), later, QStringLiteral("news"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(value(model, beta, CommunityListModel::UnreadCountRole).toInt(), 1);
        QCOMPARE(model.roleNames().value(CommunityListModel::UnreadCountRole),
                 QByteArray("unreadCount"));

        // Leaving: not mine any more at once (the server's purge then removes the content).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(!model.leave(QStringLiteral("cb")).isEmpty());
        m_store->waitForWrites();
        const int row = model.indexOf(QStringLiteral("cb"));
        QCOMPARE(value(model, row, CommunityListModel::JoinedRole).toBool(), false);
        QCOMPARE(value(model, row, CommunityListModel::RoleRole).toString(), QString());
        QCOMPARE(reset.size(), 0);
        model.setJoinedOnly(true);
        QCOMPARE(model.rowCount(), 0);
    }

    void keepOfflineIsStoredAndShownInPlace() {
        CommunityListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        const int row = model.indexOf(QStringLiteral("cb"));
        QVERIFY(row >= 0);
        QCOMPARE(model.roleNames().value(CommunityListModel::KeepOfflineRole),
                 QByteArray("keepOffline"));
        QCOMPARE(value(model, row, CommunityListModel::KeepOfflineRole).toBool(), false);
        QCOMPARE(value(model, row, CommunityListModel::HistoryCompleteRole).toBool(), false);
        QVERIFY(m_store->keepOfflineCommunities().isEmpty());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy stored(m_store.get(), &CacheStore::keepOfflineChanged);
        model.setKeepOffline(QStringLiteral("cb"), true);
        m_store->waitForWrites();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).at(0).toString(), QStringLiteral("cb"));
        QCOMPARE(stored.at(0).at(1).toBool(), true);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(value(model, row, CommunityListModel::KeepOfflineRole).toBool(), true);
        QCOMPARE(m_store->keepOfflineCommunities(), QStringList{QStringLiteral("cb")});
        QVERIFY(m_store->historyState(QStringLiteral("cb")).keepOffline);

        // The last history page marks it complete; the flag survives it.
        m_store->applyHistoryPage(QStringLiteral("cb"),
                                  PageBuilder().buildHistory(QString(), true));
        m_store->waitForWrites();
        QCOMPARE(value(model, row, CommunityListModel::HistoryCompleteRole).toBool(), true);
        QCOMPARE(value(model, row, CommunityListModel::KeepOfflineRole).toBool(), true);

        model.setKeepOffline(QStringLiteral("cb"), false);
        m_store->waitForWrites();
        QCOMPARE(value(model, row, CommunityListModel::KeepOfflineRole).toBool(), false);
        QVERIFY(m_store->keepOfflineCommunities().isEmpty());
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommunityListModel)
#include "tst_communitylistmodel.moc"
