// ThreadModel over a real cache, under QAbstractItemModelTester: comments flattened in reply
// order with depth, a reply inserted under its parent in place, replies written through the
// outbox, my comments edited and deleted at once and put back when the server refuses.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/threadmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::ThreadModel;
using hearth::testing::PageBuilder;

class TestThreadModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;

    static QStringList order(const ThreadModel &model) {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out.append(model.data(model.index(i), ThreadModel::CommentIdRole).toString() +
                       QLatin1Char('/') +
                       QString::number(model.data(model.index(i), ThreadModel::DepthRole).toInt()));
        return out;
    }

    static QVariant value(const ThreadModel &model, const QString &commentId, int role) {
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.data(model.index(i), ThreadModel::CommentIdRole).toString() == commentId)
                return model.data(model.index(i), role);
        }
        return {};
    }

    static bool shows(const ThreadModel &model, const QString &commentId) {
        return value(model, commentId, ThreadModel::CommentIdRole).isValid();
    }

    // hearthd's answer to every pending write: applied, or refused with `message`.
    void answerAll(const QString &message = {}) {
        QJsonArray results;
        for (const auto &entry : m_store->pendingMutations(100)) {
            QJsonObject result{
                {QStringLiteral("id"), entry.sendId.isEmpty() ? entry.id : entry.sendId}};
            if (message.isEmpty()) {
                result.insert(QStringLiteral("status"), QStringLiteral("applied"));
            } else {
                result.insert(QStringLiteral("status"), QStringLiteral("rejected"));
                result.insert(QStringLiteral("error"),
                              QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                                          {QStringLiteral("message"), message}});
            }
            results.append(result);
        }
        m_store->settleMutations(
            QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson());
        m_store->waitForWrites();
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("thread%1.sqlite").arg(++m_files)),
                                   &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Me"));
        const QString c = QStringLiteral("c1");
        const QString p = QStringLiteral("p1");
        m_store->applySyncPage(
            PageBuilder()
                .community(c, QStringLiteral("Makers"))
                .post(p, c, 1, QStringLiteral("Kilns"))
                .post(QStringLiteral("p2"), c, 2, QStringLiteral("Other"))
                .comment(QStringLiteral("a"), p, c, QStringLiteral("first"), {}, 10)
                .comment(QStringLiteral("b"), p, c, QStringLiteral("second"), {}, 20)
                .comment(QStringLiteral("a1"), p, c, QStringLiteral("reply to first"),
                         QStringLiteral("a"), 30)
                .comment(QStringLiteral("a1x"), p, c, QStringLiteral("deeper"),
                         QStringLiteral("a1"), 40)
                .comment(QStringLiteral("o"), QStringLiteral("p2"), c, QStringLiteral("elsewhere"),
                         {}, 15)
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    // The post comes from the cache by id alone, follows its changes, and says whether the
    // server has it yet (a post still in the outbox cannot be replied to).
    void exposesThePostItself() {
        ThreadModel model;
        model.setStore(m_store.get());
        QSignalSpy changed(&model, &ThreadModel::postChanged);
        model.setPostId(QStringLiteral("p1"));
        QVariantMap post = model.post();
        QCOMPARE(post.value(QStringLiteral("title")).toString(), QStringLiteral("Kilns"));
        QCOMPARE(post.value(QStringLiteral("authorName")).toString(), QStringLiteral("Ada"));
        QCOMPARE(post.value(QStringLiteral("communityId")).toString(), QStringLiteral("c1"));
        QCOMPARE(post.value(QStringLiteral("unsent")).toBool(), false);
        QVERIFY(changed.size() >= 1);

        // An edit arriving by sync shows at once.
        m_store->applySyncPage(
            PageBuilder()
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1, QStringLiteral("Kilns, again"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(model.post().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Kilns, again"));

        // A post written here is unsent until the server confirms it.
        const QString mine = QStringLiteral("3f1d2c4e-0000-4000-8000-000000000001");
        m_store->enqueueMutation(QStringLiteral("post.create"),
                                 {{QStringLiteral("id"), mine},
                                  {QStringLiteral("communityId"), QStringLiteral("c1")},
                                  {QStringLiteral("title"), QStringLiteral("Mine")},
                                  {QStringLiteral("body"), QStringLiteral("Not sent yet")}});
        m_store->waitForWrites();
        model.setPostId(mine);
        QCOMPARE(model.post().value(QStringLiteral("unsent")).toBool(), true);
        QCOMPARE(model.post().value(QStringLiteral("authorName")).toString(), QStringLiteral("Me"));

        model.setPostId(QStringLiteral("no-such-post"));
        QVERIFY(model.post().isEmpty());
    }

    void flattensRepliesUnderTheirParents() {
        ThreadModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setPostId(QStringLiteral("p1"));
        QCOMPARE(order(model), (QStringList{QStringLiteral("a/0"), QStringLiteral("a1/1"),
                                            QStringLiteral("a1x/2"), QStringLiteral("b/0")}));
        QCOMPARE(model.data(model.index(2), ThreadModel::BodyRole).toString(),
                 QStringLiteral("deeper"));
        QCOMPARE(model.data(model.index(2), ThreadModel::ParentIdRole).toString(),
                 QStringLiteral("a1"));
    }

    void aReplyIsInsertedUnderItsParentInPlace() {
        ThreadModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setPostId(QStringLiteral("p1"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // Someone else's reply arrives by sync...
        m_store->applySyncPage(PageBuilder()
                                   .comment(QStringLiteral("b1"), QStringLiteral("p1"),
                                            QStringLiteral("c1"), QStringLiteral("reply to second"),
                                            QStringLiteral("b"), 50)
                                   .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(order(model).last(), QStringLiteral("b1/1"));

        // ...and mine is shown at once, pending, under the comment I answer.
        const QString id = model.createComment(QStringLiteral("me too"), QStringLiteral("a"));
        m_store->waitForWrites();
        QCOMPARE(inserted.size(), 2);
        const int row = order(model).indexOf(id + QStringLiteral("/1"));
        QCOMPARE(row, 3); // after a's existing subtree (a1, a1x), before b
        QCOMPARE(model.data(model.index(row), ThreadModel::PendingRole).toBool(), true);
        QCOMPARE(model.data(model.index(row), ThreadModel::AuthorNameRole).toString(),
                 QStringLiteral("Me"));
        QCOMPARE(reset.size(), 0);

        // The post's comment count went up with it.
        QSqlQuery q(m_store->readConnection());
        QVERIFY(q.exec(QStringLiteral("SELECT comment_count FROM posts WHERE id = 'p1'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // Another post's comments leave this model alone.
        m_store->applySyncPage(PageBuilder()
                                   .comment(QStringLiteral("o2"), QStringLiteral("p2"),
                                            QStringLiteral("c1"), QStringLiteral("x"))
                                   .build(QStringLiteral("cur-3")));
        m_store->waitForWrites();
        QCOMPARE(inserted.size(), 2);
    }

    void myCommentIsEditedAndDeletedInPlaceAndBackWhenRefused() {
        ThreadModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setPostId(QStringLiteral("p1"));
        const QString id = model.createComment(QStringLiteral("frist"));
        m_store->waitForWrites();
        answerAll();
        QCOMPARE(value(model, id, ThreadModel::PendingRole).toBool(), false);
        QCOMPARE(value(model, id, ThreadModel::EditedRole).toBool(), false);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // The new text shows at once, marked edited, and goes out based on the cached version.
        const QString edit = model.editComment(id, QStringLiteral("first!"));
        QVERIFY(!edit.isEmpty());
        m_store->waitForWrites();
        QCOMPARE(value(model, id, ThreadModel::BodyRole).toString(), QStringLiteral("first!"));
        QCOMPARE(value(model, id, ThreadModel::EditedRole).toBool(), true);
        QCOMPARE(value(model, id, ThreadModel::PendingRole).toBool(), true);
        const auto queued = m_store->pendingMutations(10);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).name, QStringLiteral("comment.edit"));
        QCOMPARE(queued.at(0).args.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(queued.at(0).args.value(QStringLiteral("body")).toString(),
                 QStringLiteral("first!"));

        // Refused: my text stays, with the reason, until I retry or discard it; discarding
        // brings back what the server has.
        answerAll(QStringLiteral("the post is locked"));
        QCOMPARE(value(model, id, ThreadModel::BodyRole).toString(), QStringLiteral("first!"));
        QCOMPARE(value(model, id, ThreadModel::FailedRole).toBool(), true);
        QCOMPARE(value(model, id, ThreadModel::ErrorStringRole).toString(),
                 QStringLiteral("the post is locked"));
        QCOMPARE(value(model, id, ThreadModel::MutationIdRole).toString(), edit);
        m_store->discardMutation(edit);
        m_store->waitForWrites();
        QCOMPARE(value(model, id, ThreadModel::BodyRole).toString(), QStringLiteral("frist"));
        QCOMPARE(value(model, id, ThreadModel::EditedRole).toBool(), false);
        QCOMPARE(value(model, id, ThreadModel::FailedRole).toBool(), false);

        // A delete hides it at once; a refused one brings it back whole.
        QVERIFY(!model.deleteComment(id).isEmpty());
        m_store->waitForWrites();
        QVERIFY(!shows(model, id));
        answerAll(QStringLiteral("not yours"));
        QVERIFY(shows(model, id));
        QCOMPARE(value(model, id, ThreadModel::BodyRole).toString(), QStringLiteral("frist"));
        QCOMPARE(value(model, id, ThreadModel::FailedRole).toBool(), true);
        m_store->discardMutation(value(model, id, ThreadModel::MutationIdRole).toString());
        m_store->waitForWrites();

        // Confirmed by the server, it is gone from the cache too, before any tombstone.
        QVERIFY(!model.deleteComment(id).isEmpty());
        m_store->waitForWrites();
        answerAll();
        QVERIFY(!shows(model, id));
        QSqlQuery q(m_store->readConnection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM comments WHERE id = '%1'").arg(id)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(reset.size(), 0);

        // Nothing to act on, nothing queued.
        QCOMPARE(model.editComment(QStringLiteral("no-such"), QStringLiteral("x")), QString());
        QCOMPARE(model.deleteComment(QStringLiteral("o")), QString()); // another post's
    }

    void aCommentEditedByItsAuthorSaysSo() {
        ThreadModel model;
        model.setStore(m_store.get());
        model.setPostId(QStringLiteral("p1"));
        QCOMPARE(value(model, QStringLiteral("b"), ThreadModel::EditedRole).toBool(), false);
        m_store->applySyncPage(PageBuilder()
                                   .comment(QStringLiteral("b"), QStringLiteral("p1"),
                                            QStringLiteral("c1"), QStringLiteral("second, fixed"),
                                            {}, 20, 25)
                                   .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(value(model, QStringLiteral("b"), ThreadModel::BodyRole).toString(),
                 QStringLiteral("second, fixed"));
        QCOMPARE(value(model, QStringLiteral("b"), ThreadModel::EditedRole).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestThreadModel)
#include "tst_threadmodel.moc"
