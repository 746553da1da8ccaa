// POST /v1/mutations in domain terms: idempotent replays, rejections that never block the rest,
// strict args, and the rules of each mutation.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "protocol/entities.h"
#include "protocol/mutationargs.h"
#include "server/domain/changelog.h"
#include "server/domain/mutationservice.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {
qint64 count(ServerFixture &f, const QString &table) {
    return hearthd::Query(f.server().database().connection(),
                          QStringLiteral("SELECT COUNT(*) FROM ") + table)
        .scalar();
}

qint64 head(ServerFixture &f) {
    return hearthd::Query(f.server().database().connection(),
                          QStringLiteral("SELECT MAX(seq) FROM change_log"))
        .scalar();
}

QJsonObject postArgs(const QString &id, const QString &communityId, const QString &body) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("body"), body}};
}

const QString code(const char *c) {
    return QString::fromLatin1(c);
}
} // namespace

class TestServerMutations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    // The founder's welcome message becomes the community's first post: an announcement by the
    // founder, pinned, in the founder's sync and in a new member's join window; a replay makes
    // no second one, and a create without a welcome makes none.
    void communityCreateWithWelcomePinsTheWelcomePost() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString communityId = ServerFixture::newId();
        const QString welcome = QStringLiteral("Welcome! Say **hello** in the intro thread.");
        const QList<Mutation> batch{ServerFixture::mutation(
            QStringLiteral("community.create"), {{QStringLiteral("id"), communityId},
                                                 {QStringLiteral("slug"), QStringLiteral("kiln")},
                                                 {QStringLiteral("name"), QStringLiteral("Kiln")},
                                                 {QStringLiteral("welcome"), welcome}})};
        const auto made = f.mutate(ada, batch);
        QVERIFY(made.constFirst().applied());
        const QString postId =
            made.constFirst().result.value(QStringLiteral("welcomePostId")).toString();
        QVERIFY(!postId.isEmpty());

        const auto posts = changesOf(f.syncAll(ada), QStringLiteral("post"), postId);
        QCOMPARE(posts.size(), 1);
        const QJsonObject post = posts.constFirst().data;
        QCOMPARE(post.value(QStringLiteral("communityId")).toString(), communityId);
        QCOMPARE(post.value(QStringLiteral("authorId")).toString(), ada.id);
        QCOMPARE(post.value(QStringLiteral("kind")).toString(), QStringLiteral("announcement"));
        QCOMPARE(post.value(QStringLiteral("body")).toString(), welcome);
        QVERIFY(post.value(QStringLiteral("pinned")).toBool());

        // A member who joins later finds it pinned in the window the join delivers.
        QVERIFY(f.mutateOne(bo, QStringLiteral("membership.join"),
                            {{QStringLiteral("communityId"), communityId}})
                    .applied());
        const auto seen = changesOf(f.syncAll(bo), QStringLiteral("post"), postId);
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.constLast().data.value(QStringLiteral("pinned")).toBool());

        // A replay answers the first result and posts nothing more.
        const auto replay = f.mutate(ada, batch);
        QCOMPARE(replay.constFirst().toJson(), made.constFirst().toJson());
        QCOMPARE(count(f, QStringLiteral("posts")), 1);

        // No welcome, no post.
        QVERIFY(f.mutateOne(ada, QStringLiteral("community.create"),
                            {{QStringLiteral("id"), ServerFixture::newId()},
                             {QStringLiteral("slug"), QStringLiteral("quiet")},
                             {QStringLiteral("name"), QStringLiteral("Quiet")}})
                    .applied());
        QCOMPARE(count(f, QStringLiteral("posts")), 1);
    }

    // The community and its welcome post are one unit: when the post cannot be stored, neither
    // the community nor the founder's membership is left behind.
    void communityAndWelcomePostCommitTogether() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        auto &db = f.server().database();
        // Make the database refuse this one post body, as a failing disk or a lost connection
        // would refuse a write half-way. (DDL is not prepared: PostgreSQL cannot.)
        const QString refuse =
            db.backend().name() == QLatin1StringView("postgres")
                ? QStringLiteral("ALTER TABLE posts ADD CONSTRAINT refuse_welcome "
                                 "CHECK (body <> 'refused')")
                : QStringLiteral("CREATE TRIGGER refuse_welcome BEFORE INSERT ON posts "
                                 "WHEN NEW.body = 'refused' "
                                 "BEGIN SELECT RAISE(ABORT, 'refused'); END");
        QSqlQuery ddl(db.connection());
        QVERIFY2(ddl.exec(refuse), qPrintable(ddl.lastError().text()));
        const auto r = f.server().mutations().apply(
            ada.id, MutationBatch{QStringLiteral("client-1"),
                                  {ServerFixture::mutation(
                                      QStringLiteral("community.create"),
                                      {{QStringLiteral("id"), ServerFixture::newId()},
                                       {QStringLiteral("slug"), QStringLiteral("kiln")},
                                       {QStringLiteral("name"), QStringLiteral("Kiln")},
                                       {QStringLiteral("welcome"), QStringLiteral("refused")}})}});
        QVERIFY(!r);
        QCOMPARE(count(f, QStringLiteral("communities")), 0);
        QCOMPARE(count(f, QStringLiteral("memberships")), 0);
        QCOMPARE(count(f, QStringLiteral("posts")), 0);
        QVERIFY(changesOf(f.syncAll(ada), QStringLiteral("community")).isEmpty());
    }

    void replayedBatchReturnsFirstResultAndCreatesNothingTwice() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const QString communityId = ServerFixture::newId();
        const QString postId = ServerFixture::newId();
        const QList<Mutation> batch{
            ServerFixture::mutation(QStringLiteral("community.create"),
                                    {{QStringLiteral("id"), communityId},
                                     {QStringLiteral("slug"), QStringLiteral("potters")},
                                     {QStringLiteral("name"), QStringLiteral("Potters")}}),
            ServerFixture::mutation(QStringLiteral("post.create"),
                                    postArgs(postId, communityId, QStringLiteral("first"))),
            ServerFixture::mutation(QStringLiteral("post.create"),
                                    postArgs(QStringLiteral("nope"), communityId, {})),
        };
        const auto first = f.mutate(ada, batch);
        QCOMPARE(first.size(), 3);
        QVERIFY(first[0].applied());
        QVERIFY(first[1].applied());
        QCOMPARE(first[1].result.value(QStringLiteral("id")).toString(), postId);
        QCOMPARE(first[2].status, QStringLiteral("rejected"));
        const qint64 headAfterFirst = head(f);

        const auto replay = f.mutate(ada, batch);
        QCOMPARE(replay.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(replay[i].id, first[i].id);
            QCOMPARE(replay[i].toJson(), first[i].toJson());
        }
        QCOMPARE(count(f, QStringLiteral("communities")), 1);
        QCOMPARE(count(f, QStringLiteral("posts")), 1);
        QCOMPARE(head(f), headAfterFirst); // nothing new in the change log
    }

    void sameIdsFromAnotherClientAreNotAReplay() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const QString communityId = f.createCommunity(ada, QStringLiteral("potters"));
        const auto m = ServerFixture::mutation(
            QStringLiteral("post.create"),
            postArgs(ServerFixture::newId(), communityId, QStringLiteral("x")));
        QVERIFY(f.mutate(ada, {m}, QStringLiteral("laptop")).constFirst().applied());
        const auto other = f.mutate(ada, {m}, QStringLiteral("desktop")).constFirst();
        QCOMPARE(other.status, QStringLiteral("rejected"));
        QCOMPARE(other.errorCode, code(ErrorCode::Conflict));
        QCOMPARE(count(f, QStringLiteral("posts")), 1);
    }

    void rejectedMutationDoesNotBlockTheNext() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString communityId = f.createCommunity(ada, QStringLiteral("potters"));
        const QString postId = ServerFixture::newId();
        const auto results = f.mutate(
            bo,
            {ServerFixture::mutation(
                 QStringLiteral("post.create"),
                 postArgs(ServerFixture::newId(), communityId, QStringLiteral("not a member yet"))),
             ServerFixture::mutation(QStringLiteral("membership.join"),
                                     {{QStringLiteral("communityId"), communityId}}),
             ServerFixture::mutation(QStringLiteral("post.create"),
                                     postArgs(postId, communityId, QStringLiteral("now I am")))});
        QCOMPARE(results[0].status, QStringLiteral("rejected"));
        QCOMPARE(results[0].errorCode, code(ErrorCode::Forbidden));
        QVERIFY(!results[0].errorMessage.isEmpty());
        QVERIFY(results[1].applied());
        QVERIFY(results[2].applied());
        QCOMPARE(count(f, QStringLiteral("posts")), 1);
    }

    // Each args struct of net/protocol has its handler, and hearthd knows no mutation without
    // one: the two lists are the same.
    void everyProtocolMutationHasAHandler() {
        QStringList protocolNames = mutationNames();
        protocolNames.sort();
        QCOMPARE(hearthd::MutationService::names(), protocolNames);
    }

    void argsAreStrict_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("message");
        const QString id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
        QTest::newRow("unknown field")
            << "post.create"
            << QJsonObject{{"id", id}, {"communityId", id}, {"body", "x"}, {"colour", "red"}}
            << "unknown field 'colour'";
        QTest::newRow("wrong type")
            << "post.create" << QJsonObject{{"id", id}, {"communityId", id}, {"body", 5}}
            << "field 'body' must be a string";
        QTest::newRow("missing") << "post.create" << QJsonObject{{"id", id}, {"body", "x"}}
                                 << "field 'communityId' is required";
        QTest::newRow("not a uuid")
            << "post.create" << QJsonObject{{"id", "p1"}, {"communityId", id}, {"body", "x"}}
            << "field 'id' must be a lowercase UUID";
        QTest::newRow("bad kind") << "post.create"
                                  << QJsonObject{{"id", id},
                                                 {"communityId", id},
                                                 {"body", "x"},
                                                 {"kind", "rant"}}
                                  << "field 'kind' must be one of";
        QTest::newRow("empty body")
            << "post.create" << QJsonObject{{"id", id}, {"communityId", id}, {"body", "  "}}
            << "field 'body' must not be empty";
        QTest::newRow("bad visibility")
            << "community.create"
            << QJsonObject{{"id", id}, {"slug", "ab"}, {"name", "A"}, {"visibility", "secret"}}
            << "field 'visibility' must be one of";
        QTest::newRow("bad slug") << "community.create"
                                  << QJsonObject{{"id", id}, {"slug", "Ab C"}, {"name", "A"}}
                                  << "field 'slug' may hold only";
        QTest::newRow("unknown mutation")
            << "post.frobnicate" << QJsonObject{} << "unknown mutation 'post.frobnicate'";
    }

    void argsAreStrict() {
        QFETCH(QString, name);
        QFETCH(QJsonObject, args);
        QFETCH(QString, message);
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const auto r = f.mutateOne(ada, name, args);
        QCOMPARE(r.status, QStringLiteral("rejected"));
        QCOMPARE(r.errorCode, code(ErrorCode::InvalidRequest));
        QVERIFY2(r.errorMessage.startsWith(message), qPrintable(r.errorMessage));
    }

    void oversizedBatchIsRefusedWhole() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        QList<Mutation> list;
        for (int i = 0; i <= hearthd::MutationService::MaxBatch; ++i)
            list.append(ServerFixture::mutation(QStringLiteral("post.create"), {}));
        const auto r = f.server().mutations().apply(ada.id, {QStringLiteral("c"), list});
        QVERIFY(!r);
        QCOMPARE(r.error().code, code(ErrorCode::InvalidRequest));
    }

    // Text no backend stores faithfully (U+0000, a UTF-16 surrogate without its pair) is refused
    // with invalid_request in the mutation that carries it, the same on SQLite and PostgreSQL;
    // the rest of the batch is applied, and nothing of the refused ones is kept.
    void unstorableTextIsRefusedPerMutation() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const QString c = f.createCommunity(ada, QStringLiteral("potters"));
        const qint64 postsBefore = count(f, QStringLiteral("posts"));
        const QString nul = QStringLiteral("kiln ") + QChar(0) + QStringLiteral(" log");
        const QString lone = QStringLiteral("cone ") + QChar(0xd800) + QStringLiteral("6");
        const QString loneLow = QStringLiteral("cone ") + QChar(0xdc00);
        const QString pair = QStringLiteral("glaze ") + QChar(0xd83d) + QChar(0xde00); // 😀
        QJsonObject nulKey = postArgs(ServerFixture::newId(), c, QStringLiteral("ok"));
        nulKey.insert(QString(QStringLiteral("ti") + QChar(0) + QStringLiteral("tle")),
                      QStringLiteral("x"));
        const QString kept = ServerFixture::newId();
        const QList<Mutation> batch{
            ServerFixture::mutation(QStringLiteral("post.create"),
                                    postArgs(ServerFixture::newId(), c, nul)),
            ServerFixture::mutation(QStringLiteral("post.create"),
                                    postArgs(ServerFixture::newId(), c, lone)),
            ServerFixture::mutation(QStringLiteral("post.create"),
                                    postArgs(ServerFixture::newId(), c, loneLow)),
            ServerFixture::mutation(QStringLiteral("post.create"), nulKey),
            ServerFixture::mutation(QStringLiteral("community.create"),
                                    {{QStringLiteral("id"), ServerFixture::newId()},
                                     {QStringLiteral("slug"), QStringLiteral("glazes")},
                                     {QStringLiteral("name"), QStringLiteral("Glazes")},
                                     {QStringLiteral("topics"), QJsonArray{nul}}}),
            ServerFixture::mutation(QStringLiteral("post.create"), postArgs(kept, c, pair)),
        };
        const auto results = f.mutate(ada, batch);
        QCOMPARE(results.size(), batch.size());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(results[i].status, QStringLiteral("rejected"));
            QCOMPARE(results[i].errorCode, code(ErrorCode::InvalidRequest));
        }
        QVERIFY2(results[0].errorMessage.contains(QLatin1StringView("field 'args.body'")) &&
                     results[0].errorMessage.contains(QLatin1StringView("NUL")),
                 qPrintable(results[0].errorMessage));
        QVERIFY2(results[1].errorMessage.contains(QLatin1StringView("\\ud800")),
                 qPrintable(results[1].errorMessage));
        QVERIFY2(results[2].errorMessage.contains(QLatin1StringView("\\udc00")),
                 qPrintable(results[2].errorMessage));
        QVERIFY(results[5].applied());
        QCOMPARE(count(f, QStringLiteral("posts")), postsBefore + 1);
        QCOMPARE(count(f, QStringLiteral("communities")), 1);
        // A surrogate pair is one character, stored and served as it was sent.
        const auto posts = changesOf(f.syncAll(ada), QStringLiteral("post"), kept);
        QVERIFY(!posts.isEmpty());
        QCOMPARE(posts.constLast().data.value(QStringLiteral("body")).toString(), pair);
    }

    void unstorableTextInTheEnvelopeRefusesTheBatch() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const auto r = f.server().mutations().apply(
            ada.id, {QString(QStringLiteral("client") + QChar(0)),
                     {ServerFixture::mutation(QStringLiteral("notification.markRead"),
                                              {{QStringLiteral("all"), true}})}});
        QVERIFY(!r);
        QCOMPARE(r.error().code, code(ErrorCode::InvalidRequest));
        QVERIFY2(r.error().message.contains(QLatin1StringView("clientId")),
                 qPrintable(r.error().message));
    }

    void creatorBecomesOwnerAndSlugsAreUnique() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const QString communityId = f.createCommunity(ada, QStringLiteral("potters"));
        const auto memberships = changesOf(f.syncAll(ada), QStringLiteral("membership"));
        QCOMPARE(memberships.size(), 1);
        QCOMPARE(memberships[0].data.value(QStringLiteral("role")).toString(),
                 QStringLiteral("owner"));
        QCOMPARE(memberships[0].data.value(QStringLiteral("communityId")).toString(), communityId);
        const auto again = f.mutateOne(ada, QStringLiteral("community.create"),
                                       {{QStringLiteral("id"), ServerFixture::newId()},
                                        {QStringLiteral("slug"), QStringLiteral("potters")},
                                        {QStringLiteral("name"), QStringLiteral("Other")}});
        QCOMPARE(again.errorCode, code(ErrorCode::SlugTaken));
    }

    void joinDependsOnVisibility() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString open = f.createCommunity(ada, QStringLiteral("open"));
        const QString ask =
            f.createCommunity(ada, QStringLiteral("ask"), QStringLiteral("request"));
        const QString secret =
            f.createCommunity(ada, QStringLiteral("secret"), QStringLiteral("invite"));
        const auto join = [&](const QString &id) {
            return f.mutateOne(bo, QStringLiteral("membership.join"),
                               {{QStringLiteral("communityId"), id}});
        };
        const auto a = join(open);
        QVERIFY(a.applied());
        QCOMPARE(a.result.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        const auto b = join(ask);
        QVERIFY(b.applied());
        QCOMPARE(b.result.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        const auto c = join(secret);
        QCOMPARE(c.status, QStringLiteral("rejected"));
        QCOMPARE(c.errorCode, code(ErrorCode::Forbidden));
        const auto d = join(ServerFixture::newId());
        QCOMPARE(d.errorCode, code(ErrorCode::NotFound));

        // A pending member cannot post yet.
        const auto post = f.mutateOne(bo, QStringLiteral("post.create"),
                                      postArgs(ServerFixture::newId(), ask, QStringLiteral("hi")));
        QCOMPARE(post.errorCode, code(ErrorCode::Forbidden));
    }

    // A community with guidelines is joined only by a member who accepts them, on every path
    // (public, request, invite); the acceptance (when, which text) is served on the membership.
    void joiningAcceptsTheGuidelines() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString guidelines = QStringLiteral("Be kind. Credit the maker.");
        const auto found = [&](const QString &slug, const QString &visibility) {
            const QString id = ServerFixture::newId();
            const auto r = f.mutateOne(ada, QStringLiteral("community.create"),
                                       {{QStringLiteral("id"), id},
                                        {QStringLiteral("slug"), slug},
                                        {QStringLiteral("name"), slug},
                                        {QStringLiteral("visibility"), visibility},
                                        {QStringLiteral("guidelines"), guidelines}});
            if (!r.applied())
                qFatal("community.create failed: %s", qPrintable(r.errorMessage));
            return id;
        };
        const QString open = found(QStringLiteral("open"), QStringLiteral("public"));
        const QString ask = found(QStringLiteral("ask"), QStringLiteral("request"));
        const QString secret = found(QStringLiteral("secret"), QStringLiteral("invite"));
        const auto join = [&](const QJsonObject &args) {
            return f.mutateOne(bo, QStringLiteral("membership.join"), args);
        };

        for (const QString &id : {open, ask}) {
            const auto refused = join({{QStringLiteral("communityId"), id}});
            QCOMPARE(refused.status, QStringLiteral("rejected"));
            QCOMPARE(refused.errorCode, code(ErrorCode::InvalidRequest));
            QVERIFY2(refused.errorMessage.contains(QStringLiteral("acceptGuidelines")),
                     qPrintable(refused.errorMessage));
        }
        const auto invite = f.mutateOne(ada, QStringLiteral("invite.create"),
                                        {{QStringLiteral("id"), ServerFixture::newId()},
                                         {QStringLiteral("communityId"), secret}});
        QVERIFY(invite.applied());
        const QString inviteCode = invite.result.value(QStringLiteral("code")).toString();
        QCOMPARE(join({{QStringLiteral("inviteCode"), inviteCode}}).errorCode,
                 code(ErrorCode::InvalidRequest));
        // Nothing was recorded by the refusals.
        QVERIFY(changesOf(f.syncAll(bo), QStringLiteral("membership")).isEmpty());

        const qint64 before = QDateTime::currentMSecsSinceEpoch() - 60000;
        QCOMPARE(join({{QStringLiteral("communityId"), open},
                       {QStringLiteral("acceptGuidelines"), true}})
                     .result.value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("active"));
        QCOMPARE(
            join({{QStringLiteral("communityId"), ask}, {QStringLiteral("acceptGuidelines"), true}})
                .result.value(QStringLiteral("state"))
                .toString(),
            QStringLiteral("pending"));
        QCOMPARE(join({{QStringLiteral("inviteCode"), inviteCode},
                       {QStringLiteral("acceptGuidelines"), true}})
                     .result.value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("active"));

        const auto memberships = changesOf(f.syncAll(bo), QStringLiteral("membership"));
        for (const QString &id : {open, ask, secret}) {
            QJsonObject mine;
            for (const auto &c : memberships)
                if (c.data.value(QStringLiteral("communityId")).toString() == id &&
                    c.data.value(QStringLiteral("userId")).toString() == bo.id)
                    mine = c.data;
            QVERIFY2(!mine.isEmpty(), qPrintable(id));
            QVERIFY(mine.value(QStringLiteral("guidelinesAcceptedAt")).toDouble() > before);
            QCOMPARE(mine.value(QStringLiteral("guidelinesDigest")).toString(),
                     guidelinesDigest(guidelines));
        }
        // The founder never "accepted": they wrote them.
        const auto adas = changesOf(f.syncAll(ada), QStringLiteral("membership"));
        for (const auto &c : adas)
            if (c.data.value(QStringLiteral("userId")).toString() == ada.id)
                QCOMPARE(c.data.value(QStringLiteral("guidelinesAcceptedAt")).toDouble(), 0.0);
    }

    // A stranger browsing the directory sees who runs a listed community and how full it is.
    void aListedCommunityNamesItsOrganizers() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const TestUser cy = f.registerUser(QStringLiteral("cy"));
        const QString id = f.createCommunity(ada, QStringLiteral("potters"));
        QVERIFY(f.mutateOne(bo, QStringLiteral("membership.join"),
                            {{QStringLiteral("communityId"), id}})
                    .applied());
        QVERIFY(f.mutateOne(ada, QStringLiteral("membership.setRole"),
                            {{QStringLiteral("communityId"), id},
                             {QStringLiteral("userId"), bo.id},
                             {QStringLiteral("role"), QStringLiteral("moderator")}})
                    .applied());
        const auto listed = changesOf(f.syncAll(cy), QStringLiteral("community"), id);
        QVERIFY(!listed.isEmpty());
        const QJsonObject c = listed.last().data;
        QCOMPARE(c.value(QStringLiteral("memberCount")).toInt(), 2);
        const QJsonArray organizers = c.value(QStringLiteral("organizers")).toArray();
        QCOMPARE(organizers.size(), 2);
        QCOMPARE(organizers[0].toObject().value(QStringLiteral("userId")).toString(), ada.id);
        QCOMPARE(organizers[0].toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("owner"));
        QCOMPARE(organizers[1].toObject().value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("bo"));
        QCOMPARE(organizers[1].toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("moderator"));
    }

    void announcementsAreForOrganizers() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString id = f.createCommunity(ada, QStringLiteral("potters"));
        QVERIFY(f.mutateOne(bo, QStringLiteral("membership.join"),
                            {{QStringLiteral("communityId"), id}})
                    .applied());
        QJsonObject args = postArgs(ServerFixture::newId(), id, QStringLiteral("News!"));
        args.insert(QStringLiteral("kind"), QStringLiteral("announcement"));
        QCOMPARE(f.mutateOne(bo, QStringLiteral("post.create"), args).errorCode,
                 code(ErrorCode::Forbidden));
        QVERIFY(f.mutateOne(ada, QStringLiteral("post.create"), args).applied());
    }

    void staleEditIsAConflictCarryingTheCurrentText() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        const QString post = f.createPost(ada, community, QStringLiteral("v1 text"));
        const auto edit = [&](int version, const QString &body) {
            return f.mutateOne(ada, QStringLiteral("post.edit"),
                               {{QStringLiteral("id"), post},
                                {QStringLiteral("version"), version},
                                {QStringLiteral("body"), body}});
        };
        const auto first = edit(1, QStringLiteral("v2 from the laptop"));
        QVERIFY(first.applied());
        QCOMPARE(first.result.value(QStringLiteral("version")).toInt(), 2);
        const auto stale = edit(1, QStringLiteral("v2 from the phone"));
        QCOMPARE(stale.status, QStringLiteral("conflict"));
        QCOMPARE(stale.errorCode, code(ErrorCode::Conflict));
        QCOMPARE(stale.current.value(QStringLiteral("body")).toString(),
                 QStringLiteral("v2 from the laptop"));
        QCOMPARE(stale.current.value(QStringLiteral("version")).toInt(), 2);

        const auto changes = changesOf(f.syncAll(ada), QStringLiteral("post"), post);
        QCOMPARE(changes.last().data.value(QStringLiteral("body")).toString(),
                 QStringLiteral("v2 from the laptop"));
        QVERIFY(changes.last().data.value(QStringLiteral("editedAt")).toDouble() > 0);
    }

    void onlyTheAuthorEdits() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        QVERIFY(f.mutateOne(bo, QStringLiteral("membership.join"),
                            {{QStringLiteral("communityId"), community}})
                    .applied());
        const QString post = f.createPost(bo, community);
        const auto r = f.mutateOne(ada, QStringLiteral("post.edit"),
                                   {{QStringLiteral("id"), post},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("body"), QStringLiteral("owner rewrites")}});
        QCOMPARE(r.errorCode, code(ErrorCode::Forbidden));
    }

    void deleteLeavesATombstoneAndBeatsAnEdit() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        QVERIFY(f.mutateOne(bo, QStringLiteral("membership.join"),
                            {{QStringLiteral("communityId"), community}})
                    .applied());
        const QString post = f.createPost(bo, community);
        QString cursor;
        f.syncAll(ada, {}, &cursor);

        // A moderator removal: the owner deletes a member's post.
        QVERIFY(f.mutateOne(ada, QStringLiteral("post.delete"), {{QStringLiteral("id"), post}})
                    .applied());
        const auto edit = f.mutateOne(bo, QStringLiteral("post.edit"),
                                      {{QStringLiteral("id"), post},
                                       {QStringLiteral("version"), 1},
                                       {QStringLiteral("body"), QStringLiteral("too late")}});
        QCOMPARE(edit.errorCode, code(ErrorCode::NotFound));
        const auto tail = f.syncAll(ada, cursor);
        QCOMPARE(tail.size(), 1);
        QCOMPARE(tail[0].type, QStringLiteral("post"));
        QCOMPARE(tail[0].op, QStringLiteral("delete"));
        QCOMPARE(tail[0].id, post);
        QVERIFY(tail[0].data.isEmpty());
    }

    void membersCannotDeleteOthersPosts() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        QVERIFY(f.mutateOne(bo, QStringLiteral("membership.join"),
                            {{QStringLiteral("communityId"), community}})
                    .applied());
        const QString post = f.createPost(ada, community);
        QCOMPARE(f.mutateOne(bo, QStringLiteral("post.delete"), {{QStringLiteral("id"), post}})
                     .errorCode,
                 code(ErrorCode::Forbidden));
    }

    void commentsThreadAndCount() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        const QString post = f.createPost(ada, community);
        const QString top = ServerFixture::newId();
        const QString reply = ServerFixture::newId();
        const auto results = f.mutate(
            ada, {ServerFixture::mutation(QStringLiteral("comment.create"),
                                          {{QStringLiteral("id"), top},
                                           {QStringLiteral("postId"), post},
                                           {QStringLiteral("body"), QStringLiteral("Nice glaze")}}),
                  ServerFixture::mutation(QStringLiteral("comment.create"),
                                          {{QStringLiteral("id"), reply},
                                           {QStringLiteral("postId"), post},
                                           {QStringLiteral("parentId"), top},
                                           {QStringLiteral("body"), QStringLiteral("Thanks!")}}),
                  ServerFixture::mutation(QStringLiteral("comment.create"),
                                          {{QStringLiteral("id"), ServerFixture::newId()},
                                           {QStringLiteral("postId"), post},
                                           {QStringLiteral("parentId"), ServerFixture::newId()},
                                           {QStringLiteral("body"), QStringLiteral("orphan")}})});
        QVERIFY(results[0].applied());
        QVERIFY(results[1].applied());
        QCOMPARE(results[2].errorCode, code(ErrorCode::InvalidRequest));
        const auto changes = f.syncAll(ada);
        const auto replyChange = changesOf(changes, QStringLiteral("comment"), reply);
        QCOMPARE(replyChange.size(), 1);
        QCOMPARE(replyChange[0].data.value(QStringLiteral("parentId")).toString(), top);
        QCOMPARE(changesOf(changes, QStringLiteral("post"), post)
                     .last()
                     .data.value(QStringLiteral("commentCount"))
                     .toInt(),
                 2);
    }

    void lockedPostsTakeCommentsFromOrganizersOnly() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        QVERIFY(f.mutateOne(bo, QStringLiteral("membership.join"),
                            {{QStringLiteral("communityId"), community}})
                    .applied());
        const QString post = f.createPost(bo, community);
        const auto lock = [&](const TestUser &who) {
            return f.mutateOne(who, QStringLiteral("post.lock"),
                               {{QStringLiteral("id"), post}, {QStringLiteral("locked"), true}});
        };
        QCOMPARE(lock(bo).errorCode, code(ErrorCode::Forbidden)); // the author is no organizer
        QVERIFY(lock(ada).applied());
        const auto comment = [&](const TestUser &who) {
            return f.mutateOne(who, QStringLiteral("comment.create"),
                               {{QStringLiteral("id"), ServerFixture::newId()},
                                {QStringLiteral("postId"), post},
                                {QStringLiteral("body"), QStringLiteral("one more thing")}});
        };
        QCOMPARE(comment(bo).errorCode, code(ErrorCode::Forbidden));
        QVERIFY(comment(ada).applied());
        const auto posts = changesOf(f.syncAll(bo), QStringLiteral("post"), post);
        QVERIFY(posts.last().data.value(QStringLiteral("locked")).toBool());
    }

    void leavingPurgesAndTheLastOwnerStays() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        QVERIFY(f.mutateOne(bo, QStringLiteral("membership.join"),
                            {{QStringLiteral("communityId"), community}})
                    .applied());
        f.createPost(ada, community);
        QString cursor;
        f.syncAll(bo, {}, &cursor);

        const auto ownerLeaves = f.mutateOne(ada, QStringLiteral("membership.leave"),
                                             {{QStringLiteral("communityId"), community}});
        QCOMPARE(ownerLeaves.errorCode, code(ErrorCode::Forbidden));
        QVERIFY(f.mutateOne(bo, QStringLiteral("membership.leave"),
                            {{QStringLiteral("communityId"), community}})
                    .applied());
        f.createPost(ada, community, QStringLiteral("after bo left"));

        const auto tail = f.syncAll(bo, cursor);
        const auto communityChanges = changesOf(tail, QStringLiteral("community"), community);
        const auto purge =
            std::find_if(communityChanges.begin(), communityChanges.end(),
                         [](const Change &c) { return c.op == QStringLiteral("purge"); });
        QVERIFY(purge != communityChanges.end());
        QVERIFY(purge->data.isEmpty());
        // Public: the bare listing comes back after the purge, so the directory still shows it.
        QCOMPARE(communityChanges.last().op, QStringLiteral("upsert"));
        QVERIFY(communityChanges.last().seq > purge->seq);
        QVERIFY(changesOf(tail, QStringLiteral("post")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerMutations)
#include "tst_server_mutations.moc"
