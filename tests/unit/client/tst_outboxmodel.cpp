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

    // Only a stale post or comment edit opens the side-by-side conflict page; a profile saved on
    // two devices is a refused write with the server's reason (nothing there to merge as text).
    void onlyTextEditsAreConflictsToMerge() {
        QString error;
        auto store = CacheStore::open(m_dir.filePath(QStringLiteral("kinds.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        store->setLocalUser(QStringLiteral("me"), QStringLiteral("Me"));
        store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .user(QStringLiteral("me"), QStringLiteral("me"), QString())
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1, QStringLiteral("Kilns"))
                .comment(QStringLiteral("k1"), QStringLiteral("p1"), QStringLiteral("c1"),
                         QStringLiteral("words"))
                .build(QStringLiteral("cur-1")));
        store->waitForWrites();
        OutboxModel model;
        model.setStore(store.get());
        const QString comment = store->enqueueMutation(
            QStringLiteral("comment.edit"), {{QStringLiteral("id"), QStringLiteral("k1")},
                                             {QStringLiteral("version"), 1},
                                             {QStringLiteral("body"), QStringLiteral("my words")}});
        const QString profile =
            store->enqueueMutation(QStringLiteral("profile.update"),
                                   {{QStringLiteral("id"), QStringLiteral("me")},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("displayName"), QStringLiteral("Me")}});
        store->waitForWrites();
        const auto conflict = [](const QString &id, const QJsonObject &current) {
            return QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("status"), QStringLiteral("conflict")},
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("conflict")},
                             {QStringLiteral("message"), QStringLiteral("changed elsewhere")}}},
                {QStringLiteral("current"), current}};
        };
        store->settleMutations(results(
            {conflict(comment, {{QStringLiteral("id"), QStringLiteral("k1")},
                                {QStringLiteral("postId"), QStringLiteral("p1")},
                                {QStringLiteral("communityId"), QStringLiteral("c1")},
                                {QStringLiteral("authorId"), QStringLiteral("me")},
                                {QStringLiteral("version"), 2},
                                {QStringLiteral("body"), QStringLiteral("their words")}}),
             conflict(profile, {{QStringLiteral("version"), 2},
                                {QStringLiteral("displayName"), QStringLiteral("Other")}})}));
        store->waitForWrites();
        QCOMPARE(model.failedCount(), 2);
        const QVariantMap onComment = model.entry(comment);
        QCOMPARE(onComment.value(QStringLiteral("conflict")).toBool(), true);
        QCOMPARE(onComment.value(QStringLiteral("serverBody")).toString(),
                 QStringLiteral("their words"));
        const QVariantMap onProfile = model.entry(profile);
        QCOMPARE(onProfile.value(QStringLiteral("failed")).toBool(), true);
        QCOMPARE(onProfile.value(QStringLiteral("conflict")).toBool(), false);
        QCOMPARE(onProfile.value(QStringLiteral("errorString")).toString(),
                 QStringLiteral("changed elsewhere"));

        // Keeping my comment sends it again on the server's version, without a title.
        QSignalSpy failedWrite(store.get(), &CacheStore::writeFailed);
        store->resolveConflict(comment, QStringLiteral("ignored"), QStringLiteral("my words"));
        store->waitForWrites();
        QVERIFY2(failedWrite.isEmpty(), qPrintable(failedWrite.value(0).value(0).toString()));
        const auto pending = store->pendingMutations(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).name, QStringLiteral("comment.edit"));
        QCOMPARE(pending.at(0).args.value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(!pending.at(0).args.contains(QStringLiteral("title")));
    }
};

QTEST_GUILESS_MAIN(TestOutboxModel)
#include "tst_outboxmodel.moc"
