// What a deleted, removed or edited object leaves on the wire: a later row of an object
// supersedes its earlier ones, so text that was deleted, removed by a moderator or edited away is
// never served again, to anyone, by any endpoint (sync from any cursor, history, join windows,
// notifications, replayed answers). And a member who joins later receives the recent window,
// not the community's whole log.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "server/domain/historyservice.h"
#include "server/domain/joinwindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {

QJsonObject who(const QString &communityId, const TestUser &u) {
    return {{QStringLiteral("communityId"), communityId}, {QStringLiteral("userId"), u.id}};
}

// Every byte `user` can read about `communityId` right now: a sync from no cursor, and every
// page of the community's history when they may read it.
QByteArray everythingServedTo(ServerFixture &f, const TestUser &user, const QString &communityId) {
    QByteArray all = f.syncBytes(user);
    QString before;
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = f.server().history().page(user.id, communityId, before, 200);
        if (!page)
            break; // not a member: no history
        all += page.value();
        const QJsonObject o = QJsonDocument::fromJson(page.value()).object();
        if (o.value(QStringLiteral("complete")).toBool())
            break;
        before = o.value(QStringLiteral("before")).toString();
    }
    return all;
}

int postRows(const QList<Change> &changes, const QString &postId, const char *op) {
    int n = 0;
    for (const Change &c : changesOf(changes, QStringLiteral("post"), postId))
        n += c.op == QLatin1StringView(op);
    return n;
}

// ada owns a public community where bo and cy are members; dee joins later.
struct Cast {
    ServerFixture f;
    TestUser ada, bo, cy, dee;
    QString community;

    Cast() {
        ada = f.registerUser(QStringLiteral("ada"));
        bo = f.registerUser(QStringLiteral("bo"));
        cy = f.registerUser(QStringLiteral("cy"));
        dee = f.registerUser(QStringLiteral("dee"));
        community = f.createCommunity(ada, QStringLiteral("potters"));
        for (const TestUser &u : {bo, cy})
            join(u);
    }

    void join(const TestUser &u) {
        const auto r = f.mutateOne(u, QStringLiteral("membership.join"),
                                   {{QStringLiteral("communityId"), community}});
        if (!r.applied())
            qFatal("join failed: %s", qPrintable(r.errorMessage));
    }

    QString post(const TestUser &author, const QString &title, const QString &body) {
        return f.createPost(author, community, body, title);
    }

    QString comment(const TestUser &author, const QString &postId, const QString &body) {
        return f.createComment(author, postId, body);
    }

    void react(const TestUser &u, const QString &type, const QString &id) {
        const auto r = f.mutateOne(u, QStringLiteral("reaction.set"),
                                   {{QStringLiteral("targetType"), type},
                                    {QStringLiteral("targetId"), id},
                                    {QStringLiteral("emoji"), QStringLiteral("🔥")}});
        if (!r.applied())
            qFatal("reaction.set failed: %s", qPrintable(r.errorMessage));
    }

    QString report(const TestUser &reporter, const QString &type, const QString &id) {
        const QString reportId = ServerFixture::newId();
        const auto r = f.mutateOne(reporter, QStringLiteral("report.create"),
                                   {{QStringLiteral("id"), reportId},
                                    {QStringLiteral("targetType"), type},
                                    {QStringLiteral("targetId"), id},
                                    {QStringLiteral("reason"), QStringLiteral("spam")}});
        if (!r.applied())
            qFatal("report.create failed: %s", qPrintable(r.errorMessage));
        return reportId;
    }

    void removeByReport(const QString &reportId) {
        const auto r = f.mutateOne(ada, QStringLiteral("report.resolve"),
                                   {{QStringLiteral("id"), reportId},
                                    {QStringLiteral("action"), QStringLiteral("remove")}});
        if (!r.applied())
            qFatal("report.resolve failed: %s", qPrintable(r.errorMessage));
    }
};

} // namespace

class TestServerRemoval : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void aDeletedPostLeavesOnlyItsTombstone() {
        Cast c;
        QString bosCursor;
        c.f.syncAll(c.bo, {}, &bosCursor);
        const QString post =
            c.post(c.ada, QStringLiteral("GONE-TITLE"), QStringLiteral("GONE-BODY text"));
        const QString comment = c.comment(c.bo, post, QStringLiteral("GONE-COMMENT on it"));
        c.react(c.cy, QStringLiteral("post"), post);
        c.react(c.cy, QStringLiteral("comment"), comment);
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("post.delete"), {{QStringLiteral("id"), post}})
                    .applied());
        c.join(c.dee);

        for (const TestUser &u : {c.ada, c.bo, c.cy, c.dee}) {
            const QByteArray served = everythingServedTo(c.f, u, c.community);
            QVERIFY2(!served.contains("GONE-"), qPrintable(u.handle));
            // A client that never saw the post receives its tombstone at most, nothing of its
            // comment or reactions.
            const auto fresh = c.f.syncAll(u);
            QCOMPARE(postRows(fresh, post, "upsert"), 0);
            QVERIFY(changesOf(fresh, QStringLiteral("comment"), comment).isEmpty());
            for (const Change &r : changesOf(fresh, QStringLiteral("reaction")))
                QVERIFY(r.op != QStringLiteral("upsert"));
        }
        // A client that held the post is told to drop it.
        const auto tail = c.f.syncAll(c.bo, bosCursor);
        QCOMPARE(postRows(tail, post, "delete"), 1);
        QCOMPARE(postRows(tail, post, "upsert"), 0);
    }

    void moderationRemovalsAndTheirExcerptsAreGone() {
        Cast c;
        const QString adasPost = c.post(c.ada, QStringLiteral("Kilns"), QStringLiteral("Cone 6?"));
        // bo's post mentions cy; cy's comment answers ada and mentions bo.
        const QString bosPost =
            c.post(c.bo, QStringLiteral("SPAM-TITLE"), QStringLiteral("SPAM-BODY @cy"));
        const QString cysComment =
            c.comment(c.cy, adasPost, QStringLiteral("RUDE-COMMENT for @bo"));
        // ada's client holds the reply with its excerpt.
        QString adasCursor;
        QVERIFY(c.f.syncBytes(c.ada, {}, &adasCursor).contains("RUDE-COMMENT"));
        c.removeByReport(c.report(c.ada, QStringLiteral("post"), bosPost));
        c.removeByReport(c.report(c.ada, QStringLiteral("comment"), cysComment));
        c.join(c.dee);

        for (const TestUser &u : {c.ada, c.bo, c.cy, c.dee}) {
            const QByteArray served = everythingServedTo(c.f, u, c.community);
            QVERIFY2(!served.contains("SPAM-"), qPrintable(u.handle));
            QVERIFY2(!served.contains("RUDE-"), qPrintable(u.handle));
        }
        // The notifications stay, without their excerpt; a client that synced the excerpt
        // before receives the notification again without it.
        const auto adas = changesOf(c.f.syncAll(c.ada, adasCursor), QStringLiteral("notification"));
        QVERIFY(!adas.isEmpty());
        QCOMPARE(adas.last().data.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("reply"));
        QCOMPARE(adas.last().data.value(QStringLiteral("text")).toString(), QString());
        for (const TestUser &u : {c.bo, c.cy}) {
            const auto mine = changesOf(c.f.syncAll(u), QStringLiteral("notification"));
            QCOMPARE(mine.size(), 1);
            QCOMPARE(mine.constFirst().data.value(QStringLiteral("kind")).toString(),
                     QStringLiteral("mention"));
            QCOMPARE(mine.constFirst().data.value(QStringLiteral("text")).toString(), QString());
        }
    }

    void editedAwayTextIsGoneAndReplaysDoNotBringItBack() {
        Cast c;
        const QString post =
            c.post(c.ada, QStringLiteral("FIRST-TITLE"), QStringLiteral("FIRST-BODY"));
        const auto edit = [&](const QString &body, int version) {
            return ServerFixture::mutation(QStringLiteral("post.edit"),
                                           {{QStringLiteral("id"), post},
                                            {QStringLiteral("version"), version},
                                            {QStringLiteral("title"), QStringLiteral("Title")},
                                            {QStringLiteral("body"), body}});
        };
        QVERIFY(c.f.mutate(c.ada, {edit(QStringLiteral("SECOND-BODY"), 1)}).constFirst().applied());
        // A stale edit from another device is answered with the text as it is now...
        const Mutation stale = edit(QStringLiteral("STALE-BODY"), 1);
        const auto conflict = c.f.mutate(c.ada, {stale}, QStringLiteral("laptop")).constFirst();
        QCOMPARE(conflict.status, QStringLiteral("conflict"));
        QVERIFY(QJsonDocument(conflict.current).toJson().contains("SECOND-BODY"));
        // ... which is then edited away too.
        QVERIFY(c.f.mutate(c.ada, {edit(QStringLiteral("THIRD-BODY"), 2)}).constFirst().applied());
        c.join(c.dee);

        for (const TestUser &u : {c.ada, c.bo, c.dee}) {
            const QByteArray served = everythingServedTo(c.f, u, c.community);
            QVERIFY2(!served.contains("FIRST-"), qPrintable(u.handle));
            QVERIFY2(!served.contains("SECOND-"), qPrintable(u.handle));
            QVERIFY2(served.contains("THIRD-BODY"), qPrintable(u.handle));
            const auto fresh = c.f.syncAll(u);
            QCOMPARE(postRows(fresh, post, "upsert"), 1);
        }
        // The laptop never got its answer and sends the same mutation again: the replay is
        // still a conflict, with today's text, not the text that was edited away since.
        const auto replay = c.f.mutate(c.ada, {stale}, QStringLiteral("laptop")).constFirst();
        QCOMPARE(replay.status, QStringLiteral("conflict"));
        const QByteArray replayed = QJsonDocument(replay.toJson()).toJson();
        QVERIFY(!replayed.contains("SECOND-BODY"));
        QCOMPARE(replay.current.value(QStringLiteral("body")).toString(),
                 QStringLiteral("THIRD-BODY"));
        // Once the post is deleted, a replay carries no text at all.
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("post.delete"), {{QStringLiteral("id"), post}})
                    .applied());
        const auto afterDelete = c.f.mutate(c.ada, {stale}, QStringLiteral("laptop")).constFirst();
        QCOMPARE(afterDelete.status, QStringLiteral("conflict"));
        QVERIFY(!QJsonDocument(afterDelete.toJson()).toJson().contains("-BODY"));
    }

    void aLateJoinerReceivesTheRecentWindowNotTheWholeLog() {
        Cast c;
        QStringList posts;
        for (int i = 0; i < hearthd::JoinWindow::RecentPosts + 5; ++i) {
            posts.append(c.post(c.ada, QStringLiteral("Post %1").arg(i), QStringLiteral("body")));
            QThread::msleep(2); // distinct createdAt: the window is "the newest 50"
        }
        c.join(c.dee);
        const auto fresh = c.f.syncAll(c.dee);
        QSet<QString> received;
        for (const Change &p : changesOf(fresh, QStringLiteral("post")))
            received.insert(p.id);
        QCOMPARE(received.size(), hearthd::JoinWindow::RecentPosts);
        for (int i = 0; i < 5; ++i)
            QVERIFY2(!received.contains(posts.at(i)), "older history is paged, not synced");
        QVERIFY(received.contains(posts.last()));
        // Each post once: the window's copy, not also the community's original row.
        QCOMPARE(changesOf(fresh, QStringLiteral("post")).size(), hearthd::JoinWindow::RecentPosts);
        // What follows the join reaches them as usual.
        QString cursor;
        c.f.syncAll(c.dee, {}, &cursor);
        const QString fresher = c.post(c.bo, QStringLiteral("New"), QStringLiteral("after"));
        QCOMPARE(postRows(c.f.syncAll(c.dee, cursor), fresher, "upsert"), 1);
    }

    void aNewOrganizerReceivesTheOrganizerWindowOnce() {
        Cast c;
        const QString invite = ServerFixture::newId();
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("invite.create"),
                              {{QStringLiteral("id"), invite},
                               {QStringLiteral("communityId"), c.community}})
                    .applied());
        const QString post = c.post(c.cy, QStringLiteral("Hm"), QStringLiteral("hm"));
        const QString report = c.report(c.ada, QStringLiteral("post"), post);
        QJsonObject promote = who(c.community, c.bo);
        promote.insert(QStringLiteral("role"), QStringLiteral("moderator"));
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("membership.setRole"), promote).applied());

        const auto fresh = c.f.syncAll(c.bo);
        QCOMPARE(changesOf(fresh, QStringLiteral("invite"), invite).size(), 1);
        QCOMPARE(changesOf(fresh, QStringLiteral("report"), report).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerRemoval)
#include "tst_server_removal.moc"
