// MembersModel over a real cache, under QAbstractItemModelTester: members by role then name with
// their profiles, and a profile change updating one row in place.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/membersmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::MembersModel;
using hearth::testing::PageBuilder;

class TestMembersModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;

    QStringList names(const MembersModel &model) {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out.append(model.data(model.index(i), MembersModel::DisplayNameRole).toString() +
                       QLatin1Char('/') +
                       model.data(model.index(i), MembersModel::RoleRole).toString());
        return out;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("members.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("me"));
        const QJsonArray showcase{
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Moon jar")},
                        {QStringLiteral("text"), QStringLiteral("Stoneware, 40 cm")}}};
        m_store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .community(QStringLiteral("c2"), QStringLiteral("Runners"))
                .user(QStringLiteral("me"), QStringLiteral("me"), QString())
                .user(QStringLiteral("u-zed"), QStringLiteral("zed"), QStringLiteral("weaver"))
                .user(QStringLiteral("u-amy"), QStringLiteral("amy"), QStringLiteral("potter"),
                      {QStringLiteral("ceramics"), QStringLiteral("glazes")}, showcase)
                .membership(QStringLiteral("c1"), QStringLiteral("me"))
                .membership(QStringLiteral("c1"), QStringLiteral("u-zed"), QStringLiteral("owner"))
                .membership(QStringLiteral("c1"), QStringLiteral("u-amy"))
                .membership(QStringLiteral("c2"), QStringLiteral("u-amy"))
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void listsMembersByRoleThenName() {
        MembersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("zed/owner"), QStringLiteral("amy/member"),
                              QStringLiteral("me/member")}));
        QCOMPARE(model.data(model.index(2), MembersModel::IsMeRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), MembersModel::BioRole).toString(),
                 QStringLiteral("potter"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_store->applySyncPage(PageBuilder()
                                   .user(QStringLiteral("u-amy"), QStringLiteral("amy"),
                                         QStringLiteral("potter and painter"))
                                   .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(1), MembersModel::BioRole).toString(),
                 QStringLiteral("potter and painter"));
        QCOMPARE(reset.size(), 0);
    }

    void searchFiltersByNameOrHandleInPlace() {
        MembersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSearch(QStringLiteral("ZE"));
        QCOMPARE(names(model), QStringList{QStringLiteral("zed/owner")});
        model.setSearch(QStringLiteral("m"));
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("amy/member"), QStringLiteral("me/member")}));
        model.setSearch(QStringLiteral("nobody"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearch(QString());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMembersModel)
#include "tst_membersmodel.moc"
