// Reactions: one per member x target x emoji, on posts and comments, as other members see them in
// sync; setting and clearing are idempotent so the last writer wins; only active members react.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "protocol/entities.h"
#include "server/domain/historyservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {

const QString code(const char *c) {
    return QString::fromLatin1(c);
}

QJsonObject on(const QString &type, const QString &id, const QString &emoji) {
    return {{QStringLiteral("targetType"), type},
            {QStringLiteral("targetId"), id},
            {QStringLiteral("emoji"), emoji}};
}

// What a client holds after applying `changes`: reaction id -> present, from upserts and deletes.
QMap<QString, Change> applied(const QList<Change> &changes) {
    QMap<QString, Change> held;
    for (const Change &c : changesOf(changes, QStringLiteral("reaction"))) {
        if (c.op == QStringLiteral("upsert"))
            held.insert(c.id, c);
        else if (c.op == QStringLiteral("delete"))
            held.remove(c.id);
    }
    return held;
}

// How many reactions with `emoji` a client holds for `targetId`: the count it shows.
int count(const QMap<QString, Change> &held, const QString &targetId, const QString &emoji) {
    int n = 0;
    for (const Change &c : held) {
        if (c.data.value(QStringLiteral("targetId")).toString() == targetId &&
            c.data.value(QStringLiteral("emoji")).toString() == emoji)
            ++n;
    }
    return n;
}

struct Cast {
    ServerFixture f;
    TestUser ada, bo, cy;
    QString community, post, comment;

    Cast() {
        ada = f.registerUser(QStringLiteral("ada"));
        bo = f.registerUser(QStringLiteral("bo"));
        cy = f.registerUser(QStringLiteral("cy"));
        community = f.createCommunity(ada, QStringLiteral("potters"));
        f.mutateOne(bo, QStringLiteral("membership.join"),
                    {{QStringLiteral("communityId"), community}});
        post = f.createPost(ada, community);
        comment = ServerFixture::newId();
        const auto r = f.mutateOne(bo, QStringLiteral("comment.create"),
                                   {{QStringLiteral("id"), comment},
                                    {QStringLiteral("postId"), post},
                                    {QStringLiteral("body"), QStringLiteral("lovely glaze")}});
        if (!r.applied())
            qFatal("comment.create failed: %s", qPrintable(r.errorMessage));
    }
};

} // namespace

class TestServerReactions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void membersSeeCountsOnPostsAndComments() {
        Cast c;
        const QString heart = QStringLiteral("❤️");
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("reaction.set"),
                              on(QStringLiteral("post"), c.post, heart))
                    .applied());
        const auto r = c.f.mutateOne(c.bo, QStringLiteral("reaction.set"),
                                     on(QStringLiteral("post"), c.post, heart));
        QVERIFY2(r.applied(), qPrintable(r.errorMessage));
        QCOMPARE(r.result.value(QStringLiteral("id")).toString(), QStringLiteral("post:") + c.post +
                                                                      QLatin1Char(':') + c.bo.id +
                                                                      QLatin1Char(':') + heart);
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("reaction.set"),
                              on(QStringLiteral("comment"), c.comment, QStringLiteral("👍")))
                    .applied());

        const auto held = applied(c.f.syncAll(c.bo));
        QCOMPARE(count(held, c.post, heart), 2);
        QCOMPARE(count(held, c.comment, QStringLiteral("👍")), 1);
        const Change onComment = *std::find_if(held.cbegin(), held.cend(), [&](const Change &ch) {
            return ch.data.value(QStringLiteral("targetId")).toString() == c.comment;
        });
        QCOMPARE(onComment.data.value(QStringLiteral("targetType")).toString(),
                 QStringLiteral("comment"));
        QCOMPARE(onComment.data.value(QStringLiteral("postId")).toString(), c.post);
        QCOMPARE(onComment.data.value(QStringLiteral("userId")).toString(), c.ada.id);
        QCOMPARE(onComment.community, c.community);
        QString error;
        QVERIFY2(Reaction::fromJson(onComment.data, &error), qPrintable(error));

        // Somebody outside the community sees none of it.
        QVERIFY(applied(c.f.syncAll(c.cy)).isEmpty());
    }

    void settingTwiceAndClearingAreIdempotentSoTheLastWriterWins() {
        Cast c;
        const QJsonObject fire = on(QStringLiteral("post"), c.post, QStringLiteral("🔥"));
        QString cursor;
        c.f.syncAll(c.ada, {}, &cursor);
        // Two devices of bo's, in the order they reach the server: set, set, clear, set.
        const auto results =
            c.f.mutate(c.bo, {ServerFixture::mutation(QStringLiteral("reaction.set"), fire),
                              ServerFixture::mutation(QStringLiteral("reaction.set"), fire)});
        QVERIFY(results[0].applied() && results[1].applied());
        const auto afterTwoSets = c.f.syncAll(c.ada, cursor);
        QCOMPARE(changesOf(afterTwoSets, QStringLiteral("reaction")).size(), 1);

        const auto cleared =
            c.f.mutate(c.bo, {ServerFixture::mutation(QStringLiteral("reaction.clear"), fire)},
                       QStringLiteral("client-2"));
        QCOMPARE(cleared[0].result.value(QStringLiteral("state")).toString(),
                 QStringLiteral("cleared"));
        QCOMPARE(count(applied(c.f.syncAll(c.ada)), c.post, QStringLiteral("🔥")), 0);
        QVERIFY(c.f.mutateOne(c.bo, QStringLiteral("reaction.clear"), fire).applied()); // no-op
        QVERIFY(c.f.mutateOne(c.bo, QStringLiteral("reaction.set"), fire).applied());
        QCOMPARE(count(applied(c.f.syncAll(c.ada)), c.post, QStringLiteral("🔥")), 1);
    }

    void onlyActiveMembersReactToLiveTargets() {
        Cast c;
        const QJsonObject star = on(QStringLiteral("post"), c.post, QStringLiteral("⭐"));
        QCOMPARE(c.f.mutateOne(c.cy, QStringLiteral("reaction.set"), star).errorCode,
                 code(ErrorCode::Forbidden));
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("reaction.set"),
                               on(QStringLiteral("post"), c.comment, QStringLiteral("⭐")))
                     .errorCode,
                 code(ErrorCode::NotFound));
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("reaction.set"),
                               on(QStringLiteral("poll"), c.post, QStringLiteral("⭐")))
                     .errorCode,
                 code(ErrorCode::InvalidRequest));
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("reaction.set"),
                               on(QStringLiteral("post"), c.post, QStringLiteral("a b")))
                     .errorCode,
                 code(ErrorCode::InvalidRequest));
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("reaction.set"),
                               on(QStringLiteral("post"), c.post, QString(17, QLatin1Char('x'))))
                     .errorCode,
                 code(ErrorCode::InvalidRequest));
        QJsonObject extra = star;
        extra.insert(QStringLiteral("count"), 3);
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("reaction.set"), extra).errorCode,
                 code(ErrorCode::InvalidRequest));

        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("membership.ban"),
                              {{QStringLiteral("communityId"), c.community},
                               {QStringLiteral("userId"), c.bo.id}})
                    .applied());
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("reaction.set"), star).errorCode,
                 code(ErrorCode::Forbidden));
        QVERIFY(
            c.f.mutateOne(c.ada, QStringLiteral("post.delete"), {{QStringLiteral("id"), c.post}})
                .applied());
        QCOMPARE(c.f.mutateOne(c.ada, QStringLiteral("reaction.set"), star).errorCode,
                 code(ErrorCode::NotFound));
    }

    void aNewMemberReceivesReactionsInTheJoinWindowAndHistory() {
        Cast c;
        QVERIFY(c.f.mutateOne(c.bo, QStringLiteral("reaction.set"),
                              on(QStringLiteral("comment"), c.comment, QStringLiteral("👏")))
                    .applied());
        QString cursor;
        c.f.syncAll(c.cy, {}, &cursor);
        QVERIFY(c.f.mutateOne(c.cy, QStringLiteral("membership.join"),
                              {{QStringLiteral("communityId"), c.community}})
                    .applied());
        QCOMPARE(count(applied(c.f.syncAll(c.cy, cursor)), c.comment, QStringLiteral("👏")), 1);

        const auto history = c.f.server().history().page(c.cy.id, c.community, {}, 50);
        QVERIFY(history.ok());
        QList<Change> copies;
        for (const QJsonValue &v : QJsonDocument::fromJson(history.value())
                                       .object()
                                       .value(QStringLiteral("changes"))
                                       .toArray()) {
            QString error;
            const auto change = Change::fromJson(v.toObject(), &error);
            QVERIFY2(change, qPrintable(error));
            copies.append(*change);
        }
        QCOMPARE(count(applied(copies), c.comment, QStringLiteral("👏")), 1);
    }

    void aPostAndACommentWithTheSameIdKeepTheirOwnReactions() {
        Cast c;
        // Ids are made by clients: cy founds another community where bo is a member too, and
        // posts there under the id of bo's comment in ada's community.
        const QString other = c.f.createCommunity(c.cy, QStringLiteral("other"));
        QVERIFY(c.f.mutateOne(c.bo, QStringLiteral("membership.join"),
                              {{QStringLiteral("communityId"), other}})
                    .applied());
        QVERIFY(c.f.mutateOne(c.cy, QStringLiteral("post.create"),
                              {{QStringLiteral("id"), c.comment},
                               {QStringLiteral("communityId"), other},
                               {QStringLiteral("body"), QStringLiteral("same id")}})
                    .applied());
        const QString thumbs = QStringLiteral("👍");
        const QJsonObject onComment = on(QStringLiteral("comment"), c.comment, thumbs);
        const QJsonObject onPost = on(QStringLiteral("post"), c.comment, thumbs);
        const auto first = c.f.mutateOne(c.bo, QStringLiteral("reaction.set"), onComment);
        const auto second = c.f.mutateOne(c.bo, QStringLiteral("reaction.set"), onPost);
        QVERIFY(first.applied() && second.applied());
        QVERIFY(first.result.value(QStringLiteral("id")) !=
                second.result.value(QStringLiteral("id")));
        // Each community sees the reaction to its own object.
        QCOMPARE(count(applied(c.f.syncAll(c.ada)), c.comment, thumbs), 1);
        QCOMPARE(count(applied(c.f.syncAll(c.cy)), c.comment, thumbs), 1);

        // Clearing the reaction to cy's post leaves the one to the comment in ada's community.
        QVERIFY(c.f.mutateOne(c.bo, QStringLiteral("reaction.clear"), onPost).applied());
        QCOMPARE(count(applied(c.f.syncAll(c.cy)), c.comment, thumbs), 0);
        QCOMPARE(count(applied(c.f.syncAll(c.ada)), c.comment, thumbs), 1);
        const auto history = c.f.server().history().page(c.ada.id, c.community, {}, 50);
        QVERIFY(history.ok());
        QVERIFY(history.value().contains(thumbs.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestServerReactions)
#include "tst_server_reactions.moc"
