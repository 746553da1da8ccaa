// comment.edit and comment.delete as a member's client meets them: versions and conflicts like
// post.edit's, only the author edits, the author or an organizer deletes (the organizer's
// delete audited), a delete beats an edit, a locked thread takes edits from organizers only,
// and a replayed conflict answers with the comment as it is now. What removed or edited-away
// text leaves on the wire is tst_server_removal's; who may do what, tst_server_matrix's.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "server/domain/auditlog.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {

QString code(const char *c) {
    return QString::fromLatin1(c);
}

// ada owns a public community where bo is a member; ada wrote a post that bo commented on.
struct Thread {
    ServerFixture f;
    TestUser ada, bo;
    QString community, post, comment;

    Thread() {
        ada = f.registerUser(QStringLiteral("ada"));
        bo = f.registerUser(QStringLiteral("bo"));
        community = f.createCommunity(ada, QStringLiteral("potters"));
        if (!f.mutateOne(bo, QStringLiteral("membership.join"),
                         {{QStringLiteral("communityId"), community}})
                 .applied())
            qFatal("bo could not join");
        post = f.createPost(ada, community, QStringLiteral("Which cone?"));
        comment = f.createComment(bo, post, QStringLiteral("Cone 6"));
    }

    static Mutation edit(const QString &id, int version, const QString &body) {
        return ServerFixture::mutation(QStringLiteral("comment.edit"),
                                       {{QStringLiteral("id"), id},
                                        {QStringLiteral("version"), version},
                                        {QStringLiteral("body"), body}});
    }
    MutationResult edit(const TestUser &u, int version, const QString &body) {
        return f.mutate(u, {edit(comment, version, body)}).constFirst();
    }
    MutationResult remove(const TestUser &u, const QString &id) {
        return f.mutateOne(u, QStringLiteral("comment.delete"), {{QStringLiteral("id"), id}});
    }

    // The comment as a member's client holds it after syncing from scratch (empty: dropped).
    QJsonObject held(const QString &id) {
        QJsonObject latest;
        for (const Change &c : changesOf(f.syncAll(ada), QStringLiteral("comment"), id))
            latest = c.op == QLatin1StringView("upsert") ? c.data : QJsonObject();
        return latest;
    }

    int commentCount() {
        const auto posts = changesOf(f.syncAll(ada), QStringLiteral("post"), post);
        return posts.last().data.value(QStringLiteral("commentCount")).toInt();
    }

    qint64 head() {
        return hearthd::Query(f.server().database().connection(),
                              QStringLiteral("SELECT MAX(seq) FROM change_log"))
            .scalar();
    }

    QStringList auditActions() {
        const auto page = f.server().audit().page(ada.id, community, 50);
        QStringList out;
        for (const QJsonValue &e :
             QJsonDocument::fromJson(page.value()).object()[QStringLiteral("entries")].toArray())
            out.append(e[QStringLiteral("action")].toString() + QLatin1Char(' ') +
                       e[QStringLiteral("targetId")].toString());
        return out;
    }
};

} // namespace

class TestServerComments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void anEditReplacesTheBodyAndCountsTheVersion() {
        Thread t;
        QCOMPARE(t.held(t.comment).value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(t.held(t.comment).value(QStringLiteral("editedAt")).toDouble(), 0.0);
        t.f.clock().advance(60000);
        const auto r = t.edit(t.bo, 1, QStringLiteral("Cone 6, in oxidation"));
        QVERIFY2(r.applied(), qPrintable(r.errorMessage));
        QCOMPARE(r.result,
                 (QJsonObject{{QStringLiteral("id"), t.comment}, {QStringLiteral("version"), 2}}));
        const QJsonObject held = t.held(t.comment);
        QCOMPARE(held.value(QStringLiteral("body")).toString(),
                 QStringLiteral("Cone 6, in oxidation"));
        QCOMPARE(held.value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(held.value(QStringLiteral("editedAt")).toDouble() >
                held.value(QStringLiteral("createdAt")).toDouble());
        QVERIFY(t.edit(t.bo, 2, QStringLiteral("Cone 5 after all")).applied());
        QCOMPARE(t.held(t.comment).value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(t.commentCount(), 1); // an edit is no new comment
    }

    void aStaleEditIsAConflictCarryingTheCurrentComment() {
        Thread t;
        QVERIFY(t.edit(t.bo, 1, QStringLiteral("from the laptop")).applied());
        const qint64 head = t.head();
        const Mutation fromPhone = Thread::edit(t.comment, 1, QStringLiteral("from the phone"));
        const auto stale = t.f.mutate(t.bo, {fromPhone}, QStringLiteral("phone")).constFirst();
        QCOMPARE(stale.status, QStringLiteral("conflict"));
        QCOMPARE(stale.errorCode, code(ErrorCode::Conflict));
        QCOMPARE(stale.current.value(QStringLiteral("id")).toString(), t.comment);
        QCOMPARE(stale.current.value(QStringLiteral("body")).toString(),
                 QStringLiteral("from the laptop"));
        QCOMPARE(stale.current.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(t.head(), head); // nothing was logged
        QCOMPARE(t.held(t.comment).value(QStringLiteral("body")).toString(),
                 QStringLiteral("from the laptop"));

        // The phone resends it (it never saw the answer) after another edit: still a conflict,
        // with the comment as it is now.
        QVERIFY(t.edit(t.bo, 2, QStringLiteral("from the laptop, again")).applied());
        const auto replay = t.f.mutate(t.bo, {fromPhone}, QStringLiteral("phone")).constFirst();
        QCOMPARE(replay.status, QStringLiteral("conflict"));
        QCOMPARE(replay.current.value(QStringLiteral("body")).toString(),
                 QStringLiteral("from the laptop, again"));
        QCOMPARE(replay.current.value(QStringLiteral("version")).toInt(), 3);
    }

    // Ids are made by clients, so a post may carry a comment's id: a replayed conflict on the
    // comment still answers with the comment.
    void aReplayedConflictNamesTheCommentNotAPostOfTheSameId() {
        Thread t;
        QVERIFY(t.f.mutateOne(t.ada, QStringLiteral("post.create"),
                              {{QStringLiteral("id"), t.comment},
                               {QStringLiteral("communityId"), t.community},
                               {QStringLiteral("body"), QStringLiteral("a post, same id")}})
                    .applied());
        QVERIFY(t.edit(t.bo, 1, QStringLiteral("edited comment")).applied());
        const Mutation stale = Thread::edit(t.comment, 1, QStringLiteral("stale"));
        QCOMPARE(t.f.mutate(t.bo, {stale}, QStringLiteral("phone")).constFirst().status,
                 QStringLiteral("conflict"));
        const auto replay = t.f.mutate(t.bo, {stale}, QStringLiteral("phone")).constFirst();
        QCOMPARE(replay.status, QStringLiteral("conflict"));
        QCOMPARE(replay.current.value(QStringLiteral("body")).toString(),
                 QStringLiteral("edited comment"));
        QCOMPARE(replay.current.value(QStringLiteral("postId")).toString(), t.post);
        // Once the comment is gone, the replay carries nothing of it.
        QVERIFY(t.remove(t.bo, t.comment).applied());
        const auto gone = t.f.mutate(t.bo, {stale}, QStringLiteral("phone")).constFirst();
        QCOMPARE(gone.status, QStringLiteral("conflict"));
        QVERIFY(gone.current.isEmpty());
    }

    void onlyTheAuthorEdits() {
        Thread t;
        const qint64 head = t.head();
        const auto r = t.edit(t.ada, 1, QStringLiteral("the owner rewrites"));
        QCOMPARE(r.errorCode, code(ErrorCode::Forbidden));
        QCOMPARE(r.errorMessage, QStringLiteral("only the author can edit a comment"));
        QCOMPARE(t.head(), head);
        QCOMPARE(t.held(t.comment).value(QStringLiteral("body")).toString(),
                 QStringLiteral("Cone 6"));
        // Nor after leaving: an author is edited by no one once they are not a member.
        QVERIFY(t.f.mutateOne(t.bo, QStringLiteral("membership.leave"),
                              {{QStringLiteral("communityId"), t.community}})
                    .applied());
        QCOMPARE(t.edit(t.bo, 1, QStringLiteral("from outside")).errorCode,
                 code(ErrorCode::Forbidden));
    }

    void aDeleteBeatsAnEditAndIsFinal() {
        Thread t;
        QString cursor;
        t.f.syncAll(t.ada, {}, &cursor);
        const auto deleted = t.remove(t.bo, t.comment);
        QVERIFY(deleted.applied());
        QCOMPARE(deleted.result, (QJsonObject{{QStringLiteral("id"), t.comment}}));
        // Members are told to drop it, and the post's count follows.
        const auto tail = t.f.syncAll(t.ada, cursor);
        const auto rows = changesOf(tail, QStringLiteral("comment"), t.comment);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].op, QStringLiteral("delete"));
        QVERIFY(rows[0].data.isEmpty());
        QCOMPARE(t.commentCount(), 0);

        const auto late = t.edit(t.bo, 1, QStringLiteral("too late"));
        QCOMPARE(late.status, QStringLiteral("rejected"));
        QCOMPARE(late.errorCode, code(ErrorCode::NotFound));
        // Deleting again is applied and changes nothing.
        const qint64 head = t.head();
        QVERIFY(t.remove(t.bo, t.comment).applied());
        QCOMPARE(t.head(), head);
        QCOMPARE(t.commentCount(), 0);
        // The author's own delete is no moderation: nothing audited.
        QVERIFY(t.auditActions().isEmpty());
        QCOMPARE(t.remove(t.bo, ServerFixture::newId()).errorCode, code(ErrorCode::NotFound));
    }

    void aDeletedPostTakesItsCommentsOutOfReach() {
        Thread t;
        QVERIFY(
            t.f.mutateOne(t.ada, QStringLiteral("post.delete"), {{QStringLiteral("id"), t.post}})
                .applied());
        QCOMPARE(t.edit(t.bo, 1, QStringLiteral("after the post went")).errorCode,
                 code(ErrorCode::NotFound));
        // Already gone with its post: applied, and nothing logged.
        const qint64 head = t.head();
        QVERIFY(t.remove(t.bo, t.comment).applied());
        QCOMPARE(t.head(), head);
    }

    void anOrganizersDeleteIsAuditedModeration() {
        Thread t;
        const QString reply = ServerFixture::newId();
        QVERIFY(t.f.mutateOne(t.ada, QStringLiteral("comment.create"),
                              {{QStringLiteral("id"), reply},
                               {QStringLiteral("postId"), t.post},
                               {QStringLiteral("parentId"), t.comment},
                               {QStringLiteral("body"), QStringLiteral("Thanks!")}})
                    .applied());
        // A member may not take down someone else's words.
        QCOMPARE(t.remove(t.bo, reply).errorCode, code(ErrorCode::Forbidden));
        QVERIFY(t.remove(t.ada, t.comment).applied());
        QCOMPARE(t.auditActions(), QStringList{QStringLiteral("comment.delete ") + t.comment});
        QVERIFY(t.held(t.comment).isEmpty());
        // The reply to it stays, still naming its parent (clients show it at the top level).
        QCOMPARE(t.held(reply).value(QStringLiteral("parentId")).toString(), t.comment);
        QCOMPARE(t.commentCount(), 1);
    }

    void aLockedThreadTakesEditsFromOrganizersOnly() {
        Thread t;
        const QString adas = t.f.createComment(t.ada, t.post, QStringLiteral("Locking soon"));
        QVERIFY(t.f.mutateOne(t.ada, QStringLiteral("post.lock"), {{QStringLiteral("id"), t.post}})
                    .applied());
        const auto refused = t.edit(t.bo, 1, QStringLiteral("one more thing"));
        QCOMPARE(refused.errorCode, code(ErrorCode::Forbidden));
        QCOMPARE(refused.errorMessage, QStringLiteral("the post is locked"));
        QVERIFY(t.f.mutate(t.ada, {Thread::edit(adas, 1, QStringLiteral("Locked."))})
                    .constFirst()
                    .applied());
        // Taking one's own words down is still allowed.
        QVERIFY(t.remove(t.bo, t.comment).applied());
        QVERIFY(t.held(t.comment).isEmpty());
    }

    void editsNotifyNobodyNew() {
        Thread t;
        const TestUser cy = t.f.registerUser(QStringLiteral("cy"));
        QVERIFY(t.f.mutateOne(cy, QStringLiteral("membership.join"),
                              {{QStringLiteral("communityId"), t.community}})
                    .applied());
        QVERIFY(t.edit(t.bo, 1, QStringLiteral("Cone 6, ask @cy")).applied());
        QVERIFY(changesOf(t.f.syncAll(cy), QStringLiteral("notification")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerComments)
#include "tst_server_comments.moc"
