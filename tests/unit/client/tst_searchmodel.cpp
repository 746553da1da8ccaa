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

    // A snippet is what the text says: no markdown syntax, no link addresses; a post's comes from
    // its body (its title is shown apart); posts and comments name who wrote them.
    void snippetsAreWordsFromTheBody() {
        m_store->applySyncPage(
            PageBuilder()
                .post(QStringLiteral("p9"), QStringLiteral("c2"), 900,
                      QStringLiteral("Glaze notes"),
                      QStringLiteral("## Glaze\n\n- **Celadon** with _2%_ iron, see "
                                     "[the glaze notes](https://example.org/glaze) and "
                                     "![kiln](https://img.example.org/k.jpg)"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        SearchModel model;
        model.setStore(m_store.get());
        model.setQuery(QStringLiteral("celadon"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("p9")});
        const QString snippet = model.data(model.index(0), SearchModel::SnippetRole).toString();
        QVERIFY2(snippet.startsWith(
                     QStringLiteral("Glaze <b>Celadon</b> with 2% iron, see the glaze notes")),
                 qPrintable(snippet));
        QVERIFY2(!snippet.contains(QLatin1StringView("https")) &&
                     !snippet.contains(QLatin1Char('*')) && !snippet.contains(QLatin1Char('#')),
                 qPrintable(snippet));
        QCOMPARE(model.data(model.index(0), SearchModel::AuthorNameRole).toString(),
                 QStringLiteral("Ada"));

        // A word only in the title: the snippet is the body's start, not the title again.
        model.setQuery(QStringLiteral("notes"));
        const int row = int(ids(model).indexOf(QStringLiteral("p9")));
        QVERIFY(row >= 0);
        QVERIFY2(!model.data(model.index(row), SearchModel::SnippetRole)
                      .toString()
                      .startsWith(QStringLiteral("Glaze notes")),
                 qPrintable(model.data(model.index(row), SearchModel::SnippetRole).toString()));

        model.setQuery(QStringLiteral("electric"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("k1")});
        QCOMPARE(model.data(model.index(0), SearchModel::AuthorNameRole).toString(),
                 QStringLiteral("Bo"));
        model.setQuery(QStringLiteral("stoneware"));
        QCOMPARE(model.data(model.index(0), SearchModel::AuthorNameRole).toString(),
                 QStringLiteral("potter"));
    }

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
        QVERIFY(model.data(model.index(0), SearchModel::SnippetRole)
                    .toString()
                    .contains(QLatin1StringView("<b>pottery</b> <b>wheel</b>")));
        // The post matched by its title: its snippet is its body, not the title again.
        QCOMPARE(model.data(model.index(1), SearchModel::SnippetRole).toString(),
                 QStringLiteral("body"));

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
