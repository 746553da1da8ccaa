// What organizers do to memberships: join requests, removal, bans and roles, with the rank rules
// (moderators act on members, owners on moderators, nobody on an owner) and what each side then
// sees in sync.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "server/domain/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {

const QString code(const char *c) {
    return QString::fromLatin1(c);
}

QJsonObject who(const QString &communityId, const TestUser &user) {
    return {{QStringLiteral("communityId"), communityId}, {QStringLiteral("userId"), user.id}};
}

bool hasPurge(const QList<Change> &changes, const QString &communityId) {
    for (const Change &c : changes) {
        if (c.type == QStringLiteral("community") && c.id == communityId &&
            c.op == QStringLiteral("purge"))
            return true;
    }
    return false;
}

// A community owned by ada, with cy as moderator and bo as member.
struct Cast {
    ServerFixture f;
    TestUser ada, bo, cy;
    QString community;

    explicit Cast(const QString &visibility = QStringLiteral("public")) {
        ada = f.registerUser(QStringLiteral("ada"));
        bo = f.registerUser(QStringLiteral("bo"));
        cy = f.registerUser(QStringLiteral("cy"));
        community = f.createCommunity(ada, QStringLiteral("potters"), visibility);
        for (const TestUser &u : {bo, cy})
            f.mutateOne(u, QStringLiteral("membership.join"),
                        {{QStringLiteral("communityId"), community}});
        if (visibility == QStringLiteral("request")) {
            for (const TestUser &u : {bo, cy})
                f.mutateOne(ada, QStringLiteral("membership.approve"), who(community, u));
        }
        QJsonObject role = who(community, cy);
        role.insert(QStringLiteral("role"), QStringLiteral("moderator"));
        f.mutateOne(ada, QStringLiteral("membership.setRole"), role);
    }
};

} // namespace

class TestServerModeration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void approvingARequestDeliversTheWindow() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString ask =
            f.createCommunity(ada, QStringLiteral("ask"), QStringLiteral("request"));
        const QString post = f.createPost(ada, ask);
        QString cursor;
        f.syncAll(bo, {}, &cursor);
        QCOMPARE(f.mutateOne(bo, QStringLiteral("membership.join"),
                             {{QStringLiteral("communityId"), ask}})
                     .result.value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("pending"));
        // Bo cannot approve himself; ada can.
        QCOMPARE(f.mutateOne(bo, QStringLiteral("membership.approve"), who(ask, bo)).errorCode,
                 code(ErrorCode::Forbidden));
        const auto approved = f.mutateOne(ada, QStringLiteral("membership.approve"), who(ask, bo));
        QVERIFY2(approved.applied(), qPrintable(approved.errorMessage));
        const auto window = f.syncAll(bo, cursor);
        QCOMPARE(changesOf(window, QStringLiteral("post"), post).size(), 1);
        const auto mine =
            changesOf(window, QStringLiteral("membership"), ask + QLatin1Char(':') + bo.id);
        QCOMPARE(mine.last().data.value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
    }

    void denyingARequestRemovesIt() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString ask =
            f.createCommunity(ada, QStringLiteral("ask"), QStringLiteral("request"));
        f.mutateOne(bo, QStringLiteral("membership.join"), {{QStringLiteral("communityId"), ask}});
        QVERIFY(f.mutateOne(ada, QStringLiteral("membership.deny"), who(ask, bo)).applied());
        QCOMPARE(f.mutateOne(ada, QStringLiteral("membership.approve"), who(ask, bo)).errorCode,
                 code(ErrorCode::NotFound));
        const auto bos = changesOf(f.syncAll(bo), QStringLiteral("membership"));
        QCOMPARE(bos.last().op, QStringLiteral("delete"));
    }

    void ranksDecideWhoMayRemoveWhom() {
        Cast c;
        const auto remove = [&](const TestUser &actor, const TestUser &target) {
            return c.f.mutateOne(actor, QStringLiteral("membership.remove"),
                                 who(c.community, target));
        };
        QCOMPARE(remove(c.bo, c.cy).errorCode, code(ErrorCode::Forbidden));  // member
        QCOMPARE(remove(c.cy, c.ada).errorCode, code(ErrorCode::Forbidden)); // owner untouchable
        QCOMPARE(remove(c.cy, c.cy).errorCode, code(ErrorCode::Forbidden));  // not oneself
        QCOMPARE(remove(c.ada, c.ada).errorCode, code(ErrorCode::Forbidden));

        QString cursor;
        c.f.syncAll(c.bo, {}, &cursor);
        const auto removed = remove(c.cy, c.bo); // moderator removes a member
        QVERIFY2(removed.applied(), qPrintable(removed.errorMessage));
        c.f.createPost(c.ada, c.community, QStringLiteral("after bo left"));
        const auto tail = c.f.syncAll(c.bo, cursor);
        QVERIFY(hasPurge(tail, c.community));
        QVERIFY(changesOf(tail, QStringLiteral("post")).isEmpty());

        QVERIFY(remove(c.ada, c.cy).applied()); // owner removes a moderator
    }

    void bannedMembersCannotComeBackUntilUnbanned() {
        Cast c;
        QString cursor;
        c.f.syncAll(c.bo, {}, &cursor);
        QJsonObject args = who(c.community, c.bo);
        args.insert(QStringLiteral("reason"), QStringLiteral("spam"));
        QVERIFY(c.f.mutateOne(c.cy, QStringLiteral("membership.ban"), args).applied());
        const auto tail = c.f.syncAll(c.bo, cursor);
        QVERIFY(hasPurge(tail, c.community));
        const auto mine =
            changesOf(tail, QStringLiteral("membership"), c.community + QLatin1Char(':') + c.bo.id);
        QCOMPARE(mine.last().data.value(QStringLiteral("state")).toString(),
                 QStringLiteral("banned"));

        const auto join = [&] {
            return c.f.mutateOne(c.bo, QStringLiteral("membership.join"),
                                 {{QStringLiteral("communityId"), c.community}});
        };
        QCOMPARE(join().errorCode, code(ErrorCode::Forbidden));
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("post.create"),
                               {{QStringLiteral("id"), ServerFixture::newId()},
                                {QStringLiteral("communityId"), c.community},
                                {QStringLiteral("body"), QStringLiteral("let me in")}})
                     .errorCode,
                 code(ErrorCode::Forbidden));
        QVERIFY(c.f.mutateOne(c.cy, QStringLiteral("membership.unban"), who(c.community, c.bo))
                    .applied());
        QVERIFY(join().applied());
    }

    void organizerActionsAreAuditedForOrganizersOnly() {
        Cast c;
        QJsonObject args = who(c.community, c.bo);
        args.insert(QStringLiteral("reason"), QStringLiteral("spam links"));
        QVERIFY(c.f.mutateOne(c.cy, QStringLiteral("membership.ban"), args).applied());
        const auto page = c.f.server().audit().page(c.ada.id, c.community, 50);
        QVERIFY2(page, qPrintable(page.error().message));
        const QJsonArray entries = QJsonDocument::fromJson(page.value())
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QStringList actions;
        for (const QJsonValue &e : entries)
            actions.append(e[QStringLiteral("action")].toString());
        QCOMPARE(actions.first(), QStringLiteral("membership.ban")); // newest first
        QVERIFY(actions.contains(QStringLiteral("membership.setRole")));
        const QJsonObject ban = entries.first().toObject();
        QCOMPARE(ban.value(QStringLiteral("actorId")).toString(), c.cy.id);
        QCOMPARE(ban.value(QStringLiteral("targetId")).toString(), c.bo.id);
        QCOMPARE(ban.value(QStringLiteral("reason")).toString(), QStringLiteral("spam links"));

        const TestUser dee = c.f.registerUser(QStringLiteral("dee"));
        c.f.mutateOne(dee, QStringLiteral("membership.join"),
                      {{QStringLiteral("communityId"), c.community}});
        const auto denied = c.f.server().audit().page(dee.id, c.community, 50);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, code(ErrorCode::Forbidden));
    }

    void onlyOwnersChangeRolesAndTheLastOwnerStays() {
        Cast c;
        QJsonObject promote = who(c.community, c.bo);
        promote.insert(QStringLiteral("role"), QStringLiteral("moderator"));
        QCOMPARE(c.f.mutateOne(c.cy, QStringLiteral("membership.setRole"), promote).errorCode,
                 code(ErrorCode::Forbidden));
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("membership.setRole"), promote).applied());

        QJsonObject demoteSelf = who(c.community, c.ada);
        demoteSelf.insert(QStringLiteral("role"), QStringLiteral("member"));
        QCOMPARE(c.f.mutateOne(c.ada, QStringLiteral("membership.setRole"), demoteSelf).errorCode,
                 code(ErrorCode::Forbidden));
        QJsonObject crown = who(c.community, c.cy);
        crown.insert(QStringLiteral("role"), QStringLiteral("owner"));
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("membership.setRole"), crown).applied());
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("membership.setRole"), demoteSelf).applied());

        const auto roles = changesOf(c.f.syncAll(c.bo), QStringLiteral("membership"),
                                     c.community + QLatin1Char(':') + c.cy.id);
        QCOMPARE(roles.last().data.value(QStringLiteral("role")).toString(),
                 QStringLiteral("owner"));
    }
};

QTEST_GUILESS_MAIN(TestServerModeration)
#include "tst_server_moderation.moc"
