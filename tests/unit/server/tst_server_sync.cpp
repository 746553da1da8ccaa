// GET /v1/sync in domain terms: ordered paging with an opaque cursor, visibility by membership,
// the recent window a new member receives, and cursors that must be refused.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "server/domain/cursor.h"
#include "server/domain/historyservice.h"
#include "server/domain/syncservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {
QString join(ServerFixture &f, const TestUser &user, const QString &communityId) {
    const auto r = f.mutateOne(user, QStringLiteral("membership.join"),
                               {{QStringLiteral("communityId"), communityId}});
    return r.applied() ? r.result.value(QStringLiteral("state")).toString() : r.errorCode;
}
} // namespace

class TestServerSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void pagesAreOrderedAndCoverEverythingOnce() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        for (int i = 0; i < 12; ++i)
            f.createPost(ada, community, QStringLiteral("post %1").arg(i));

        const auto all = f.page(ada, {}, 500);
        QVERIFY(all);
        QVERIFY(!all->hasMore);

        QList<Change> paged;
        QString cursor;
        int pages = 0;
        for (;;) {
            const auto p = f.page(ada, cursor, 5);
            QVERIFY(p);
            ++pages;
            QVERIFY(p->changes.size() <= 5);
            QVERIFY(!p->cursor.isEmpty());
            paged += p->changes;
            cursor = p->cursor;
            if (!p->hasMore)
                break;
            QCOMPARE(p->changes.size(), 5);
        }
        QCOMPARE(paged.size(), all->changes.size());
        QVERIFY(pages >= 3);
        QSet<qint64> seen;
        for (qsizetype i = 0; i < paged.size(); ++i) {
            QCOMPARE(paged[i].seq, all->changes[i].seq);
            QVERIFY(i == 0 || paged[i].seq > paged[i - 1].seq);
            seen.insert(paged[i].seq);
        }
        QCOMPARE(seen.size(), paged.size());
        QCOMPARE(changesOf(paged, QStringLiteral("post")).size(), 12);

        // At the head: an empty page that keeps the cursor.
        const auto end = f.page(ada, cursor, 5);
        QVERIFY(end);
        QVERIFY(end->changes.isEmpty());
        QVERIFY(!end->hasMore);
        QCOMPARE(end->cursor, cursor);

        // Only what is new comes after it.
        const QString fresh = f.createPost(ada, community, QStringLiteral("new"));
        const auto tail = f.syncAll(ada, cursor);
        QCOMPARE(changesOf(tail, QStringLiteral("post")).size(), 1);
        QCOMPARE(changesOf(tail, QStringLiteral("post")).constFirst().id, fresh);
    }

    void cursorSkipsInvisibleChanges() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        QString cursor;
        f.syncAll(bo, {}, &cursor);
        const QString secret =
            f.createCommunity(ada, QStringLiteral("secret"), QStringLiteral("invite"));
        for (int i = 0; i < 5; ++i)
            f.createPost(ada, secret);
        const auto p = f.page(bo, cursor, 50);
        QVERIFY(p);
        QVERIFY(p->changes.isEmpty());
        QVERIFY(p->cursor != cursor); // moved past what bo may not see, so it is not re-scanned
    }

    void nonMembersSeeTheListingButNotTheContent() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString open = f.createCommunity(ada, QStringLiteral("open"));
        const QString ask =
            f.createCommunity(ada, QStringLiteral("ask"), QStringLiteral("request"));
        const QString secret =
            f.createCommunity(ada, QStringLiteral("secret"), QStringLiteral("invite"));
        for (const QString &c : {open, ask, secret})
            f.createPost(ada, c);

        const auto bos = f.syncAll(bo);
        QVERIFY(!changesOf(bos, QStringLiteral("community"), open).isEmpty());
        QVERIFY(!changesOf(bos, QStringLiteral("community"), ask).isEmpty());
        QVERIFY(changesOf(bos, QStringLiteral("community"), secret).isEmpty());
        QVERIFY(changesOf(bos, QStringLiteral("post")).isEmpty());
        QVERIFY(changesOf(bos, QStringLiteral("membership")).isEmpty());
        QVERIFY(changesOf(bos, QStringLiteral("user"), ada.id).isEmpty());
        QCOMPARE(changesOf(bos, QStringLiteral("user"), bo.id).size(), 1); // their own profile

        const auto adas = f.syncAll(ada);
        QCOMPARE(changesOf(adas, QStringLiteral("post")).size(), 3);
    }

    void pendingMembersSeeTheirRequestButNotTheContent() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString ask =
            f.createCommunity(ada, QStringLiteral("ask"), QStringLiteral("request"));
        f.createPost(ada, ask);
        QCOMPARE(join(f, bo, ask), QStringLiteral("pending"));
        const auto bos = f.syncAll(bo);
        const auto mine = changesOf(bos, QStringLiteral("membership"));
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0].data.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QVERIFY(changesOf(bos, QStringLiteral("post")).isEmpty());
        // The organizer sees the request.
        const auto adas = f.syncAll(ada);
        QCOMPARE(
            changesOf(adas, QStringLiteral("membership"), ask + QLatin1Char(':') + bo.id).size(),
            1);
    }

    void joiningDeliversTheRecentWindow() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        QStringList posts;
        for (int i = 0; i < 55; ++i) {
            posts.append(f.createPost(ada, community, QStringLiteral("post %1").arg(i)));
            f.clock().advance(2); // distinct createdAt: the window is "the newest 50"
        }
        const QString commentId = ServerFixture::newId();
        QVERIFY(f.mutateOne(ada, QStringLiteral("comment.create"),
                            {{QStringLiteral("id"), commentId},
                             {QStringLiteral("postId"), posts.last()},
                             {QStringLiteral("body"), QStringLiteral("first!")}})
                    .applied());

        // Bo's client is fully synced before joining: the old rows are behind its cursor.
        QString cursor;
        f.syncAll(bo, {}, &cursor);
        QCOMPARE(join(f, bo, community), QStringLiteral("active"));
        const auto window = f.syncAll(bo, cursor);

        const auto windowPosts = changesOf(window, QStringLiteral("post"));
        QSet<QString> ids;
        for (const Change &c : windowPosts)
            ids.insert(c.id);
        QCOMPARE(ids.size(), 50);
        QVERIFY(ids.contains(posts.last()));
        QVERIFY(ids.contains(posts.at(5)));
        QVERIFY(!ids.contains(posts.at(4))); // older history is paged on demand
        QCOMPARE(changesOf(window, QStringLiteral("comment"), commentId).size(), 1);
        QVERIFY(!changesOf(window, QStringLiteral("user"), ada.id).isEmpty());
        QVERIFY(
            !changesOf(window, QStringLiteral("membership"), community + QLatin1Char(':') + ada.id)
                 .isEmpty());
        const auto communityChanges = changesOf(window, QStringLiteral("community"), community);
        QVERIFY(!communityChanges.isEmpty());
        QCOMPARE(communityChanges.last().data.value(QStringLiteral("memberCount")).toInt(), 2);

        // New posts now reach bo, and ada now sees bo's profile.
        const QString fresh = f.createPost(ada, community, QStringLiteral("welcome bo"));
        QString after;
        f.syncAll(bo, cursor, &after);
        QVERIFY(after != cursor);
        QVERIFY(!changesOf(f.syncAll(bo, cursor), QStringLiteral("post"), fresh).isEmpty());
        QVERIFY(!changesOf(f.syncAll(ada), QStringLiteral("user"), bo.id).isEmpty());
    }

    void olderHistoryIsPagedWithACompleteFlag() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        QStringList posts;
        for (int i = 0; i < 7; ++i) {
            posts.append(f.createPost(ada, community, QStringLiteral("post %1").arg(i)));
            f.clock().advance(2);
        }
        QVERIFY(f.mutateOne(ada, QStringLiteral("comment.create"),
                            {{QStringLiteral("id"), ServerFixture::newId()},
                             {QStringLiteral("postId"), posts.at(1)},
                             {QStringLiteral("body"), QStringLiteral("old thread")}})
                    .applied());
        auto &history = f.server().history();
        const auto readPage = [&](const QString &before, int limit) {
            const auto bytes = history.page(ada.id, community, before, limit);
            if (!bytes)
                qFatal("history failed: %s", qPrintable(bytes.error().message));
            return QJsonDocument::fromJson(bytes.value()).object();
        };
        const QJsonObject first = readPage({}, 4);
        QCOMPARE(first.value(QStringLiteral("complete")).toBool(), false);
        QStringList seen;
        for (const QJsonValue &c : first.value(QStringLiteral("changes")).toArray())
            if (c[QStringLiteral("type")].toString() == QStringLiteral("post"))
                seen.append(c[QStringLiteral("id")].toString());
        QCOMPARE(seen, (QStringList{posts[6], posts[5], posts[4], posts[3]}));

        const QJsonObject second = readPage(first.value(QStringLiteral("before")).toString(), 4);
        QCOMPARE(second.value(QStringLiteral("complete")).toBool(), true);
        int comments = 0;
        seen.clear();
        for (const QJsonValue &c : second.value(QStringLiteral("changes")).toArray()) {
            if (c[QStringLiteral("type")].toString() == QStringLiteral("post"))
                seen.append(c[QStringLiteral("id")].toString());
            comments += c[QStringLiteral("type")].toString() == QStringLiteral("comment");
        }
        QCOMPARE(seen, (QStringList{posts[2], posts[1], posts[0]}));
        QCOMPARE(comments, 1);

        // From a post the client holds.
        const QJsonObject fromPost = readPage(posts[2], 10);
        QCOMPARE(fromPost.value(QStringLiteral("changes")).toArray().size(),
                 3); // 2 posts + 1 comment
        QVERIFY(fromPost.value(QStringLiteral("complete")).toBool());

        const auto outsider = history.page(bo.id, community, {}, 10);
        QVERIFY(!outsider);
        QCOMPARE(outsider.error().code, QString::fromLatin1(ErrorCode::Forbidden));
        QVERIFY(!history.page(ada.id, community, QStringLiteral("garbage!"), 10));
    }

    void badCursorsAreRefused() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const QString logId = f.server().sync().logId();
        QString code;
        QVERIFY(!f.page(ada, QStringLiteral("not a cursor!"), 10, &code));
        QCOMPARE(code, QString::fromLatin1(ErrorCode::InvalidRequest));
        QString cursor;
        f.syncAll(ada, {}, &cursor);
        const hearthd::ChangeLog::Position head = f.server().changeLog().headPosition();
        QVERIFY(head.seq > 0 && !head.stamp.isEmpty());
        QCOMPARE(cursor, hearthd::Cursor::encode(logId, head));
        QVERIFY(!f.page(ada, hearthd::Cursor::encode(QStringLiteral("otherlog"), head), 10, &code));
        QCOMPARE(code, QString::fromLatin1(ErrorCode::ResyncRequired));
        QVERIFY(!f.page(ada, hearthd::Cursor::encode(logId, {999999, head.stamp}), 10, &code));
        QCOMPARE(code, QString::fromLatin1(ErrorCode::ResyncRequired));
        // The right seq of another history (a restored backup): the row there has another stamp.
        QVERIFY(!f.page(ada,
                        hearthd::Cursor::encode(logId, {head.seq, QStringLiteral("AAAAAAAAAAA")}),
                        10, &code));
        QCOMPARE(code, QString::fromLatin1(ErrorCode::ResyncRequired));
        // A cursor of the hearthd before stamps: a clean resync.
        const QByteArray v1 = "v1:" + logId.toLatin1() + ':' + QByteArray::number(head.seq);
        QVERIFY(!f.page(ada,
                        QString::fromLatin1(v1.toBase64(QByteArray::Base64UrlEncoding |
                                                        QByteArray::OmitTrailingEquals)),
                        10, &code));
        QCOMPARE(code, QString::fromLatin1(ErrorCode::ResyncRequired));
        QVERIFY(f.page(ada, cursor, 10));
        QVERIFY(!f.page(ada, {}, 0, &code));
        QCOMPARE(code, QString::fromLatin1(ErrorCode::InvalidRequest));
        QVERIFY(!f.page(ada, {}, hearthd::SyncService::MaxLimit + 1, &code));
        QCOMPARE(code, QString::fromLatin1(ErrorCode::InvalidRequest));
        QVERIFY(f.page(ada, hearthd::Cursor::encode(logId, {}), 10));
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
