// Invites: organizers make and revoke codes; a code lets someone join any community, including a
// hidden invite-only one, within its expiry and uses; the member cap holds on every way in.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "protocol/entities.h"
#include "server/domain/auditlog.h"
#include "server/domain/changelog.h"
#include "server/domain/clock.h"
#include "server/domain/entityreader.h"
#include "server/domain/operatorcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {

const QString code(const char *c) {
    return QString::fromLatin1(c);
}

QJsonObject inCommunity(const QString &communityId) {
    return {{QStringLiteral("communityId"), communityId}};
}

QJsonObject withCode(const QString &inviteCode) {
    return {{QStringLiteral("inviteCode"), inviteCode}};
}

QJsonObject latest(const QList<Change> &changes, const QString &type, const QString &id) {
    const auto rows = changesOf(changes, type, id);
    return rows.isEmpty() ? QJsonObject() : rows.last().data;
}

// ada owns a community of the given visibility, cy moderates it, bo is a member; dee and eli
// are outside.
struct Cast {
    ServerFixture f;
    TestUser ada, bo, cy, dee, eli;
    QString community;

    explicit Cast(const QString &visibility, int memberCap = 250) {
        ada = f.registerUser(QStringLiteral("ada"));
        bo = f.registerUser(QStringLiteral("bo"));
        cy = f.registerUser(QStringLiteral("cy"));
        dee = f.registerUser(QStringLiteral("dee"));
        eli = f.registerUser(QStringLiteral("eli"));
        community = ServerFixture::newId();
        const auto made = f.mutateOne(ada, QStringLiteral("community.create"),
                                      {{QStringLiteral("id"), community},
                                       {QStringLiteral("slug"), QStringLiteral("kiln")},
                                       {QStringLiteral("name"), QStringLiteral("Kiln")},
                                       {QStringLiteral("visibility"), visibility},
                                       {QStringLiteral("memberCap"), memberCap}});
        if (!made.applied())
            qFatal("community.create failed: %s", qPrintable(made.errorMessage));
        if (memberCap >= 3) {
            const QString seed = invite({});
            for (const TestUser &u : {bo, cy})
                f.mutateOne(u, QStringLiteral("membership.join"), withCode(seed));
            f.mutateOne(ada, QStringLiteral("membership.setRole"),
                        {{QStringLiteral("communityId"), community},
                         {QStringLiteral("userId"), cy.id},
                         {QStringLiteral("role"), QStringLiteral("moderator")}});
        }
    }

    // An invite made by ada; returns its code.
    QString invite(QJsonObject args, QString *id = nullptr) {
        const QString inviteId = ServerFixture::newId();
        args.insert(QStringLiteral("id"), inviteId);
        args.insert(QStringLiteral("communityId"), community);
        const auto r = f.mutateOne(ada, QStringLiteral("invite.create"), args);
        if (!r.applied())
            qFatal("invite.create failed: %s", qPrintable(r.errorMessage));
        if (id)
            *id = inviteId;
        return r.result.value(QStringLiteral("code")).toString();
    }

    MutationResult join(const TestUser &u, const QJsonObject &args) {
        return f.mutateOne(u, QStringLiteral("membership.join"), args);
    }
};

} // namespace

class TestServerInvites : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void organizersMakeInvitesThatOnlyOrganizersSee() {
        Cast c(QStringLiteral("invite"));
        const QJsonObject args{{QStringLiteral("id"), ServerFixture::newId()},
                               {QStringLiteral("communityId"), c.community}};
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("invite.create"), args).errorCode,
                 code(ErrorCode::Forbidden));
        QCOMPARE(c.f.mutateOne(c.dee, QStringLiteral("invite.create"), args).errorCode,
                 code(ErrorCode::Forbidden));
        const auto made = c.f.mutateOne(c.cy, QStringLiteral("invite.create"), args);
        QVERIFY2(made.applied(), qPrintable(made.errorMessage));
        const QString inviteCode = made.result.value(QStringLiteral("code")).toString();
        QCOMPARE(inviteCode.size(), 12);
        QCOMPARE(c.f.mutateOne(c.cy, QStringLiteral("invite.create"), args).errorCode,
                 code(ErrorCode::Conflict));
        QVERIFY(c.invite({}) != inviteCode);

        const QString id = args.value(QStringLiteral("id")).toString();
        const QJsonObject seen = latest(c.f.syncAll(c.ada), QStringLiteral("invite"), id);
        QString error;
        const auto invite = Invite::fromJson(seen, &error);
        QVERIFY2(invite, qPrintable(error));
        QCOMPARE(invite->code, inviteCode);
        QCOMPARE(invite->createdBy, c.cy.id);
        QCOMPARE(invite->uses, 0);
        QVERIFY(changesOf(c.f.syncAll(c.bo), QStringLiteral("invite")).isEmpty());
        QVERIFY(changesOf(c.f.syncAll(c.dee), QStringLiteral("invite")).isEmpty());

        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("invite.revoke"), {{QStringLiteral("id"), id}})
                     .errorCode,
                 code(ErrorCode::Forbidden));
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("invite.revoke"), {{QStringLiteral("id"), id}})
                    .applied());
        QVERIFY(latest(c.f.syncAll(c.cy), QStringLiteral("invite"), id)
                    .value(QStringLiteral("revoked"))
                    .toBool());
        QCOMPARE(c.join(c.dee, withCode(inviteCode)).errorCode, code(ErrorCode::Forbidden));

        const auto audit = c.f.server().audit().page(c.ada.id, c.community, 50);
        QStringList actions;
        for (const QJsonValue &e : QJsonDocument::fromJson(audit.value())
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray())
            actions.append(e[QStringLiteral("action")].toString());
        QCOMPARE(actions.mid(0, 3),
                 (QStringList{QStringLiteral("invite.revoke"), QStringLiteral("invite.create"),
                              QStringLiteral("invite.create")}));
    }

    void aCodeAloneOpensAHiddenCommunity() {
        Cast c(QStringLiteral("invite"));
        QCOMPARE(c.join(c.dee, inCommunity(c.community)).errorCode, code(ErrorCode::Forbidden));
        const QString post = c.f.createPost(c.bo, c.community);
        QString id;
        const QString inviteCode = c.invite({}, &id);
        QString cursor;
        QVERIFY(changesOf(c.f.syncAll(c.dee, {}, &cursor), QStringLiteral("community"), c.community)
                    .isEmpty());
        const auto joined = c.join(c.dee, withCode(inviteCode.toUpper()));
        QVERIFY2(joined.applied(), qPrintable(joined.errorMessage));
        QCOMPARE(joined.result.value(QStringLiteral("communityId")).toString(), c.community);
        QCOMPARE(joined.result.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        const auto window = c.f.syncAll(c.dee, cursor);
        QVERIFY(!changesOf(window, QStringLiteral("community"), c.community).isEmpty());
        QCOMPARE(changesOf(window, QStringLiteral("post"), post).size(), 1);
        // Joining again (already in) leaves the invite's uses alone.
        QVERIFY(c.join(c.dee, withCode(inviteCode)).applied());
        QCOMPARE(latest(c.f.syncAll(c.ada), QStringLiteral("invite"), id)
                     .value(QStringLiteral("uses"))
                     .toInt(),
                 1);
    }

    void expiryUsesAndCodesAreChecked() {
        Cast c(QStringLiteral("public"));
        const QString once = c.invite({{QStringLiteral("maxUses"), 1}});
        QVERIFY(c.join(c.dee, withCode(once)).applied());
        QCOMPARE(c.join(c.eli, withCode(once)).errorCode, code(ErrorCode::Forbidden));
        QCOMPARE(c.join(c.eli, withCode(QStringLiteral("nosuchcode12"))).errorCode,
                 code(ErrorCode::NotFound));

        const qint64 soon = hearthd::Clock::nowMs() + 150;
        const QString brief = c.invite({{QStringLiteral("expiresAt"), double(soon)}});
        c.f.clock().advance(250);
        QCOMPARE(c.join(c.eli, withCode(brief)).errorCode, code(ErrorCode::Forbidden));

        const QJsonObject past{
            {QStringLiteral("id"), ServerFixture::newId()},
            {QStringLiteral("communityId"), c.community},
            {QStringLiteral("expiresAt"), double(hearthd::Clock::nowMs() - 1000)}};
        QCOMPARE(c.f.mutateOne(c.ada, QStringLiteral("invite.create"), past).errorCode,
                 code(ErrorCode::InvalidRequest));

        const QString other = c.f.createCommunity(c.bo, QStringLiteral("elsewhere"));
        const QString open = c.invite({});
        QJsonObject mismatch = withCode(open);
        mismatch.insert(QStringLiteral("communityId"), other);
        QCOMPARE(c.join(c.eli, mismatch).errorCode, code(ErrorCode::InvalidRequest));
        QCOMPARE(c.join(c.eli, {}).errorCode, code(ErrorCode::InvalidRequest));
    }

    void aCodeSkipsTheRequestButNotABan() {
        Cast c(QStringLiteral("request"));
        QCOMPARE(c.join(c.dee, inCommunity(c.community))
                     .result.value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("pending"));
        const QString inviteCode = c.invite({});
        QCOMPARE(
            c.join(c.dee, withCode(inviteCode)).result.value(QStringLiteral("state")).toString(),
            QStringLiteral("active"));
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("membership.ban"),
                              {{QStringLiteral("communityId"), c.community},
                               {QStringLiteral("userId"), c.eli.id}})
                    .applied());
        QCOMPARE(c.join(c.eli, withCode(inviteCode)).errorCode, code(ErrorCode::Forbidden));
    }

    void theMemberCapHoldsOnEveryWayIn() {
        Cast c(QStringLiteral("public"), 2);
        QVERIFY(c.join(c.bo, inCommunity(c.community)).applied()); // 2 of 2
        const QString inviteCode = c.invite({});
        QCOMPARE(c.join(c.dee, withCode(inviteCode)).errorCode, code(ErrorCode::Forbidden));
        QCOMPARE(c.join(c.dee, inCommunity(c.community)).errorCode, code(ErrorCode::Forbidden));

        Cast r(QStringLiteral("request"), 2);
        QCOMPARE(
            r.join(r.bo, inCommunity(r.community)).result.value(QStringLiteral("state")).toString(),
            QStringLiteral("pending"));
        QVERIFY(r.join(r.dee, withCode(r.invite({}))).applied()); // 2 of 2
        QCOMPARE(r.f.mutateOne(r.ada, QStringLiteral("membership.approve"),
                               {{QStringLiteral("communityId"), r.community},
                                {QStringLiteral("userId"), r.bo.id}})
                     .errorCode,
                 code(ErrorCode::Forbidden));
        // An operator's make-owner is a way in too.
        hearthd::ChangeLog log(r.f.server().database());
        hearthd::EntityReader reader(r.f.server().database());
        hearthd::OperatorCommands operatorCommands(r.f.server().database(), log, reader,
                                                   r.f.server().accounts());
        const auto made = operatorCommands.makeOwner(QStringLiteral("eli"), QStringLiteral("kiln"));
        QVERIFY(!made);
        QCOMPARE(made.error().code, code(ErrorCode::Forbidden));
        QVERIFY(operatorCommands.makeOwner(QStringLiteral("dee"), QStringLiteral("kiln")));
    }
};

QTEST_GUILESS_MAIN(TestServerInvites)
#include "tst_server_invites.moc"
