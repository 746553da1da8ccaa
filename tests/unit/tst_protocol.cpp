// The wire codecs: what one program encodes, the other decodes to the same values, and malformed
// input is refused with a message that names the field.

#include "protocol/apierror.h"
#include "protocol/auditpage.h"
#include "protocol/auth.h"
#include "protocol/engagementreport.h"
#include "protocol/entities.h"
#include "protocol/historypage.h"
#include "protocol/invitelink.h"
#include "protocol/mutation.h"
#include "protocol/syncpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hearth::protocol;

class TestProtocol : public QObject {
    Q_OBJECT

private:
    template<typename Entity> void checkRoundTrip(const Entity &entity) {
        QString error;
        const std::optional<Entity> back = Entity::fromJson(entity.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), entity.toJson());
    }

private Q_SLOTS:
    void syncPageRoundTrip() {
        Post post;
        post.id = QStringLiteral("p1");
        post.communityId = QStringLiteral("c1");
        post.authorName = QStringLiteral("Ada \"the\" potter");
        post.kind = QStringLiteral("showcase");
        post.title = QStringLiteral("Glaze test ✨");
        post.body = QStringLiteral("line one\nline two");
        post.createdAt = 1700000000123;

        SyncPage page;
        page.cursor = QStringLiteral("djE6NDI=");
        page.hasMore = true;
        page.changes.append(
            {42, ChangeType::Post, ChangeOp::Upsert, post.id, post.communityId, post.toJson()});
        page.changes.append(
            {43, ChangeType::Community, ChangeOp::Purge, QStringLiteral("c9"), {}, {}});

        QString error;
        const auto decoded = SyncPage::fromJson(page.toJson(), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->cursor, page.cursor);
        QCOMPARE(decoded->hasMore, true);
        QCOMPARE(decoded->changes.size(), 2);
        QCOMPARE(decoded->changes[0].seq, 42);
        QCOMPARE(decoded->changes[1].op, QStringLiteral("purge"));
        QVERIFY(decoded->changes[1].data.isEmpty());

        const auto back = Post::fromJson(decoded->changes[0].data, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->authorName, post.authorName);
        QCOMPARE(back->title, post.title);
        QCOMPARE(back->body, post.body);
        QCOMPARE(back->createdAt, post.createdAt);
        QCOMPARE(back->kind, QStringLiteral("showcase"));
    }

    void encodedPageIsValidJson() {
        // The server writes pages from stored bytes; the result must still be one JSON document.
        const QByteArray change =
            Change::encode(7, QStringLiteral("user"), QStringLiteral("upsert"),
                           QStringLiteral("u\"1"), {}, "{\"id\":\"u\\\"1\"}");
        const QByteArray page = SyncPage::encode({change, change}, QStringLiteral("c"), false);
        QJsonParseError err;
        const auto doc = QJsonDocument::fromJson(page, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(doc[QStringLiteral("changes")][1][QStringLiteral("id")].toString(),
                 QStringLiteral("u\"1"));
    }

    void mutationBatchRoundTrip() {
        MutationBatch batch;
        batch.clientId = QStringLiteral("client-1");
        batch.mutations.append({QStringLiteral("m1"), MutationName::PostCreate,
                                QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}});
        QString error;
        const auto back = MutationBatch::fromJson(batch.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->clientId, batch.clientId);
        QCOMPARE(back->mutations.size(), 1);
        QCOMPARE(back->mutations[0].name, QStringLiteral("post.create"));
        QCOMPARE(back->mutations[0].args.value(QStringLiteral("body")).toString(),
                 QStringLiteral("hi"));
    }

    void mutationResultRoundTrip() {
        MutationResponse resp;
        resp.results.append({QStringLiteral("m1"),
                             MutationStatus::Applied,
                             QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")}},
                             {},
                             {},
                             {}});
        resp.results.append({QStringLiteral("m2"),
                             MutationStatus::Conflict,
                             {},
                             ErrorCode::Conflict,
                             QStringLiteral("edited elsewhere"),
                             QJsonObject{{QStringLiteral("body"), QStringLiteral("theirs")}}});
        QString error;
        const auto back = MutationResponse::fromJson(resp.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->results[0].applied());
        QCOMPARE(back->results[0].result.value(QStringLiteral("id")).toString(),
                 QStringLiteral("p1"));
        QCOMPARE(back->results[1].status, QStringLiteral("conflict"));
        QCOMPARE(back->results[1].errorMessage, QStringLiteral("edited elsewhere"));
        QCOMPARE(back->results[1].current.value(QStringLiteral("body")).toString(),
                 QStringLiteral("theirs"));
    }

    // Every entity a change carries, with each field away from its default: what one program
    // writes, the other reads back whole.
    void everyEntityRoundTrips() {
        UserProfile user{
            QStringLiteral("u1"),
            QStringLiteral("ada"),
            QStringLiteral("Ada"),
            QStringLiteral("Potter"),
            {QStringLiteral("raku")},
            QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("site")},
                                   {QStringLiteral("url"), QStringLiteral("https://a.example")}}},
            QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Bowl")},
                                   {QStringLiteral("text"), QStringLiteral("Ash glaze")},
                                   {QStringLiteral("link"), QStringLiteral("")}}}};
        checkRoundTrip(user);

        Community community;
        community.id = QStringLiteral("c1");
        community.slug = QStringLiteral("potters");
        community.name = QStringLiteral("Potters");
        community.tagline = QStringLiteral("Wheel");
        community.description = QStringLiteral("Local");
        community.visibility = QStringLiteral("invite");
        community.memberCount = 7;
        community.createdAt = 1700000000001;
        community.guidelines = QStringLiteral("Be kind");
        community.topics = {QStringLiteral("kilns")};
        community.memberCap = 12;
        community.welcome = QStringLiteral("Hi");
        community.organizers =
            QJsonArray{QJsonObject{{QStringLiteral("userId"), QStringLiteral("u1")},
                                   {QStringLiteral("displayName"), QStringLiteral("Ada")},
                                   {QStringLiteral("role"), QStringLiteral("owner")}}};
        checkRoundTrip(community);

        checkRoundTrip(Membership{QStringLiteral("c1"), QStringLiteral("u1"),
                                  QStringLiteral("moderator"), QStringLiteral("pending"),
                                  1700000000002, 1700000000005,
                                  guidelinesDigest(QStringLiteral("Be kind"))});
        // The digest names the text: another text, another digest; 16 hex digits.
        QCOMPARE(guidelinesDigest(QStringLiteral("Be kind")).size(), 16);
        QVERIFY(guidelinesDigest(QStringLiteral("Be kind")) !=
                guidelinesDigest(QStringLiteral("Be kind.")));

        // Invite links: a code, or hearth://invite/CODE in any case with spaces around.
        QCOMPARE(inviteCodeFrom(QStringLiteral(" abcd2345wxyz ")), QStringLiteral("abcd2345wxyz"));
        QCOMPARE(inviteCodeFrom(QStringLiteral("Hearth://Invite/ABCD2345WXYZ/")),
                 QStringLiteral("abcd2345wxyz"));
        QCOMPARE(inviteCodeFrom(QStringLiteral("hearth://community/abcd")), QString());
        QCOMPARE(inviteCodeFrom(QStringLiteral("https://example.org/invite/abcd")), QString());
        QCOMPARE(inviteCodeFrom(QStringLiteral("two words")), QString());
        QCOMPARE(inviteCodeFrom(QString()), QString());
        QCOMPARE(inviteLink(QStringLiteral("abcd")), QStringLiteral("hearth://invite/abcd"));

        Post post;
        post.id = QStringLiteral("p1");
        post.communityId = QStringLiteral("c1");
        post.authorId = QStringLiteral("u1");
        post.authorName = QStringLiteral("Ada");
        post.kind = QStringLiteral("resource");
        post.title = QStringLiteral("T");
        post.body = QStringLiteral("B");
        post.topic = QStringLiteral("kilns");
        post.pinned = true;
        post.locked = true;
        post.commentCount = 3;
        post.version = 4;
        post.createdAt = 1700000000003;
        post.editedAt = 1700000000004;
        checkRoundTrip(post);

        checkRoundTrip(Comment{QStringLiteral("k1"), QStringLiteral("p1"), QStringLiteral("c1"),
                               QStringLiteral("k0"), QStringLiteral("u1"), QStringLiteral("Ada"),
                               QStringLiteral("Yes"), 2, 1700000000005, 1700000000015});
        // A comment from a hearthd before comment.edit has no editedAt: never edited.
        QString error;
        const auto older = Comment::fromJson({{QStringLiteral("id"), QStringLiteral("k1")},
                                              {QStringLiteral("postId"), QStringLiteral("p1")},
                                              {QStringLiteral("communityId"), QStringLiteral("c1")},
                                              {QStringLiteral("body"), QStringLiteral("Yes")},
                                              {QStringLiteral("version"), 1},
                                              {QStringLiteral("createdAt"), 1700000000005.0}},
                                             &error);
        QVERIFY2(older, qPrintable(error));
        QCOMPARE(older->editedAt, 0);
        checkRoundTrip(Reaction{QStringLiteral("k1"), QStringLiteral("comment"),
                                QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("u1"),
                                QStringLiteral("🔥"), 1700000000006});
        checkRoundTrip(Event{QStringLiteral("e1"), QStringLiteral("c1"), QStringLiteral("u1"),
                             QStringLiteral("Raku"), QStringLiteral("Gloves"), 1800000000000,
                             1800003600000, QStringLiteral("Studio"),
                             QStringLiteral("https://e.example"), 6, 5, 2, true, 1700000000007,
                             1700000000008});
        checkRoundTrip(Rsvp{QStringLiteral("e1"), QStringLiteral("c1"), QStringLiteral("u1"),
                            QStringLiteral("waitlisted"), 1700000000009});
        checkRoundTrip(Invite{QStringLiteral("i1"), QStringLiteral("c1"),
                              QStringLiteral("abcdefgh2345"), QStringLiteral("u1"), 1700000000010,
                              1800000000000, 5, 2, true});
        checkRoundTrip(Report{QStringLiteral("r1"), QStringLiteral("c1"), QStringLiteral("u2"),
                              QStringLiteral("comment"), QStringLiteral("k1"), QStringLiteral("p1"),
                              QStringLiteral("spam"), QStringLiteral("removed"),
                              QStringLiteral("u1"), QStringLiteral("gone"), 1700000000011,
                              1700000000012});
        checkRoundTrip(Notification{
            QStringLiteral("n1"), QStringLiteral("reply"), QStringLiteral("c1"),
            QStringLiteral("u2"), QStringLiteral("Bo"), QStringLiteral("comment"),
            QStringLiteral("k1"), QStringLiteral("Yes"), 1700000000013, 1700000000014});
    }

    void historyPageRoundTripsAndEncodesFromStoredBytes() {
        Post post;
        post.id = QStringLiteral("p1");
        post.communityId = QStringLiteral("c1");
        post.body = QStringLiteral("old");
        HistoryPage page;
        page.changes.append({0, QString::fromLatin1(ChangeType::Post),
                             QString::fromLatin1(ChangeOp::Upsert), post.id, post.communityId,
                             post.toJson()});
        page.before = QStringLiteral("aDE6MTc5NTQyNTU4MjczMTox");
        page.complete = true;
        const QByteArray bytes = page.toJson();
        // What the server writes from stored change bytes is the same document.
        QCOMPARE(HistoryPage::encode({page.changes[0].toJson()}, page.before, true), bytes);
        QString error;
        const auto back = HistoryPage::fromJson(bytes, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->before, page.before);
        QCOMPARE(back->complete, true);
        QCOMPARE(back->changes.size(), 1);
        QCOMPARE(back->changes[0].data, post.toJson());

        QVERIFY(!HistoryPage::fromJson("{\"changes\": 5}", &error));
        QCOMPARE(error, QStringLiteral("field 'changes' must be an array"));
        QVERIFY(!HistoryPage::fromJson("{\"changes\": [], \"before\": \"x\"}", &error));
        QCOMPARE(error, QStringLiteral("field 'complete' must be true or false"));
        QVERIFY(!HistoryPage::fromJson("[]", &error));
        QVERIFY(error.startsWith(QStringLiteral("history page is not a JSON object")));
    }

    void auditPageRoundTrips() {
        AuditPage page;
        page.entries.append({QStringLiteral("a1"), QStringLiteral("c1"),
                             QStringLiteral("membership.ban"), QStringLiteral("u1"),
                             QStringLiteral("u2"), QStringLiteral("spam links"), 1795425582731});
        page.entries.append({QStringLiteral("a2"), QStringLiteral("c1"), QStringLiteral("post.pin"),
                             QStringLiteral("u1"), QStringLiteral("p1"), QString(), 1795425582732});
        const QJsonObject wire = page.toJson();
        // Every field is on the wire, an empty reason too.
        QCOMPARE(wire[QStringLiteral("entries")][1][QStringLiteral("reason")].toString(),
                 QString());
        QVERIFY(wire[QStringLiteral("entries")][1].toObject().contains(QStringLiteral("reason")));
        QCOMPARE(QJsonDocument(wire[QStringLiteral("entries")][0].toObject())
                     .toJson(QJsonDocument::Compact),
                 QByteArray("{\"action\":\"membership.ban\",\"actorId\":\"u1\",\"communityId\":"
                            "\"c1\",\"createdAt\":1795425582731,\"id\":\"a1\",\"reason\":"
                            "\"spam links\",\"targetId\":\"u2\"}"));
        QString error;
        const auto back = AuditPage::fromJson(wire, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, page);
        QVERIFY(
            !AuditPage::fromJson(QJsonObject{{QStringLiteral("entries"), QJsonArray{5}}}, &error));
        QCOMPARE(error, QStringLiteral("field 'entries' item 0: must be an object"));
    }

    void engagementReportRoundTrips() {
        EngagementReport report;
        report.communityId = QStringLiteral("c1");
        report.generatedAt = 1795425582731;
        report.weeks = {{1794820782732, 41, 12, 9, 31}, {1795425582732, 42, 10, 3, 4}};
        report.topContributors = {{QStringLiteral("u1"), QStringLiteral("Maren"), 4, 11}};
        report.unansweredQuestions = {{QStringLiteral("p1"), QStringLiteral("Kiln wash?"),
                                       QStringLiteral("u2"), 1795425582700}};
        report.membersNotSeen = {{QStringLiteral("u3"), QStringLiteral("Bea"), 0}};
        report.events = {
            {QStringLiteral("e1"), QStringLiteral("Raku firing"), 1795425582731, 6, true, 6, 2, 1}};
        const QJsonObject wire = report.toJson();
        QCOMPARE(wire[QStringLiteral("weeks")][0][QStringLiteral("activeMembers")].toInt(), 12);
        QCOMPARE(wire[QStringLiteral("events")][0][QStringLiteral("cancelled")].toBool(), true);
        QCOMPARE(wire[QStringLiteral("membersNotSeen")][0][QStringLiteral("lastSeenAt")].toDouble(),
                 0.0);
        QString error;
        const auto back = EngagementReport::fromJson(wire, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, report);
        // A newer server's extra fields do not stop an older app reading the report.
        QJsonObject newer = wire;
        newer.insert(QStringLiteral("retention"), 0.5);
        QVERIFY(EngagementReport::fromJson(newer, &error));
        QJsonObject broken = wire;
        broken.insert(QStringLiteral("weeks"),
                      QJsonArray{QJsonObject{{QStringLiteral("posts"), QStringLiteral("many")}}});
        QVERIFY(!EngagementReport::fromJson(broken, &error));
        QCOMPARE(error, QStringLiteral("field 'weeks' item 0: field 'posts' must be an integer"));
    }

    void strictDecodingNamesTheField_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing clientId")
            << QByteArray("{\"mutations\":[]}") << QStringLiteral("field 'clientId' is required");
        QTest::newRow("wrong type") << QByteArray("{\"clientId\":5,\"mutations\":[]}")
                                    << QStringLiteral("field 'clientId' must be a string");
        QTest::newRow("unknown field")
            << QByteArray("{\"clientId\":\"c\",\"mutations\":[],\"extra\":1}")
            << QStringLiteral("unknown field 'extra'");
        QTest::newRow("bad mutation")
            << QByteArray("{\"clientId\":\"c\",\"mutations\":[{\"id\":\"m\",\"name\":3}]}")
            << QStringLiteral("mutations[0]: field 'name' must be a string");
    }

    void strictDecodingNamesTheField() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!MutationBatch::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QCOMPARE(error, message);
    }

    // JSON numbers are doubles: a whole one up to 2^53 is an integer, a larger one (which no
    // qint64 conversion may take: undefined behaviour, found by fuzz_protocol) is refused by name.
    void integersBeyondWhatADoubleHoldsAreRefused_data() {
        QTest::addColumn<double>("createdAt");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("2^53") << 9007199254740992.0 << true;
        QTest::newRow("-2^53") << -9007199254740992.0 << true;
        QTest::newRow("1.7e23") << 1.7331e23 << false;
        QTest::newRow("-1e300") << -1e300 << false;
        QTest::newRow("fraction") << 1.5 << false;
    }

    void integersBeyondWhatADoubleHoldsAreRefused() {
        QFETCH(double, createdAt);
        QFETCH(bool, accepted);
        Invite invite;
        invite.code = QStringLiteral("c0de");
        invite.communityId = QStringLiteral("c1");
        QJsonObject wire = invite.toJson();
        wire.insert(QStringLiteral("createdAt"), createdAt);
        QString error;
        const auto back = Invite::fromJson(wire, &error);
        QCOMPARE(bool(back), accepted);
        if (accepted)
            QCOMPARE(back->createdAt, qint64(createdAt));
        else
            QCOMPARE(error, QStringLiteral("field 'createdAt' must be an integer"));
    }

    void authCodecs() {
        QString error;
        QVERIFY(!AuthRequest::fromJson(QJsonObject{{QStringLiteral("handle"), QStringLiteral("a")}},
                                       &error));
        QCOMPARE(error, QStringLiteral("field 'password' is required"));
        AuthResponse r{QStringLiteral("tok"), QStringLiteral("u1"), QStringLiteral("ada"),
                       QStringLiteral("Ada")};
        const auto back = AuthResponse::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->token, QStringLiteral("tok"));
        QCOMPARE(back->displayName, QStringLiteral("Ada"));
    }

    void apiError() {
        const ApiError e{ErrorCode::InvalidCredentials, QStringLiteral("wrong handle or password")};
        const auto back = ApiError::fromJson(e.toJson());
        QVERIFY(back);
        QCOMPARE(back->code, QStringLiteral("invalid_credentials"));
        QVERIFY(!ApiError::fromJson("{\"changes\":[]}"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
