// OutboxModel over a real cache, under QAbstractItemModelTester: pending writes in order, a
// refused one with the server's reason, a conflicting edit with both texts, retry and discard.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/feedmodel.h"
#include "models/outboxmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::FeedModel;
using hearth::models::OutboxModel;
using hearth::testing::PageBuilder;

class TestOutboxModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray results(const QJsonArray &list) {
        return QJsonDocument(QJsonObject{{QStringLiteral("results"), list}}).toJson();
    }

private Q_SLOTS:
    void showsPendingFailedAndConflictingWrites() {
        QString error;
        auto store = CacheStore::open(m_dir.filePath(QStringLiteral("outbox.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        store->setLocalUser(QStringLiteral("me"), QStringLiteral("Me"));
        store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1, QStringLiteral("Original"))
                .build(QStringLiteral("cur-1")));
        store->waitForWrites();

        OutboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store.get());
        FeedModel feed;
        feed.setStore(store.get());
        feed.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(model.rowCount(), 0);

        const QString post = feed.createPost(QStringLiteral("discussion"), QStringLiteral("New"),
                                             QStringLiteral("text"));
        const QString edit =
            feed.editPost(QStringLiteral("p1"), QStringLiteral("Mine"), QStringLiteral("my text"));
        store->waitForWrites();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), OutboxModel::NameRole).toString(),
                 QStringLiteral("post.create"));
        QCOMPARE(model.data(model.index(1), OutboxModel::MutationIdRole).toString(), edit);
        QCOMPARE(model.data(model.index(1), OutboxModel::StateRole).toString(),
                 QStringLiteral("pending"));
        // The edit shows in the feed at once.
        QCOMPARE(feed.data(feed.index(feed.indexOf(QStringLiteral("p1"))), FeedModel::TitleRole)
                     .toString(),
                 QStringLiteral("Mine"));
        const QString createId = model.data(model.index(0), OutboxModel::MutationIdRole).toString();

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        store->settleMutations(results(
            {QJsonObject{{QStringLiteral("id"), createId},
                         {QStringLiteral("status"), QStringLiteral("applied")},
                         {QStringLiteral("result"), QJsonObject{{QStringLiteral("id"), post}}}},
             QJsonObject{
                 {QStringLiteral("id"), edit},
                 {QStringLiteral("status"), QStringLiteral("conflict")},
                 {QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("code"), QStringLiteral("conflict")},
                              {QStringLiteral("message"), QStringLiteral("edited elsewhere")}}},
                 {QStringLiteral("current"),
                  QJsonObject{{QStringLiteral("title"), QStringLiteral("Theirs")},
                              {QStringLiteral("body"), QStringLiteral("their text")}}}}}));
        store->waitForWrites();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.failedCount(), 1);
        QCOMPARE(model.data(model.index(0), OutboxModel::FailedRole).toBool(), true);
        QCOMPARE(model.data(model.index(0), OutboxModel::ConflictRole).toBool(), true);
        QCOMPARE(model.data(model.index(0), OutboxModel::TitleRole).toString(),
                 QStringLiteral("Mine"));
        QCOMPARE(model.data(model.index(0), OutboxModel::BodyRole).toString(),
                 QStringLiteral("my text"));
        QCOMPARE(model.data(model.index(0), OutboxModel::ServerTitleRole).toString(),
                 QStringLiteral("Theirs"));
        QCOMPARE(model.data(model.index(0), OutboxModel::ServerBodyRole).toString(),
                 QStringLiteral("their text"));
        QCOMPARE(model.data(model.index(0), OutboxModel::ErrorStringRole).toString(),
                 QStringLiteral("edited elsewhere"));

        // Retry sends it again; discard undoes the edit locally.
        model.retry(edit);
        store->waitForWrites();
        QCOMPARE(model.data(model.index(0), OutboxModel::StateRole).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(model.failedCount(), 0);
        model.discard(edit);
        store->waitForWrites();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(feed.data(feed.index(feed.indexOf(QStringLiteral("p1"))), FeedModel::TitleRole)
                     .toString(),
                 QStringLiteral("Original"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxModel)
#include "tst_outboxmodel.moc"
