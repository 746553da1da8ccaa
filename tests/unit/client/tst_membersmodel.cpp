// MembersModel over a real cache, under QAbstractItemModelTester: members by role then name with
// their profiles, and a profile change updating one row in place.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/membersmodel.h"
#include "protocol/mutation.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
namespace protocol = hearth::protocol;
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

    // The organizer's pane: filters by state and role, post counts, seats, and a decision shown
    // waiting in the outbox, then refused with the server's reason; rows change in place.
    void filtersCountsAndDecisions() {
        m_store->applySyncPage(
            PageBuilder()
                .user(QStringLiteral("u-pat"), QStringLiteral("pat"), QString())
                .membership(QStringLiteral("c1"), QStringLiteral("u-pat"), QStringLiteral("member"),
                            QStringLiteral("pending"))
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000, QStringLiteral("One"),
                      QStringLiteral("body"), QStringLiteral("u-amy"))
                .post(QStringLiteral("p2"), QStringLiteral("c1"), 2000, QStringLiteral("Two"),
                      QStringLiteral("body"), QStringLiteral("u-amy"))
                .post(QStringLiteral("p3"), QStringLiteral("c2"), 3000, QStringLiteral("Else"),
                      QStringLiteral("body"), QStringLiteral("u-amy"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        MembersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(model.rowCount(), 3); // active only
        model.setIncludeInactive(true);
        QCOMPARE(model.rowCount(), 4);
        model.setStateFilter(QStringLiteral("pending"));
        QCOMPARE(names(model), QStringList{QStringLiteral("pat/member")});
        model.setStateFilter(QString());
        model.setRoleFilter(QStringLiteral("owner"));
        QCOMPARE(names(model), QStringList{QStringLiteral("zed/owner")});
        model.setRoleFilter(QString());
        QCOMPARE(model.memberCap(), 250);
        const QModelIndex amy = model.index(1);
        QCOMPARE(model.data(amy, MembersModel::UserIdRole).toString(), QStringLiteral("u-amy"));
        QCOMPARE(model.data(amy, MembersModel::PostCountRole).toInt(), 2); // not c2's
        QCOMPARE(model.data(amy, MembersModel::DecisionRole).toString(), QString());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString id = model.ban(QStringLiteral("u-amy"), QStringLiteral("spam"));
        QVERIFY(!id.isEmpty());
        m_store->waitForWrites();
        QTRY_COMPARE(model.data(amy, MembersModel::DecisionRole).toString(),
                     QStringLiteral("membership.ban"));
        QCOMPARE(model.data(amy, MembersModel::DecisionIdRole).toString(), id);
        QCOMPARE(model.data(amy, MembersModel::DecisionFailedRole).toBool(), false);

        protocol::MutationResult refused;
        refused.id = id;
        refused.status = QString::fromLatin1(protocol::MutationStatus::Rejected);
        refused.errorCode = QStringLiteral("forbidden");
        refused.errorMessage = QStringLiteral("moderators can act on members only");
        protocol::MutationResponse response;
        response.results.append(refused);
        m_store->settleMutations(QJsonDocument(response.toJson()).toJson());
        m_store->waitForWrites();
        QTRY_VERIFY(model.data(amy, MembersModel::DecisionFailedRole).toBool());
        QCOMPARE(model.data(amy, MembersModel::DecisionErrorRole).toString(),
                 QStringLiteral("moderators can act on members only"));
        // Nothing changed in the cache meanwhile: the server decides.
        QCOMPARE(model.data(amy, MembersModel::StateRole).toString(), QStringLiteral("active"));
        m_store->discardMutation(id);
        m_store->waitForWrites();
        QTRY_COMPARE(model.data(amy, MembersModel::DecisionRole).toString(), QString());
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMembersModel)
#include "tst_membersmodel.moc"
