// The cache's query objects alone, over a real cache file filled the way a sync fills it
// (PageBuilder pages through CacheStore::applySyncPage): feed pages by keyset in every order,
// refreshing given posts, outbox marks, threads as trees, events, members, notifications with
// their unread count, the community list with counts kept by the schema's triggers, the outbox
// and a member's profile.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "cache/communitylistquery.h"
#include "cache/eventsquery.h"
#include "cache/feedquery.h"
#include "cache/membersquery.h"
#include "cache/notificationsquery.h"
#include "cache/outboxquery.h"
#include "cache/profilequery.h"
#include "cache/threadquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::cache;
using hearth::testing::PageBuilder;

class TestCacheQueries : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;

    QSqlDatabase db() const { return m_store->readConnection(); }

    static QString postId(int i) { return QStringLiteral("p%1").arg(i, 3, 10, QLatin1Char('0')); }

    static QStringList idsOf(const QList<FeedRow> &rows) {
        QStringList ids;
        for (const FeedRow &row : rows)
            ids.append(row.id);
        return ids;
    }

    FeedQuery feed() const {
        FeedQuery q;
        q.communityId = QStringLiteral("c1");
        q.localUserId = QStringLiteral("me");
        return q;
    }

    void apply(const PageBuilder &page) {
        m_store->applySyncPage(page.build(QStringLiteral("cur-%1").arg(++m_files)));
        m_store->waitForWrites();
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(
            m_dir.filePath(QStringLiteral("queries%1.sqlite").arg(++m_files)), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Me"));
        PageBuilder page;
        page.community(QStringLiteral("c1"), QStringLiteral("Makers"))
            .community(QStringLiteral("c2"), QStringLiteral("Runners"));
        for (int i = 1; i <= 30; ++i)
            page.post(postId(i), QStringLiteral("c1"), 1000 * i, QStringLiteral("Post %1").arg(i));
        page.post(QStringLiteral("elsewhere"), QStringLiteral("c2"), 99000, QStringLiteral("x"));
        apply(page);
    }
    void cleanup() { m_store.reset(); }

    void feedPagesByKeysetWithoutGapsOrRepeats() {
        FeedQuery q = feed();
        q.limit = 12;
        QStringList seen;
        for (int page = 0; page < 5; ++page) {
            const QList<FeedRow> rows = q.run(db());
            if (rows.isEmpty())
                break;
            seen.append(idsOf(rows));
            q.after = q.positionOf(rows.constLast());
        }
        QCOMPARE(seen.size(), 30);
        QCOMPARE(seen.first(), postId(30));
        QCOMPARE(seen.last(), postId(1));
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 30);

        // upTo: the loaded range, for re-reading what a view holds.
        FeedQuery range = feed();
        range.limit = -1;
        range.upTo = FeedQuery::Position{false, 21000, postId(21)};
        QCOMPARE(range.run(db()).size(), 10);
    }

    void feedOrdersPinnedFirstAndByActivity() {
        apply(PageBuilder()
                  .pinnedPost(QStringLiteral("rules"), QStringLiteral("c1"), 5, QStringLiteral("R"))
                  .comment(QStringLiteral("k1"), postId(3), QStringLiteral("c1"),
                           QStringLiteral("bump"), QString(), 500000));
        FeedQuery q = feed();
        q.limit = 3;
        QCOMPARE(idsOf(q.run(db())),
                 (QStringList{QStringLiteral("rules"), postId(30), postId(29)}));
        q.order = FeedQuery::Order::Activity;
        QCOMPARE(idsOf(q.run(db())), (QStringList{QStringLiteral("rules"), postId(3), postId(30)}));
        QCOMPARE(q.run(db()).at(1).activityAt, 500000);
        QCOMPARE(q.run(db()).at(1).createdAt, 3000);
        QCOMPARE(q.positionOf(q.run(db()).at(1)).time, 500000);
        q.pinnedFirst = false;
        QCOMPARE(idsOf(q.run(db())), (QStringList{postId(3), postId(30), postId(29)}));
    }

    void feedRefreshesGivenPostsOnly() {
        FeedQuery q = feed();
        q.ids = QStringList{postId(7), postId(2), QStringLiteral("elsewhere"),
                            QStringLiteral("no-such-post")};
        q.limit = -1;
        // Only this community's, in feed order; the others are simply not there.
        QCOMPARE(idsOf(q.run(db())), (QStringList{postId(7), postId(2)}));
        q.ids = QStringList();
        QVERIFY(q.run(db()).isEmpty());
    }

    void feedFiltersAndCarriesReactionsAndOutboxMarks() {
        apply(PageBuilder()
                  .reaction(postId(30), QStringLiteral("c1"), QStringLiteral("u2"),
                            QStringLiteral("🔥"), 10)
                  .reaction(postId(30), QStringLiteral("c1"), QStringLiteral("me"),
                            QStringLiteral("👍"), 20)
                  .reaction(postId(30), QStringLiteral("c1"), QStringLiteral("u3"),
                            QStringLiteral("🔥"), 30));
        QList<FeedRow> rows = feed().run(db());
        QCOMPARE(rows.at(0).reactions, (QList<ReactionCount>{{QStringLiteral("🔥"), 2, false},
                                                             {QStringLiteral("👍"), 1, true}}));
        QVERIFY(rows.at(1).reactions.isEmpty());

        // A delete waiting in the outbox hides the post; a refused edit marks it failed.
        const QString del = m_store->enqueueMutation(QStringLiteral("post.delete"),
                                                     {{QStringLiteral("id"), postId(30)}});
        const QString edit = m_store->enqueueMutation(
            QStringLiteral("post.edit"), {{QStringLiteral("id"), postId(29)},
                                          {QStringLiteral("version"), 1},
                                          {QStringLiteral("title"), QStringLiteral("Mine")},
                                          {QStringLiteral("body"), QStringLiteral("b")}});
        m_store->waitForWrites();
        rows = feed().run(db());
        QCOMPARE(rows.at(0).id, postId(29));
        QCOMPARE(rows.at(0).title, QStringLiteral("Mine"));
        QVERIFY(rows.at(0).outbox.pending);
        QVERIFY(rows.at(0).edited);
        m_store->settleMutations(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("results"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("id"), edit},
                         {QStringLiteral("status"), QStringLiteral("rejected")},
                         {QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                                      {QStringLiteral("message"), QStringLiteral("Locked")}}}}}}})
                .toJson());
        m_store->discardMutation(del);
        m_store->waitForWrites();
        rows = feed().run(db());
        QCOMPARE(rows.at(0).id, postId(30)); // the discarded delete brings it back
        QCOMPARE(rows.at(1).outbox.pending, false);
        QVERIFY(rows.at(1).outbox.failed());
        QCOMPARE(rows.at(1).outbox.failedMutationId, edit);
        QCOMPARE(rows.at(1).outbox.errorString, QStringLiteral("Locked"));

        FeedQuery questions = feed();
        questions.kind = QStringLiteral("question");
        QVERIFY(questions.run(db()).isEmpty());
        FeedQuery none = feed();
        none.communityId.clear();
        QVERIFY(none.run(db()).isEmpty());
    }

    void threadIsATreeWithOrphansAtTheTop() {
        apply(PageBuilder()
                  .comment(QStringLiteral("a"), postId(1), QStringLiteral("c1"),
                           QStringLiteral("A"), QString(), 10)
                  .comment(QStringLiteral("b"), postId(1), QStringLiteral("c1"),
                           QStringLiteral("B"), QString(), 20)
                  .comment(QStringLiteral("a1"), postId(1), QStringLiteral("c1"),
                           QStringLiteral("A1"), QStringLiteral("a"), 30)
                  .comment(QStringLiteral("a1x"), postId(1), QStringLiteral("c1"),
                           QStringLiteral("A1x"), QStringLiteral("a1"), 40)
                  .comment(QStringLiteral("lost"), postId(1), QStringLiteral("c1"),
                           QStringLiteral("L"), QStringLiteral("not-cached"), 50));
        ThreadQuery q{postId(1)};
        const QList<CommentRow> rows = q.run(db());
        QStringList shape;
        for (const CommentRow &c : rows)
            shape.append(c.id + QLatin1Char('/') + QString::number(c.depth));
        QCOMPARE(shape, (QStringList{QStringLiteral("a/0"), QStringLiteral("a1/1"),
                                     QStringLiteral("a1x/2"), QStringLiteral("b/0"),
                                     QStringLiteral("lost/0")}));
        QCOMPARE(rows.at(1).parentId, QStringLiteral("a"));
        QCOMPARE(rows.at(0).authorName, QStringLiteral("Bo"));
        QVERIFY(ThreadQuery{postId(2)}.run(db()).isEmpty());
    }

    void eventsUpcomingAndPastWithMyAnswer() {
        const qint64 now = 1800000000000;
        apply(PageBuilder()
                  .membership(QStringLiteral("c1"), QStringLiteral("me"))
                  .event(QStringLiteral("soon"), QStringLiteral("c1"), QStringLiteral("Soon"),
                         now + 3600000, 3, 8)
                  .event(QStringLiteral("later"), QStringLiteral("c1"), QStringLiteral("Later"),
                         now + 7200000)
                  .event(QStringLiteral("over"), QStringLiteral("c1"), QStringLiteral("Over"),
                         now - 7200000)
                  .event(QStringLiteral("theirs"), QStringLiteral("c2"), QStringLiteral("Theirs"),
                         now + 60000)
                  .rsvp(QStringLiteral("soon"), QStringLiteral("c1"), QStringLiteral("me"),
                        QStringLiteral("going")));
        EventsQuery q;
        q.localUserId = QStringLiteral("me");
        q.nowMs = now;
        QList<EventRow> rows = q.run(db()); // every community I am active in: c1 only
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, QStringLiteral("soon"));
        QCOMPARE(rows.at(0).myRsvp, QStringLiteral("going"));
        QCOMPARE(rows.at(0).goingCount, 3);
        QCOMPARE(rows.at(0).capacity, 8);
        QCOMPARE(rows.at(1).myRsvp, QString());
        q.communityId = QStringLiteral("c2");
        QCOMPARE(q.run(db()).size(), 1);
        q.communityId = QStringLiteral("c1");
        q.when = EventsQuery::When::Past;
        rows = q.run(db());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).id, QStringLiteral("over"));
    }

    void membersByRoleThenNameAndInactiveOnRequest() {
        hearth::protocol::Membership request;
        request.communityId = QStringLiteral("c1");
        request.userId = QStringLiteral("u-asking");
        request.state = QStringLiteral("pending");
        hearth::protocol::SyncPage asking;
        asking.cursor = QStringLiteral("cur-asking");
        asking.changes.append({50, QStringLiteral("membership"), QStringLiteral("upsert"),
                               request.id(), request.communityId, request.toJson()});
        m_store->applySyncPage(asking.toJson());
        apply(PageBuilder()
                  .user(QStringLiteral("u-b"), QStringLiteral("bea"), QStringLiteral("weaver"))
                  .user(QStringLiteral("u-a"), QStringLiteral("ari"), QStringLiteral("potter"))
                  .membership(QStringLiteral("c1"), QStringLiteral("u-b"))
                  .membership(QStringLiteral("c1"), QStringLiteral("u-a"))
                  .membership(QStringLiteral("c1"), QStringLiteral("u-z"),
                              QStringLiteral("moderator")));
        MembersQuery q{QStringLiteral("c1")};
        const QList<MemberRow> rows = q.run(db());
        QStringList names;
        for (const MemberRow &m : rows)
            names.append(m.displayName + QLatin1Char('/') + m.role);
        // A member whose profile is not cached yet has no name: sorted by id, shown nameless.
        QCOMPARE(names, (QStringList{QStringLiteral("/moderator"), QStringLiteral("ari/member"),
                                     QStringLiteral("bea/member")}));
        QCOMPARE(rows.at(1).bio, QStringLiteral("potter"));
        QCOMPARE(rows.at(1).state, QStringLiteral("active"));
        QVERIFY(MembersQuery{QStringLiteral("c2")}.run(db()).isEmpty());
        const QList<MemberRow> all = MembersQuery{QStringLiteral("c1"), true}.run(db());
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).userId, QStringLiteral("u-z"));
        QCOMPARE(all.at(3).userId, QStringLiteral("u-asking"));
        QCOMPARE(all.at(3).state, QStringLiteral("pending"));
    }

    void notificationsPageNewestFirstAndCountUnread() {
        PageBuilder page;
        for (int i = 1; i <= 7; ++i)
            page.notification(QStringLiteral("n%1").arg(i), QStringLiteral("c1"), 100 * i,
                              QStringLiteral("reply"), i % 3 == 0 ? 5 : 0);
        apply(page);
        QCOMPARE(NotificationsQuery::unreadCount(db()), 5);
        NotificationsQuery q;
        q.limit = 3;
        QList<NotificationRow> rows = q.run(db());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).id, QStringLiteral("n7"));
        QCOMPARE(rows.at(1).read, true);
        QCOMPARE(rows.at(0).text, QStringLiteral("About n7"));
        q.after = NotificationsQuery::Position{rows.last().createdAt, rows.last().id};
        rows = q.run(db());
        QCOMPARE(rows.at(0).id, QStringLiteral("n4"));
        NotificationsQuery unread;
        unread.unreadOnly = true;
        unread.limit = -1;
        QCOMPARE(unread.run(db()).size(), 5);
        unread.upTo = NotificationsQuery::Position{400, QStringLiteral("n4")};
        QCOMPARE(unread.run(db()).size(), 3); // n7, n5, n4
    }

    void communityListCountsPostsAndUnreadWithoutCounting() {
        CommunityListQuery q{QStringLiteral("me")};
        auto row = [&](const QString &id) {
            for (const CommunityRow &c : q.run(db()))
                if (c.id == id)
                    return c;
            return CommunityRow();
        };
        QCOMPARE(row(QStringLiteral("c1")).postCount, 30);
        QCOMPARE(row(QStringLiteral("c1")).unreadCount, 30);
        QCOMPARE(row(QStringLiteral("c2")).postCount, 1);

        // Read up to now; then a post of mine does not count as unread, someone else's does; a
        // delete and a purge take theirs away.
        m_store->markCommunityRead(QStringLiteral("c1"));
        m_store->waitForWrites();
        QCOMPARE(row(QStringLiteral("c1")).unreadCount, 0);
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 60000;
        hearth::protocol::Post mine;
        mine.id = QStringLiteral("mine");
        mine.communityId = QStringLiteral("c1");
        mine.authorId = QStringLiteral("me");
        mine.createdAt = later;
        hearth::protocol::SyncPage page;
        page.cursor = QStringLiteral("cur-mine");
        page.changes.append({100, QStringLiteral("post"), QStringLiteral("upsert"), mine.id,
                             mine.communityId, mine.toJson()});
        m_store->applySyncPage(page.toJson());
        apply(PageBuilder().post(QStringLiteral("theirs"), QStringLiteral("c1"), later,
                                 QStringLiteral("News")));
        QCOMPARE(row(QStringLiteral("c1")).postCount, 32);
        QCOMPARE(row(QStringLiteral("c1")).unreadCount, 1);
        apply(PageBuilder().remove(QStringLiteral("post"), QStringLiteral("theirs"),
                                   QStringLiteral("c1")));
        QCOMPARE(row(QStringLiteral("c1")).postCount, 31);
        QCOMPARE(row(QStringLiteral("c1")).unreadCount, 0);
        apply(PageBuilder().purge(QStringLiteral("c2")));
        QCOMPARE(row(QStringLiteral("c2")).id, QString());

        // Joined only: where my membership is active or pending.
        q.joinedOnly = true;
        QVERIFY(q.run(db()).isEmpty());
        apply(PageBuilder().membership(QStringLiteral("c1"), QStringLiteral("me")));
        QCOMPARE(q.run(db()).size(), 1);
        QCOMPARE(q.run(db()).at(0).myRole, QStringLiteral("member"));
        QCOMPARE(q.run(db()).at(0).membershipState, QStringLiteral("active"));
    }

    void outboxInOrderByState() {
        const QString a = m_store->enqueueMutation(
            QStringLiteral("post.pin"),
            {{QStringLiteral("id"), postId(1)}, {QStringLiteral("pinned"), true}});
        const QString b = m_store->enqueueMutation(QStringLiteral("post.delete"),
                                                   {{QStringLiteral("id"), postId(2)}});
        m_store->waitForWrites();
        m_store->settleMutations(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("results"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("id"), a},
                         {QStringLiteral("status"), QStringLiteral("rejected")},
                         {QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                                      {QStringLiteral("message"), QStringLiteral("No")}}}}}}})
                .toJson());
        m_store->waitForWrites();
        const QList<OutboxEntry> all = OutboxQuery().run(db());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, a);
        QCOMPARE(all.at(0).state, QStringLiteral("failed"));
        QCOMPARE(all.at(0).errorCode, QStringLiteral("forbidden"));
        QCOMPARE(all.at(0).args.value(QStringLiteral("pinned")).toBool(), true);
        QCOMPARE(all.at(1).id, b);
        QCOMPARE(all.at(1).targetId, postId(2));
        QCOMPARE(OutboxQuery{QStringLiteral("pending")}.run(db()).size(), 1);
        QCOMPARE(OutboxQuery::count(db(), QStringLiteral("failed")), 1);
        QCOMPARE(OutboxQuery::count(db(), QString()), 2);
    }

    void profileWithTheCommunitiesWeShare() {
        apply(PageBuilder()
                  .user(QStringLiteral("u-amy"), QStringLiteral("amy"), QStringLiteral("potter"),
                        {QStringLiteral("ceramics")},
                        QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Jar")}}})
                  .membership(QStringLiteral("c1"), QStringLiteral("me"))
                  .membership(QStringLiteral("c1"), QStringLiteral("u-amy"),
                              QStringLiteral("moderator"))
                  .membership(QStringLiteral("c2"), QStringLiteral("u-amy")));
        const ProfileQuery amy{QStringLiteral("u-amy"), QStringLiteral("me")};
        const auto profile = amy.run(db());
        QVERIFY(profile);
        QCOMPARE(profile->handle, QStringLiteral("amy"));
        QCOMPARE(profile->displayName, QStringLiteral("amy"));
        QCOMPARE(profile->interests, QStringList{QStringLiteral("ceramics")});
        QCOMPARE(profile->showcase.size(), 1);
        QCOMPARE(profile->communities.size(), 1); // c2 is hers alone
        QCOMPARE(profile->communities.at(0).name, QStringLiteral("Makers"));
        QCOMPARE(profile->communities.at(0).role, QStringLiteral("moderator"));
        const ProfileQuery nobody{QStringLiteral("nobody"), QStringLiteral("me")};
        QVERIFY(!nobody.run(db()));
    }
};

QTEST_GUILESS_MAIN(TestCacheQueries)
#include "tst_cachequeries.moc"
