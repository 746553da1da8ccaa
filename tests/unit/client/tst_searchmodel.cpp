// SearchModel over a real cache, under QAbstractItemModelTester: results follow typing in place,
// filters narrow them, and a sync that deletes a post removes its row.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/searchmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::SearchModel;
using hearth::testing::PageBuilder;

class TestSearchModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;

    static QStringList ids(const SearchModel &model) {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out.append(model.data(model.index(i), SearchModel::ItemIdRole).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("search.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .community(QStringLiteral("c2"), QStringLiteral("Runners"))
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 100,
                      QStringLiteral("Pottery wheel for sale"))
                .post(QStringLiteral("p2"), QStringLiteral("c1"), 200,
                      QStringLiteral("Potting soil"))
                .post(QStringLiteral("p3"), QStringLiteral("c2"), 300,
                      QStringLiteral("Pottery and running"))
                .comment(QStringLiteral("k1"), QStringLiteral("p1"), QStringLiteral("c1"),
                         QStringLiteral("Is the pottery wheel electric?"), {}, 400)
                .user(QStringLiteral("u1"), QStringLiteral("potter"), QStringLiteral("Stoneware"))
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanupTestCase() { m_store.reset(); }

    void resultsFollowTypingAndFilters() {
        SearchModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.setQuery(QStringLiteral("pot"));
        QCOMPARE(ids(model),
                 (QStringList{QStringLiteral("u1"), QStringLiteral("k1"), QStringLiteral("p3"),
                              QStringLiteral("p2"), QStringLiteral("p1")}));
        model.setQuery(QStringLiteral("potter"));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("u1"), QStringLiteral("k1"),
                                          QStringLiteral("p3"), QStringLiteral("p1")}));
        model.setQuery(QStringLiteral("pottery wheel"));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("k1"), QStringLiteral("p1")}));
        QCOMPARE(model.data(model.index(0), SearchModel::ResultKindRole).toString(),
                 QStringLiteral("comment"));
        QCOMPARE(model.data(model.index(0), SearchModel::PostIdRole).toString(),
                 QStringLiteral("p1"));
        QCOMPARE(model.data(model.index(0), SearchModel::TitleRole).toString(),
                 QStringLiteral("Pottery wheel for sale"));
        QVERIFY(model.data(model.index(1), SearchModel::SnippetRole)
                    .toString()
                    .contains(QLatin1StringView("<b>Pottery</b>")));

        model.setQuery(QStringLiteral("pottery"));
        model.setCommunityId(QStringLiteral("c2"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("p3")});
        model.setCommunityId(QString());
        model.setKind(QStringLiteral("discussion"));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("p3"), QStringLiteral("p1")}));
        model.setKind(QString());
        QCOMPARE(reset.size(), 0); // typing never resets the view

        m_store->applySyncPage(
            PageBuilder()
                .remove(QStringLiteral("post"), QStringLiteral("p3"), QStringLiteral("c2"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QVERIFY(!ids(model).contains(QStringLiteral("p3")));
        model.setQuery(QStringLiteral("   "));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
