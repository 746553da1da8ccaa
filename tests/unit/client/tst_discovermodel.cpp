// DiscoverModel over a real cache, under QAbstractItemModelTester: the directory lists the
// public and request-only communities (never invite-only ones), filters by name, tagline and
// topic in place, and says for each what the member may do (join, "Request sent", full, member),
// following a join through the outbox, its refusal with the server's reason, and an invite join.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/communitylistmodel.h"
#include "models/discovermodel.h"
#include "protocol/mutation.h"
#include "protocol/syncpage.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::CommunityListModel;
using hearth::models::DiscoverModel;
using hearth::testing::PageBuilder;
namespace protocol = hearth::protocol;

namespace {

protocol::Community listed(const QString &id, const QString &name, const QString &tagline,
                           const QString &visibility, int members, int cap,
                           const QStringList &topics) {
    protocol::Community c;
    c.id = id;
    c.slug = name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    c.name = name;
    c.tagline = tagline;
    c.visibility = visibility;
    c.memberCount = members;
    c.memberCap = cap;
    c.topics = topics;
    c.guidelines = QStringLiteral("Be kind.");
    c.organizers = QJsonArray{QJsonObject{{QStringLiteral("userId"), QStringLiteral("u-ada")},
                                          {QStringLiteral("displayName"), QStringLiteral("Ada")},
                                          {QStringLiteral("role"), QStringLiteral("owner")}}};
    return c;
}

} // namespace

class TestDiscoverModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;

    static QStringList names(const DiscoverModel &model) {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out.append(model.data(model.index(i), DiscoverModel::NameRole).toString());
        return out;
    }
    static QString statusOf(const DiscoverModel &model, const QString &id) {
        const int row = model.indexOf(id);
        return row < 0 ? QStringLiteral("(absent)")
                       : model.data(model.index(row), DiscoverModel::StatusRole).toString();
    }
    static QString wireId(const hearth::cache::OutboxEntry &e) {
        return e.sendId.isEmpty() ? e.id : e.sendId;
    }
    // hearthd's answer to the outbox entry `id`.
    void answer(const QString &id, const QString &status, const QString &code = {},
                const QString &message = {}) {
        protocol::MutationResult result;
        result.id = id;
        result.status = status;
        result.errorCode = code;
        result.errorMessage = message;
        protocol::MutationResponse response;
        response.results.append(result);
        m_store->settleMutations(QJsonDocument(response.toJson()).toJson(QJsonDocument::Compact));
        m_store->waitForWrites();
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(
            m_dir.filePath(QStringLiteral("discover%1.sqlite").arg(++m_files)), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("me"));
        m_store->applySyncPage(
            PageBuilder()
                .community(listed(QStringLiteral("c-clay"), QStringLiteral("Clay Collective"),
                                  QStringLiteral("Wheel-thrown pottery"), QStringLiteral("public"),
                                  12, 250, {QStringLiteral("glaze"), QStringLiteral("kilns")}))
                .community(listed(QStringLiteral("c-sky"), QStringLiteral("Night Sky Circle"),
                                  QStringLiteral("Dark skies, shared telescopes"),
                                  QStringLiteral("request"), 30, 40, {QStringLiteral("astronomy")}))
                .community(listed(QStringLiteral("c-table"), QStringLiteral("Tiny Table"),
                                  QStringLiteral("Board games for four"), QStringLiteral("public"),
                                  4, 4, {}))
                .community(listed(QStringLiteral("c-hidden"), QStringLiteral("Hidden Garden"),
                                  QStringLiteral("Invite only"), QStringLiteral("invite"), 3, 20,
                                  {}))
                .community(listed(QStringLiteral("c-runners"), QStringLiteral("Ridge Runners"),
                                  QStringLiteral("Trail running"), QStringLiteral("public"), 9, 250,
                                  {QStringLiteral("trails")}))
                .membership(QStringLiteral("c-runners"), QStringLiteral("me"))
                .membership(QStringLiteral("c-hidden"), QStringLiteral("me"))
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void listsTheDirectoryWithWhatICanDo() {
        DiscoverModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        // By name; the invite-only one is not listed, even though I am in it.
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("Clay Collective"), QStringLiteral("Night Sky Circle"),
                              QStringLiteral("Ridge Runners"), QStringLiteral("Tiny Table")}));
        QCOMPARE(statusOf(model, QStringLiteral("c-clay")), QStringLiteral("open"));
        QCOMPARE(statusOf(model, QStringLiteral("c-table")), QStringLiteral("full"));
        QCOMPARE(statusOf(model, QStringLiteral("c-runners")), QStringLiteral("member"));
        const QModelIndex sky = model.index(model.indexOf(QStringLiteral("c-sky")));
        QCOMPARE(model.data(sky, DiscoverModel::SeatsLeftRole).toInt(), 10);
        QCOMPARE(model.data(sky, DiscoverModel::VisibilityRole).toString(),
                 QStringLiteral("request"));
        QCOMPARE(model.data(sky, DiscoverModel::TopicsRole).toStringList(),
                 QStringList{QStringLiteral("astronomy")});
        const QVariantList organizers = model.data(sky, DiscoverModel::OrganizersRole).toList();
        QCOMPARE(organizers.size(), 1);
        QCOMPARE(organizers[0].toMap().value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Ada"));
        QCOMPARE(model.data(sky, DiscoverModel::GuidelinesRole).toString(),
                 QStringLiteral("Be kind."));
    }

    void searchMatchesNameTaglineAndTopicInPlace() {
        DiscoverModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSearch(QStringLiteral("SKY"));
        QCOMPARE(names(model), QStringList{QStringLiteral("Night Sky Circle")});
        model.setSearch(QStringLiteral("pottery")); // tagline
        QCOMPARE(names(model), QStringList{QStringLiteral("Clay Collective")});
        model.setSearch(QStringLiteral("trail")); // topic "trails" and tagline
        QCOMPARE(names(model), QStringList{QStringLiteral("Ridge Runners")});
        model.setSearch(QStringLiteral("kiln")); // topic only
        QCOMPARE(names(model), QStringList{QStringLiteral("Clay Collective")});
        model.setSearch(QStringLiteral("100%_")); // LIKE's wildcards are plain text here
        QCOMPARE(model.rowCount(), 0);
        model.setSearch(QString());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(reset.size(), 0);
    }

    void aJoinShowsAtOnceAndTheServerDecides() {
        DiscoverModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        // A request-only community: "Request sent" at once, and it stays so once applied.
        const QString ask = model.join(QStringLiteral("c-sky"), true);
        QVERIFY(!ask.isEmpty());
        m_store->waitForWrites();
        QTRY_COMPARE(statusOf(model, QStringLiteral("c-sky")), QStringLiteral("requested"));
        const auto queued = m_store->pendingMutations(10);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued[0].name, QString::fromLatin1(protocol::MutationName::MembershipJoin));
        QCOMPARE(queued[0].args.value(QStringLiteral("communityId")).toString(),
                 QStringLiteral("c-sky"));
        QCOMPARE(queued[0].args.value(QStringLiteral("acceptGuidelines")).toBool(), true);
        answer(wireId(queued[0]), QStringLiteral("applied"));
        QTRY_COMPARE(statusOf(model, QStringLiteral("c-sky")), QStringLiteral("requested"));

        // A public one: "Joining…" while in the outbox; refused, the reason shows and the
        // optimistic membership is gone.
        model.join(QStringLiteral("c-clay"), false);
        m_store->waitForWrites();
        QTRY_COMPARE(statusOf(model, QStringLiteral("c-clay")), QStringLiteral("joining"));
        const auto join = m_store->pendingMutations(10).constLast();
        answer(wireId(join), QStringLiteral("rejected"), QStringLiteral("invalid_request"),
               QStringLiteral("this community has guidelines"));
        QTRY_COMPARE(statusOf(model, QStringLiteral("c-clay")), QStringLiteral("refused"));
        const QModelIndex clay = model.index(model.indexOf(QStringLiteral("c-clay")));
        QCOMPARE(model.data(clay, DiscoverModel::JoinErrorRole).toString(),
                 QStringLiteral("this community has guidelines"));
        // Nor does the rail list it as mine.
        CommunityListModel rail;
        rail.setJoinedOnly(true);
        rail.setStore(m_store.get());
        QCOMPARE(rail.indexOf(QStringLiteral("c-clay")), -1);
        QVERIFY(rail.indexOf(QStringLiteral("c-runners")) >= 0);
        // Trying again drops the refused entry first: one join in the outbox, not two.
        model.join(QStringLiteral("c-clay"), true);
        m_store->waitForWrites();
        QTRY_COMPARE(statusOf(model, QStringLiteral("c-clay")), QStringLiteral("joining"));
        QCOMPARE(m_store->failedCount(), 0);

        // Leaving goes through the outbox too.
        QVERIFY(!model.leave(QStringLiteral("c-runners")).isEmpty());
        m_store->waitForWrites();
        QTRY_COMPARE(statusOf(model, QStringLiteral("c-runners")), QStringLiteral("open"));
    }

    void anInviteJoinIsFollowedUntilItsCommunityArrives() {
        DiscoverModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(DiscoverModel::inviteCodeFrom(QStringLiteral("  HEARTH://invite/AbCd2345wxyz/ ")),
                 QStringLiteral("abcd2345wxyz"));
        QCOMPARE(DiscoverModel::inviteCodeFrom(QStringLiteral("https://invite/abcd")), QString());
        QVERIFY(model.joinWithInvite(QStringLiteral("not a code!"), true).isEmpty());

        QVERIFY(
            !model.joinWithInvite(QStringLiteral("hearth://invite/abcd2345wxyz"), true).isEmpty());
        QCOMPARE(model.inviteJoinState(), QStringLiteral("joining"));
        m_store->waitForWrites();
        auto queued = m_store->pendingMutations(10);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued[0].args.value(QStringLiteral("inviteCode")).toString(),
                 QStringLiteral("abcd2345wxyz"));
        QVERIFY(!queued[0].args.contains(QStringLiteral("communityId")) ||
                queued[0].args.value(QStringLiteral("communityId")).toString().isEmpty());
        answer(wireId(queued[0]), QStringLiteral("rejected"), QStringLiteral("not_found"),
               QStringLiteral("no such invite; check the code"));
        QTRY_COMPARE(model.inviteJoinState(), QStringLiteral("failed"));
        QCOMPARE(model.inviteJoinError(), QStringLiteral("no such invite; check the code"));

        // Again: the refused one gives way; applied, then the join window brings the community.
        model.joinWithInvite(QStringLiteral("abcd2345wxyz"), true);
        m_store->waitForWrites();
        QCOMPARE(m_store->failedCount(), 0);
        queued = m_store->pendingMutations(10);
        QCOMPARE(queued.size(), 1);
        answer(wireId(queued[0]), QStringLiteral("applied"));
        QTRY_COMPARE(model.inviteJoinState(), QStringLiteral("joined"));
        QCOMPARE(model.inviteJoinCommunityId(), QString());
        m_store->applySyncPage(
            PageBuilder()
                .community(listed(QStringLiteral("c-secret"), QStringLiteral("Secret Supper"),
                                  QStringLiteral("Invite only"), QStringLiteral("invite"), 5, 20,
                                  {}))
                .membership(QStringLiteral("c-secret"), QStringLiteral("me"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QTRY_COMPARE(model.inviteJoinCommunityId(), QStringLiteral("c-secret"));
    }
};

QTEST_GUILESS_MAIN(TestDiscoverModel)
#include "tst_discovermodel.moc"
