// StorageUsageModel over a real cache, under QAbstractItemModelTester: the file's size on disk
// and each community's share of it, bigger for the community that holds more, never more than
// the file, measured again on refresh().

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/storageusagemodel.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::StorageUsageModel;
using hearth::testing::PageBuilder;

class TestStorageUsageModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void measuresEachCommunitysShare() {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("storage.sqlite"));
        auto store = CacheStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        PageBuilder page;
        page.community(QStringLiteral("big"), QStringLiteral("Big"))
            .community(QStringLiteral("small"), QStringLiteral("Small"));
        const QString body(2000, QLatin1Char('x'));
        for (int i = 0; i < 60; ++i)
            page.post(QStringLiteral("p%1").arg(i), QStringLiteral("big"), i,
                      QStringLiteral("Post %1").arg(i), body);
        page.post(QStringLiteral("s1"), QStringLiteral("small"), 1, QStringLiteral("One"));
        store->applySyncPage(page.build(QStringLiteral("cur-1")));
        store->waitForWrites();

        StorageUsageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy measured(&model, &StorageUsageModel::usageChanged);
        model.setStore(store.get());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.fileBytes() >= QFileInfo(path).size());
        const double big = model.bytesOf(QStringLiteral("big"));
        const double small = model.bytesOf(QStringLiteral("small"));
        QVERIFY2(big > 60 * 2000, qPrintable(QString::number(big)));
        QVERIFY(small > 0 && small < big / 20);
        QVERIFY(big + small <= model.fileBytes());
        QCOMPARE(model.data(model.index(0), StorageUsageModel::NameRole).toString(),
                 QStringLiteral("Big"));
        QCOMPARE(model.data(model.index(0), StorageUsageModel::PostCountRole).toInt(), 60);
        QCOMPARE(model.bytesOf(QStringLiteral("unknown")), 0.0);

        // Measured when asked (not on every sync): a refresh sees the new posts.
        const int before = int(measured.size());
        PageBuilder more;
        for (int i = 0; i < 30; ++i)
            more.post(QStringLiteral("q%1").arg(i), QStringLiteral("small"), 100 + i,
                      QStringLiteral("More %1").arg(i), body);
        store->applySyncPage(more.build(QStringLiteral("cur-2")));
        store->waitForWrites();
        QCOMPARE(model.bytesOf(QStringLiteral("small")), small);
        model.refresh();
        QVERIFY(measured.size() > before);
        QVERIFY(model.bytesOf(QStringLiteral("small")) > 30 * 2000);
    }
};

QTEST_GUILESS_MAIN(TestStorageUsageModel)
#include "tst_storageusagemodel.moc"
