// MemberPostsModel over a real cache, under QAbstractItemModelTester: a member's recent posts in
// the communities I am an active member of, newest first, with their community's name; my own
// unsent posts stay out until the server has them; new posts arrive in place.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/memberpostsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::MemberPostsModel;
using hearth::testing::PageBuilder;

class TestMemberPostsModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;
    static constexpr qint64 T0 = 1700000000000;

    static QStringList titles(const MemberPostsModel &model) {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out.append(model.data(model.index(i), MemberPostsModel::TitleRole).toString());
        return out;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("posts%1.sqlite").arg(++m_files)),
                                   &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Sam"));
        const QString c1 = QStringLiteral("c1"), c2 = QStringLiteral("c2"),
                      c3 = QStringLiteral("c3");
        PageBuilder page;
        page.community(c1, QStringLiteral("Makers"))
            .community(c2, QStringLiteral("Runners"))
            .community(c3, QStringLiteral("Left long ago"))
            .membership(c1, QStringLiteral("me"))
            .membership(c2, QStringLiteral("me"))
            .post(QStringLiteral("p1"), c1, T0 + 1000, QStringLiteral("Glaze test"),
                  QStringLiteral("body"), QStringLiteral("maren"))
            .post(QStringLiteral("p2"), c2, T0 + 3000, QStringLiteral("Hill reps"),
                  QStringLiteral("body"), QStringLiteral("maren"))
            .post(QStringLiteral("p3"), c1, T0 + 2000, QStringLiteral("Someone else's"),
                  QStringLiteral("body"), QStringLiteral("ada"))
            .post(QStringLiteral("p4"), c3, T0 + 4000, QStringLiteral("Not shared"),
                  QStringLiteral("body"), QStringLiteral("maren"));
        // c3's post is cached but I am not a member there: not a community we share.
        m_store->applySyncPage(page.build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void listsTheirPostsInSharedCommunitiesNewestFirst() {
        MemberPostsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setUserId(QStringLiteral("maren"));
        QCOMPARE(titles(model), QStringList({"Hill reps", "Glaze test"}));
        QCOMPARE(model.data(model.index(0), MemberPostsModel::CommunityNameRole).toString(),
                 QStringLiteral("Runners"));
        QCOMPARE(model.data(model.index(0), MemberPostsModel::CommunityIdRole).toString(),
                 QStringLiteral("c2"));
        QCOMPARE(model.data(model.index(0), MemberPostsModel::AuthorIdRole).toString(),
                 QStringLiteral("maren"));

        model.setLimit(1);
        QCOMPARE(titles(model), QStringList({"Hill reps"}));
    }

    void newPostsArriveInPlace() {
        MemberPostsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setUserId(QStringLiteral("maren"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_store->applySyncPage(PageBuilder()
                                   .post(QStringLiteral("p5"), QStringLiteral("c1"), T0 + 9000,
                                         QStringLiteral("Kiln opening"), QStringLiteral("body"),
                                         QStringLiteral("maren"))
                                   .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QTRY_COMPARE(titles(model), QStringList({"Kiln opening", "Hill reps", "Glaze test"}));
        QCOMPARE(reset.size(), 0);
    }

    void myUnsentPostsWaitForTheServer() {
        MemberPostsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setUserId(QStringLiteral("me"));
        QCOMPARE(model.rowCount(), 0);
        const QString mutation =
            m_store->enqueueMutation(QStringLiteral("post.create"),
                                     {{QStringLiteral("id"), QStringLiteral("mine")},
                                      {QStringLiteral("communityId"), QStringLiteral("c1")},
                                      {QStringLiteral("title"), QStringLiteral("First bowl")},
                                      {QStringLiteral("body"), QStringLiteral("Wobbly but mine")}});
        m_store->waitForWrites();
        QCOMPARE(model.rowCount(), 0);
        const QJsonObject result{
            {QStringLiteral("id"), mutation},
            {QStringLiteral("status"), QStringLiteral("applied")},
            {QStringLiteral("result"), QJsonObject{{QStringLiteral("id"), QStringLiteral("mine")},
                                                   {QStringLiteral("version"), 1}}}};
        m_store->settleMutations(
            QJsonDocument(QJsonObject{{QStringLiteral("results"), QJsonArray{result}}}).toJson());
        m_store->waitForWrites();
        QTRY_COMPARE(titles(model), QStringList({"First bowl"}));
    }
};

QTEST_GUILESS_MAIN(TestMemberPostsModel)
#include "tst_memberpostsmodel.moc"
