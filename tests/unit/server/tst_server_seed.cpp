// Demo seeding: a fresh database is filled through the domain (so it all syncs), extra fields are
// ignored, and a database that already has users is refused. The bundled demo gives its demo
// organizer join requests and reports to decide.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "server/domain/accounts.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {
QByteArray fixture() {
    QFile file(QStringLiteral(HEARTHD_SEED_FIXTURE));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", HEARTHD_SEED_FIXTURE);
    return file.readAll();
}

TestUser login(ServerFixture &f, const QString &handle, const QString &password) {
    const auto r = f.server().accounts().login({handle, password, {}});
    if (!r)
        return {};
    return {r->userId, handle, r->token};
}
} // namespace

class TestServerSeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void seedsUsersCommunitiesPostsAndThreads() {
        ServerFixture f;
        const auto summary = f.server().seed(fixture());
        QVERIFY2(summary, qPrintable(summary.error().message));
        QCOMPARE(summary->users, 3);
        QCOMPARE(summary->communities, 2);
        QCOMPARE(summary->posts, 3);
        QCOMPARE(summary->comments, 2);
        QCOMPARE(summary->reactions, 2);
        QCOMPARE(summary->events, 1);
        QCOMPARE(summary->rsvps, 2);

        const TestUser demo = login(f, QStringLiteral("demo"), QStringLiteral("hearth-demo"));
        QVERIFY(!demo.id.isEmpty());
        QVERIFY(!login(f, QStringLiteral("mara"), QStringLiteral("member-password")).id.isEmpty());

        const auto changes = f.syncAll(demo);
        const auto communities = changesOf(changes, QStringLiteral("community"));
        QSet<QString> slugs;
        for (const Change &c : communities)
            slugs.insert(c.data.value(QStringLiteral("slug")).toString());
        QCOMPARE(slugs, (QSet<QString>{QStringLiteral("clay-collective"),
                                       QStringLiteral("night-runners")}));
        const Change clay =
            *std::find_if(communities.rbegin(), communities.rend(), [](const Change &c) {
                return c.data.value(QStringLiteral("slug")).toString() ==
                       QStringLiteral("clay-collective");
            });
        QCOMPARE(clay.data.value(QStringLiteral("memberCount")).toInt(), 3);
        QCOMPARE(clay.data.value(QStringLiteral("memberCap")).toInt(), 120);
        QCOMPARE(clay.data.value(QStringLiteral("guidelines")).toString(),
                 QStringLiteral("# Be kind\nShare glazes."));
        QCOMPARE(clay.data.value(QStringLiteral("topics")).toArray().size(), 2);

        // Demo is an active member of both (request communities included), so sees all posts.
        QSet<QString> titles;
        qint64 kilnCreated = 0;
        bool kilnPinned = false;
        int kilnComments = 0;
        int welcomePosts = 0;
        for (const Change &c : changesOf(changes, QStringLiteral("post"))) {
            // A community's welcome message is its first post, pinned, with no title.
            if (c.data.value(QStringLiteral("title")).toString().isEmpty()) {
                ++welcomePosts;
                QVERIFY(c.data.value(QStringLiteral("pinned")).toBool());
                continue;
            }
            titles.insert(c.data.value(QStringLiteral("title")).toString());
            if (c.data.value(QStringLiteral("title")).toString() == QStringLiteral("Kiln day")) {
                kilnCreated = qint64(c.data.value(QStringLiteral("createdAt")).toDouble());
                kilnPinned = c.data.value(QStringLiteral("pinned")).toBool();
                kilnComments = c.data.value(QStringLiteral("commentCount")).toInt();
            }
        }
        QCOMPARE(titles.size(), 3);
        QCOMPARE(welcomePosts, 1); // clay-collective has one; night-runners none
        QVERIFY(kilnPinned);
        QCOMPARE(kilnComments, 2);
        const qint64 ageMs = QDateTime::currentMSecsSinceEpoch() - kilnCreated;
        QVERIFY2(qAbs(ageMs - 30LL * 3600 * 1000) < 60 * 1000, "createdAt = now - ageHours");

        // The reply hangs under its parent.
        const auto comments = changesOf(changes, QStringLiteral("comment"));
        QCOMPARE(comments.size(), 2);
        const auto reply = std::find_if(comments.begin(), comments.end(), [](const Change &c) {
            return !c.data.value(QStringLiteral("parentId")).toString().isEmpty();
        });
        QVERIFY(reply != comments.end());
        QCOMPARE(reply->data.value(QStringLiteral("body")).toString(),
                 QStringLiteral("Of course."));

        // Profiles carry what the schema holds.
        const auto me = changesOf(changes, QStringLiteral("user"), demo.id);
        QVERIFY(!me.isEmpty());
        QCOMPARE(me.last().data.value(QStringLiteral("bio")).toString(),
                 QStringLiteral("Trying Hearth out."));
        QCOMPARE(me.last().data.value(QStringLiteral("interests")).toArray().size(), 2);
        QCOMPARE(me.last().data.value(QStringLiteral("showcase")).toArray().size(), 1);

        // Reactions, the event and its RSVPs sync like everything else.
        const auto reactions = changesOf(changes, QStringLiteral("reaction"));
        QCOMPARE(reactions.size(), 2);
        QCOMPARE(reactions.first().data.value(QStringLiteral("emoji")).toString(),
                 QStringLiteral("❤️"));
        const auto events = changesOf(changes, QStringLiteral("event"));
        QVERIFY(!events.isEmpty());
        const QJsonObject wheel = events.last().data;
        QCOMPARE(wheel.value(QStringLiteral("title")).toString(), QStringLiteral("Wheel basics"));
        QCOMPARE(wheel.value(QStringLiteral("capacity")).toInt(), 6);
        QCOMPARE(wheel.value(QStringLiteral("goingCount")).toInt(), 1);
        const qint64 startsIn = qint64(wheel.value(QStringLiteral("startsAt")).toDouble()) -
                                QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(qAbs(startsIn - 48LL * 3600 * 1000) < 60 * 1000, "startsAt = now + startsInHours");
        QCOMPARE(
            changesOf(changes, QStringLiteral("rsvp"),
                      wheel.value(QStringLiteral("id")).toString() + QLatin1Char(':') + demo.id)
                .last()
                .data.value(QStringLiteral("status"))
                .toString(),
            QStringLiteral("going"));
    }

    void seedsTheBundledDemo() {
        QFile demo(QStringLiteral(":/hearthd/demo.json"));
        if (!demo.open(QIODevice::ReadOnly))
            QSKIP("resources/demo/demo.json is not bundled in this build");
        ServerFixture f;
        const auto summary = f.server().seed(demo.readAll());
        QVERIFY2(summary, qPrintable(summary.error().message));
        // Three the demo account is in, and three to discover (one asks to join, one is full).
        QCOMPARE(summary->communities, 6);
        QVERIFY(summary->reactions > 0);
        QCOMPARE(summary->events, 9);
        QVERIFY(summary->rsvps > 0);
        // Every announcement kept its kind: their authors are organizers.
        const TestUser maren =
            login(f, QStringLiteral("maren.clay"), QStringLiteral("hearth-demo"));
        QVERIFY(!maren.id.isEmpty());
        bool spoonDayIsAnAnnouncement = false;
        for (const Change &c : changesOf(f.syncAll(maren), QStringLiteral("post"))) {
            if (c.data.value(QStringLiteral("title"))
                    .toString()
                    .startsWith(QStringLiteral("Spoon carving taster day")))
                spoonDayIsAnAnnouncement = c.data.value(QStringLiteral("kind")).toString() ==
                                           QStringLiteral("announcement");
        }
        QVERIFY(spoonDayIsAnAnnouncement);

        // The demo account owns Slow Bootstrappers (so `./dev run` shows the organizer's pane),
        // where two people wait for an organizer's answer.
        const TestUser demoUser = login(f, QStringLiteral("demo"), QStringLiteral("hearth-demo"));
        const auto changes = f.syncAll(demoUser);
        QString bootstrappers;
        for (const Change &c : changesOf(changes, QStringLiteral("community")))
            if (c.data.value(QStringLiteral("slug")).toString() ==
                QStringLiteral("slow-bootstrappers"))
                bootstrappers = c.id;
        QVERIFY(!bootstrappers.isEmpty());
        // Each community it is in lists all its members there (the seeded members came with
        // the join window a live joiner gets, not only those who joined after them).
        QHash<QString, QSet<QString>> activeMembers;
        for (const Change &c : changesOf(changes, QStringLiteral("membership")))
            if (c.data.value(QStringLiteral("state")).toString() == QStringLiteral("active"))
                activeMembers[c.community].insert(c.id);
        QSet<QString> communitiesIn; // (a community arrives again with each join window)
        for (const Change &c : changesOf(changes, QStringLiteral("community"))) {
            if (!activeMembers.value(c.id).contains(c.id + QLatin1Char(':') + demoUser.id))
                continue;
            communitiesIn.insert(c.id);
            QCOMPARE(activeMembers.value(c.id).size(),
                     c.data.value(QStringLiteral("memberCount")).toInt());
        }
        QCOMPARE(communitiesIn.size(), 3);
        const auto mine = changesOf(changes, QStringLiteral("membership"),
                                    bootstrappers + QLatin1Char(':') + demoUser.id);
        QVERIFY(!mine.isEmpty());
        QCOMPARE(mine.last().data.value(QStringLiteral("role")).toString(),
                 QStringLiteral("owner"));
        QCOMPARE(mine.last().data.value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
        QSet<QString> pending;
        for (const Change &c : changesOf(changes, QStringLiteral("membership")))
            if (c.community == bootstrappers &&
                c.data.value(QStringLiteral("state")).toString() == QStringLiteral("pending"))
                pending.insert(c.id);
        QCOMPARE(pending.size(), 2);
        // And two members' reports wait in its moderation queue, a post's and a comment's,
        // for its organizers only.
        QCOMPARE(summary->reports, 2);
        QSet<QString> reported;
        for (const Change &c : changesOf(changes, QStringLiteral("report")))
            if (c.community == bootstrappers &&
                c.data.value(QStringLiteral("status")).toString() == QStringLiteral("open"))
                reported.insert(c.data.value(QStringLiteral("targetType")).toString());
        QCOMPARE(reported, (QSet<QString>{QStringLiteral("post"), QStringLiteral("comment")}));
        const TestUser sofia = login(f, QStringLiteral("sofia.k"), QStringLiteral("hearth-demo"));
        QVERIFY(!sofia.id.isEmpty());
        QVERIFY(changesOf(f.syncAll(sofia), QStringLiteral("report")).isEmpty());
    }

    void refusesADatabaseWithUsers() {
        ServerFixture f;
        f.registerUser(QStringLiteral("early"));
        const auto r = f.server().seed(fixture());
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("fresh")),
                 qPrintable(r.error().message));
    }

    void aBadFileChangesNothing() {
        ServerFixture f;
        QByteArray json = fixture();
        json.replace("\"author\": \"teo\", \"kind\": \"question\"",
                     "\"author\": \"ghost\", \"kind\": \"question\"");
        const auto r = f.server().seed(json);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("'ghost'")),
                 qPrintable(r.error().message));
        // All or nothing: the users of the failed attempt are gone, so a fixed file can follow.
        QVERIFY(f.server().seed(fixture()));
        QVERIFY(!f.server().seed("not json"));
    }
};

QTEST_GUILESS_MAIN(TestServerSeed)
#include "tst_server_seed.moc"
