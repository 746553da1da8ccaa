// Losing access is final on the server: what a user receives is decided when the page is read,
// from their membership and role then, for every kind of row, also the rows once addressed to
// them alone (join windows, organizer windows). And everyone's view of the member list follows
// bans, from an old cursor and from none.

#include "serverfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {

QJsonObject who(const QString &communityId, const TestUser &u) {
    return {{QStringLiteral("communityId"), communityId}, {QStringLiteral("userId"), u.id}};
}

// What a client holds after applying changes in order, as far as memberships and the
// community's member count go.
struct MemberView {
    QMap<QString, QString> states; // membership id -> state
    int memberCount = -1;

    void apply(const QList<Change> &changes, const QString &communityId) {
        for (const Change &c : changes) {
            if (c.type == QStringLiteral("community") && c.id == communityId) {
                if (c.op == QStringLiteral("purge"))
                    *this = MemberView();
                else if (c.op == QStringLiteral("upsert"))
                    memberCount = c.data.value(QStringLiteral("memberCount")).toInt();
            } else if (c.type == QStringLiteral("membership") && c.community == communityId) {
                if (c.op == QStringLiteral("upsert"))
                    states.insert(c.id, c.data.value(QStringLiteral("state")).toString());
                else
                    states.remove(c.id);
            }
        }
    }
    QStringList active() const {
        QStringList out;
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            if (it.value() == QStringLiteral("active"))
                out.append(it.key());
        return out;
    }
};

} // namespace

class TestServerAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void losingAccessIsFinalOnEveryDevice_data() {
        QTest::addColumn<QString>("how");
        QTest::newRow("banned") << QStringLiteral("membership.ban");
        QTest::newRow("removed") << QStringLiteral("membership.remove");
        QTest::newRow("left") << QStringLiteral("membership.leave");
        QTest::newRow("stepped down") << QStringLiteral("membership.setRole");
    }

    void losingAccessIsFinalOnEveryDevice() {
        QFETCH(QString, how);
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const TestUser cy = f.registerUser(QStringLiteral("cy"));
        const TestUser eve = f.registerUser(QStringLiteral("eve"));
        const QString c =
            f.createCommunity(ada, QStringLiteral("potters"), QStringLiteral("request"));
        for (const TestUser &u : {bo, cy}) {
            f.mutateOne(u, QStringLiteral("membership.join"), {{QStringLiteral("communityId"), c}});
            QVERIFY(f.mutateOne(ada, QStringLiteral("membership.approve"), who(c, u)).applied());
        }
        const QString post = ServerFixture::newId();
        QVERIFY(f.mutateOne(cy, QStringLiteral("post.create"),
                            {{QStringLiteral("id"), post},
                             {QStringLiteral("communityId"), c},
                             {QStringLiteral("body"), QStringLiteral("MEMBERS-ONLY text @bo")}})
                    .applied());
        const auto invite = f.mutateOne(
            ada, QStringLiteral("invite.create"),
            {{QStringLiteral("id"), ServerFixture::newId()}, {QStringLiteral("communityId"), c}});
        const QByteArray code = invite.result.value(QStringLiteral("code")).toString().toLatin1();
        QVERIFY(!code.isEmpty());
        QVERIFY(f.mutateOne(cy, QStringLiteral("report.create"),
                            {{QStringLiteral("id"), ServerFixture::newId()},
                             {QStringLiteral("targetType"), QStringLiteral("post")},
                             {QStringLiteral("targetId"), post},
                             {QStringLiteral("reason"), QStringLiteral("ORGANIZERS-ONLY reason")}})
                    .applied());
        f.mutateOne(eve, QStringLiteral("membership.join"), {{QStringLiteral("communityId"), c}});
        // bo becomes a moderator: the organizer window (invite, report, eve's request) is his.
        QJsonObject role = who(c, bo);
        role.insert(QStringLiteral("role"), QStringLiteral("moderator"));
        QVERIFY(f.mutateOne(ada, QStringLiteral("membership.setRole"), role).applied());
        const QByteArray before = f.syncBytes(bo);
        QVERIFY(before.contains(code));
        QVERIFY(before.contains("ORGANIZERS-ONLY"));
        QVERIFY(before.contains("MEMBERS-ONLY"));

        if (how == QStringLiteral("membership.leave")) {
            QVERIFY(f.mutateOne(bo, how, {{QStringLiteral("communityId"), c}}).applied());
        } else if (how == QStringLiteral("membership.setRole")) {
            role.insert(QStringLiteral("role"), QStringLiteral("member"));
            QVERIFY(f.mutateOne(ada, how, role).applied());
        } else {
            QVERIFY(f.mutateOne(ada, how, who(c, bo)).applied());
        }

        // A new device of bo's, now or any time later.
        const QByteArray wire = f.syncBytes(bo);
        QVERIFY2(!wire.contains(code), "an invite code reached someone who is no organizer");
        QVERIFY(!wire.contains("ORGANIZERS-ONLY"));
        const auto changes = f.syncAll(bo);
        const QString evesRequest = c + QLatin1Char(':') + eve.id;
        for (const Change &ch : changesOf(changes, QStringLiteral("membership"), evesRequest))
            QVERIFY2(ch.op != QStringLiteral("upsert"), "a join request reached a non-organizer");
        for (const char *type : {"invite", "report"})
            for (const Change &ch : changesOf(changes, QString::fromLatin1(type)))
                QVERIFY2(ch.op != QStringLiteral("upsert"), type);
        if (how == QStringLiteral("membership.setRole")) {
            QVERIFY(wire.contains("MEMBERS-ONLY")); // still a member
            return;
        }
        QVERIFY(!wire.contains("MEMBERS-ONLY"));
        for (const Change &ch : changes) {
            if (ch.community != c)
                continue;
            const bool own =
                ch.type == QStringLiteral("membership") && ch.id == c + QLatin1Char(':') + bo.id;
            const bool listing = ch.type == QStringLiteral("community");
            QVERIFY2(
                own || listing || ch.op != QStringLiteral("upsert"),
                qPrintable(
                    QStringLiteral("%1 %2 reached someone without access").arg(ch.type, ch.id)));
        }
    }

    void everyoneSeesABannedMemberLeaveTheMemberList() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const TestUser cy = f.registerUser(QStringLiteral("cy"));
        const TestUser dan = f.registerUser(QStringLiteral("dan"));
        const QString c = f.createCommunity(ada, QStringLiteral("potters"));
        for (const TestUser &u : {bo, cy, dan})
            f.mutateOne(u, QStringLiteral("membership.join"), {{QStringLiteral("communityId"), c}});
        QString bosCursor;
        MemberView bosCache;
        bosCache.apply(f.syncAll(bo, {}, &bosCursor), c);
        QCOMPARE(bosCache.active().size(), 4);

        QVERIFY(f.mutateOne(ada, QStringLiteral("membership.ban"), who(c, cy)).applied());

        const QString cys = c + QLatin1Char(':') + cy.id;
        // bo's existing cache, brought up to date.
        bosCache.apply(f.syncAll(bo, bosCursor), c);
        QVERIFY2(!bosCache.states.contains(cys), "a banned member stayed in a member's list");
        QCOMPARE(bosCache.memberCount, 3);
        QCOMPARE(bosCache.active().size(), bosCache.memberCount);
        // dan's new device.
        MemberView dansFresh;
        dansFresh.apply(f.syncAll(dan), c);
        QVERIFY(!dansFresh.states.contains(cys));
        QCOMPARE(dansFresh.active().size(), 3);
        QCOMPARE(dansFresh.memberCount, 3);
        // The owner sees the ban itself.
        MemberView adas;
        adas.apply(f.syncAll(ada), c);
        QCOMPARE(adas.states.value(cys), QStringLiteral("banned"));
        QCOMPARE(adas.active().size(), adas.memberCount);
        // cy is told: the community is purged, then the ban.
        MemberView cys_;
        cys_.apply(f.syncAll(cy), c);
        QCOMPARE(cys_.states.value(cys), QStringLiteral("banned"));
        QVERIFY(cys_.active().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_server_access.moc"
