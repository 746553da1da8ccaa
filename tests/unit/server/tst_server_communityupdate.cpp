// community.update and the guidelines it changes: who may change what (owners only the
// visibility and the cap), the cap never below the members, the limits of community.create,
// stale updates answered as conflicts, every change audited and every guidelines version kept,
// and, after a change that requires it, members refused posts and comments
// (guidelines_not_accepted) until they accept the new text (membership.acceptGuidelines).

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "protocol/entities.h"
#include "protocol/guidelineshistory.h"
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

const QString Update = QStringLiteral("community.update");
const QString Accept = QStringLiteral("membership.acceptGuidelines");
const QString OldRules = QStringLiteral("Be kind.");
const QString NewRules = QStringLiteral("Be kind. Credit the maker.");

// An owner (ada), a moderator (cy), a member (bo) of one public community with guidelines.
struct Cast {
    ServerFixture f;
    TestUser ada = f.registerUser(QStringLiteral("ada"));
    TestUser bo = f.registerUser(QStringLiteral("bo"));
    TestUser cy = f.registerUser(QStringLiteral("cy"));
    QString community = ServerFixture::newId();

    Cast() {
        must(ada, QStringLiteral("community.create"),
             {{QStringLiteral("id"), community},
              {QStringLiteral("slug"), QStringLiteral("clay")},
              {QStringLiteral("name"), QStringLiteral("Clay")},
              {QStringLiteral("guidelines"), OldRules}});
        for (const TestUser &u : {bo, cy})
            must(u, QStringLiteral("membership.join"),
                 {{QStringLiteral("communityId"), community},
                  {QStringLiteral("acceptGuidelines"), true}});
        must(ada, QStringLiteral("membership.setRole"),
             {{QStringLiteral("communityId"), community},
              {QStringLiteral("userId"), cy.id},
              {QStringLiteral("role"), QStringLiteral("moderator")}});
        f.clock().advance(1000);
    }

    MutationResult must(const TestUser &u, const QString &name, const QJsonObject &args) {
        const auto r = f.mutateOne(u, name, args);
        if (!r.applied())
            qFatal("%s failed: %s", qPrintable(name), qPrintable(r.errorMessage));
        return r;
    }

    // An update of `fields` based on `version`.
    MutationResult update(const TestUser &u, QJsonObject fields, int version = 1) {
        fields.insert(QStringLiteral("id"), community);
        fields.insert(QStringLiteral("version"), version);
        return f.mutateOne(u, Update, fields);
    }

    // The community as `u` last received it in the sync stream.
    QJsonObject synced(const TestUser &u) {
        const auto rows = changesOf(f.syncAll(u), QStringLiteral("community"), community);
        return rows.isEmpty() ? QJsonObject() : rows.constLast().data;
    }

    MutationResult post(const TestUser &u) {
        return f.mutateOne(u, QStringLiteral("post.create"),
                           {{QStringLiteral("id"), ServerFixture::newId()},
                            {QStringLiteral("communityId"), community},
                            {QStringLiteral("body"), QStringLiteral("a glaze test")}});
    }
};
} // namespace

class TestServerCommunityUpdate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    // Only the fields given change; every member receives the new settings.
    void organizersChangeTheSettingsAndMembersSeeThem() {
        Cast c;
        const auto r = c.update(c.cy, {{QStringLiteral("name"), QStringLiteral("Clay & Kiln")},
                                       {QStringLiteral("topics"), QJsonArray{"glaze", "kiln"}}});
        QVERIFY2(r.applied(), qPrintable(r.errorMessage));
        QCOMPARE(r.result.value(QStringLiteral("version")).toInt(), 2);
        const QJsonObject seen = c.synced(c.bo);
        QCOMPARE(seen.value(QStringLiteral("name")).toString(), QStringLiteral("Clay & Kiln"));
        QCOMPARE(seen.value(QStringLiteral("topics")).toArray(), (QJsonArray{"glaze", "kiln"}));
        QCOMPARE(seen.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(seen.value(QStringLiteral("guidelines")).toString(), OldRules); // untouched
        QCOMPARE(seen.value(QStringLiteral("visibility")).toString(), QStringLiteral("public"));
        // A listed community's new name reaches the directory too.
        const TestUser stranger = c.f.registerUser(QStringLiteral("dee"));
        QCOMPARE(c.synced(stranger).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Clay & Kiln"));
    }

    void membersCannotUpdate() {
        Cast c;
        const auto r = c.update(c.bo, {{QStringLiteral("tagline"), QStringLiteral("mine now")}});
        QCOMPARE(r.errorCode, code(ErrorCode::Forbidden));
        QCOMPARE(c.synced(c.bo).value(QStringLiteral("version")).toInt(), 1);
    }

    void onlyOwnersChangeVisibilityAndCap() {
        Cast c;
        QCOMPARE(
            c.update(c.cy, {{QStringLiteral("visibility"), QStringLiteral("request")}}).errorCode,
            code(ErrorCode::Forbidden));
        const auto cap = c.update(c.cy, {{QStringLiteral("memberCap"), 40}});
        QCOMPARE(cap.errorCode, code(ErrorCode::Forbidden));
        QVERIFY2(cap.errorMessage.contains(QStringLiteral("only owners")),
                 qPrintable(cap.errorMessage));
        const auto owner =
            c.update(c.ada, {{QStringLiteral("visibility"), QStringLiteral("request")},
                             {QStringLiteral("memberCap"), 40}});
        QVERIFY2(owner.applied(), qPrintable(owner.errorMessage));
        const QJsonObject seen = c.synced(c.bo);
        QCOMPARE(seen.value(QStringLiteral("visibility")).toString(), QStringLiteral("request"));
        QCOMPARE(seen.value(QStringLiteral("memberCap")).toInt(), 40);
    }

    void theCapIsNeverBelowTheMembers() {
        Cast c; // three active members
        const auto r = c.update(c.ada, {{QStringLiteral("memberCap"), 2}});
        QCOMPARE(r.errorCode, code(ErrorCode::InvalidRequest));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("3 current members")),
                 qPrintable(r.errorMessage));
        QVERIFY(c.update(c.ada, {{QStringLiteral("memberCap"), 3}}).applied());
    }

    void theLimitsOfCreateHold_data() {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << QJsonObject{{"name", " "}} << "name";
        QTest::newRow("long name") << QJsonObject{{"name", QString(81, u'n')}} << "name";
        QTest::newRow("long tagline") << QJsonObject{{"tagline", QString(141, u't')}} << "tagline";
        QTest::newRow("long guidelines")
            << QJsonObject{{"guidelines", QString(20001, u'g')}} << "guidelines";
        QTest::newRow("too many topics")
            << QJsonObject{{"topics", QJsonArray::fromStringList(QStringList(21, "t"))}}
            << "topics";
        QTest::newRow("cap too big") << QJsonObject{{"memberCap", 5001}} << "memberCap";
        QTest::newRow("unknown visibility")
            << QJsonObject{{"visibility", "secret"}} << "visibility";
        QTest::newRow("nothing to change") << QJsonObject{} << "an update needs";
    }

    void theLimitsOfCreateHold() {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, field);
        Cast c;
        const auto r = c.update(c.ada, fields);
        QCOMPARE(r.errorCode, code(ErrorCode::InvalidRequest));
        QVERIFY2(r.errorMessage.contains(field), qPrintable(r.errorMessage));
        QCOMPARE(c.synced(c.bo).value(QStringLiteral("version")).toInt(), 1);
    }

    // As post.edit: an update based on an older version is answered conflict with the
    // community as it is, and changes nothing.
    void aStaleUpdateIsAConflict() {
        Cast c;
        QVERIFY(c.update(c.ada, {{QStringLiteral("tagline"), QStringLiteral("first")}}).applied());
        const auto stale = c.update(c.cy, {{QStringLiteral("tagline"), QStringLiteral("second")}});
        QCOMPARE(stale.status, QStringLiteral("conflict"));
        QCOMPARE(stale.current.value(QStringLiteral("tagline")).toString(),
                 QStringLiteral("first"));
        QCOMPARE(stale.current.value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(
            c.update(c.cy, {{QStringLiteral("tagline"), QStringLiteral("second")}}, 2).applied());
        QCOMPARE(c.synced(c.bo).value(QStringLiteral("tagline")).toString(),
                 QStringLiteral("second"));
    }

    void anUpdateIsAuditedWithWhatChanged() {
        Cast c;
        QVERIFY(c.update(c.cy, {{QStringLiteral("tagline"), QStringLiteral("kilns")},
                                {QStringLiteral("name"), QStringLiteral("Clay")}, // unchanged
                                {QStringLiteral("guidelines"), NewRules}})
                    .applied());
        const auto page = c.f.server().audit().page(c.ada.id, c.community, 10);
        QVERIFY(page);
        const QJsonObject entry = QJsonDocument::fromJson(page.value())
                                      .object()
                                      .value(QStringLiteral("entries"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), Update);
        QCOMPARE(entry.value(QStringLiteral("actorId")).toString(), c.cy.id);
        QCOMPARE(entry.value(QStringLiteral("targetId")).toString(), c.community);
        QCOMPARE(entry.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("tagline, guidelines (guidelines version 2)"));
    }

    // Every earlier version stays readable by organizers, with its author and time.
    void everyGuidelinesVersionIsKept() {
        Cast c;
        const auto read = [&](const TestUser &u) {
            return c.f.server().audit().guidelines(u.id, c.community);
        };
        {
            const auto only = read(c.ada);
            QVERIFY(only);
            const auto h = GuidelinesHistory::fromJson(
                QJsonDocument::fromJson(only.value()).object(), nullptr);
            QVERIFY(h);
            QCOMPARE(h->versions.size(), 1);
            QCOMPARE(h->versions.first().text, OldRules);
        }
        const qint64 changedAt = c.f.clock().nowMs();
        QVERIFY(c.update(c.cy, {{QStringLiteral("guidelines"), NewRules}}).applied());
        const qint64 changedBy = c.f.clock().nowMs(); // the clock runs on in real time
        c.f.clock().advance(60000);
        QVERIFY(c.update(c.ada, {{QStringLiteral("guidelines"), QStringLiteral("Third.")}}, 2)
                    .applied());
        const auto page = read(c.cy);
        QVERIFY(page);
        const auto h =
            GuidelinesHistory::fromJson(QJsonDocument::fromJson(page.value()).object(), nullptr);
        QVERIFY(h);
        QCOMPARE(h->versions.size(), 3);
        QCOMPARE(h->versions.at(0).text, QStringLiteral("Third."));
        QCOMPARE(h->versions.at(0).authorId, c.ada.id);
        QCOMPARE(h->versions.at(1).version, 2);
        QCOMPARE(h->versions.at(1).text, NewRules);
        QCOMPARE(h->versions.at(1).authorId, c.cy.id);
        QVERIFY(h->versions.at(1).createdAt >= changedAt);
        QVERIFY(h->versions.at(1).createdAt <= changedBy);
        QVERIFY(h->versions.at(0).createdAt > changedBy);
        QCOMPARE(h->versions.at(1).digest, guidelinesDigest(NewRules));
        QCOMPARE(h->versions.at(2).version, 1);
        QCOMPARE(h->versions.at(2).text, OldRules);
        QCOMPARE(h->versions.at(2).authorId, c.ada.id);
        // Members do not read the history.
        QCOMPARE(read(c.bo).error().code, code(ErrorCode::Forbidden));
    }

    // After a change that requires it, a member who has not accepted the new text is refused
    // posts and comments with a code of its own, until they accept; the author is not.
    void reacceptanceIsEnforced() {
        Cast c;
        const QString postId = ServerFixture::newId();
        c.must(c.bo, QStringLiteral("post.create"),
               {{QStringLiteral("id"), postId},
                {QStringLiteral("communityId"), c.community},
                {QStringLiteral("body"), QStringLiteral("before")}});
        // Without the switch, a guidelines change asks nothing of anyone.
        QVERIFY(c.update(c.cy, {{QStringLiteral("guidelines"), NewRules}}).applied());
        QVERIFY(c.post(c.bo).applied());
        // The switch needs a guidelines change.
        QCOMPARE(c.update(c.cy,
                          {{QStringLiteral("tagline"), QStringLiteral("x")},
                           {QStringLiteral("requireReacceptance"), true}},
                          2)
                     .errorCode,
                 code(ErrorCode::InvalidRequest));
        c.f.clock().advance(1000);
        const QString third = QStringLiteral("Be kind. Credit the maker. No selling.");
        QVERIFY(c.update(c.cy,
                         {{QStringLiteral("guidelines"), third},
                          {QStringLiteral("requireReacceptance"), true}},
                         2)
                    .applied());
        QVERIFY(c.synced(c.bo).value(QStringLiteral("guidelinesRequiredAt")).toDouble() > 0);

        const auto refused = c.post(c.bo);
        QCOMPARE(refused.errorCode, code(ErrorCode::GuidelinesNotAccepted));
        const auto reply = c.f.mutateOne(c.bo, QStringLiteral("comment.create"),
                                         {{QStringLiteral("id"), ServerFixture::newId()},
                                          {QStringLiteral("postId"), postId},
                                          {QStringLiteral("body"), QStringLiteral("me too")}});
        QCOMPARE(reply.errorCode, code(ErrorCode::GuidelinesNotAccepted));
        // The owner did not write this change either; its author did and posts on.
        QCOMPARE(c.post(c.ada).errorCode, code(ErrorCode::GuidelinesNotAccepted));
        QVERIFY(c.post(c.cy).applied());

        // Accepting an older text is not accepting this one.
        const auto stale = c.f.mutateOne(c.bo, Accept,
                                         {{QStringLiteral("communityId"), c.community},
                                          {QStringLiteral("digest"), guidelinesDigest(NewRules)}});
        QCOMPARE(stale.status, QStringLiteral("conflict"));
        QCOMPARE(stale.current.value(QStringLiteral("guidelines")).toString(), third);
        QCOMPARE(c.post(c.bo).errorCode, code(ErrorCode::GuidelinesNotAccepted));

        c.f.clock().advance(1000);
        QVERIFY(c.f.mutateOne(c.bo, Accept,
                              {{QStringLiteral("communityId"), c.community},
                               {QStringLiteral("digest"), guidelinesDigest(third)}})
                    .applied());
        QVERIFY(c.post(c.bo).applied());
        QVERIFY(c.f.mutateOne(c.bo, QStringLiteral("comment.create"),
                              {{QStringLiteral("id"), ServerFixture::newId()},
                               {QStringLiteral("postId"), postId},
                               {QStringLiteral("body"), QStringLiteral("me too")}})
                    .applied());
        // The acceptance is on bo's membership, as every member sees it.
        const auto rows = changesOf(c.f.syncAll(c.cy), QStringLiteral("membership"),
                                    c.community + QLatin1Char(':') + c.bo.id);
        QCOMPARE(rows.constLast().data.value(QStringLiteral("guidelinesDigest")).toString(),
                 guidelinesDigest(third));

        // Someone joining now accepts the current text on the way in and posts at once.
        const TestUser dee = c.f.registerUser(QStringLiteral("dee"));
        c.must(dee, QStringLiteral("membership.join"),
               {{QStringLiteral("communityId"), c.community},
                {QStringLiteral("acceptGuidelines"), true}});
        QVERIFY(c.post(dee).applied());
    }

    void onlyMembersAccept() {
        Cast c;
        const TestUser dee = c.f.registerUser(QStringLiteral("dee"));
        const auto r = c.f.mutateOne(dee, Accept,
                                     {{QStringLiteral("communityId"), c.community},
                                      {QStringLiteral("digest"), guidelinesDigest(OldRules)}});
        QCOMPARE(r.errorCode, code(ErrorCode::Forbidden));
    }
};

QTEST_GUILESS_MAIN(TestServerCommunityUpdate)
#include "tst_server_communityupdate.moc"
