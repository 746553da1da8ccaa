// CacheActions over a real cache: each action queues its mutation through the outbox with the
// args net/protocol's struct writes (read back here with the same struct), reads what it needs
// from the cache (a post's version, whether my reaction exists, the event, an unread
// notification), and queues nothing when there is nothing to act on.

#include "pagebuilder.h"

#include "cache/cacheactions.h"
#include "cache/cachestore.h"
#include "cache/outboxquery.h"

#include "protocol/entities.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using cache::CacheActions;
using cache::CacheStore;
using cache::OutboxEntry;
using testing::PageBuilder;

class TestCacheActions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;

    // The last outbox entry, read back with the args struct of `Args`.
    template<typename Args> Args lastQueued(const QString &entryId) {
        m_store->waitForWrites();
        const QList<OutboxEntry> all = cache::OutboxQuery().run(m_store->readConnection());
        const auto it = std::find_if(all.cbegin(), all.cend(),
                                     [&](const OutboxEntry &e) { return e.id == entryId; });
        if (it == all.cend()) {
            qWarning() << "no outbox entry" << entryId;
            return {};
        }
        if (it->name != QLatin1StringView(Args::Name))
            qWarning() << "queued" << it->name << "not" << Args::Name;
        QString error;
        const auto args = Args::fromJson(it->args, &error, protocol::ArgsCheck::Shape);
        if (!args)
            qWarning() << error;
        return args.value_or(Args());
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(
            m_dir.filePath(QStringLiteral("actions%1.sqlite").arg(++m_files)), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Me"));
        m_store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000, QStringLiteral("First"))
                .comment(QStringLiteral("k1"), QStringLiteral("p1"), QStringLiteral("c1"),
                         QStringLiteral("a reply"))
                .event(QStringLiteral("e1"), QStringLiteral("c1"), QStringLiteral("Raku"),
                       QDateTime::currentMSecsSinceEpoch() + 3600000)
                .notification(QStringLiteral("n1"), QStringLiteral("c1"), 5)
                .notification(QStringLiteral("n2"), QStringLiteral("c1"), 6,
                              QStringLiteral("reply"), 9)
                .reaction(QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("me"),
                          QStringLiteral("🔥"))
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void postsAreWrittenWithTheirStructs() {
        CacheActions actions(m_store.get());
        protocol::PostCreateArgs create;
        create.communityId = QStringLiteral("c1");
        create.title = QStringLiteral("Kiln?");
        create.body = QStringLiteral("Which cone?");
        create.kind.clear();
        const QString postId = actions.createPost(create);
        QVERIFY(!postId.isEmpty());
        m_store->waitForWrites();
        const auto created =
            lastQueued<protocol::PostCreateArgs>(m_store->pendingMutations(1).value(0).id);
        QCOMPARE(created.id, postId);
        QCOMPARE(created.kind, QStringLiteral("discussion"));
        QCOMPARE(created.title, QStringLiteral("Kiln?"));

        // The edit carries the cached version.
        const auto edit = lastQueued<protocol::PostEditArgs>(
            actions.editPost(QStringLiteral("p1"), QStringLiteral("T"), QStringLiteral("B")));
        QCOMPARE(edit.id, QStringLiteral("p1"));
        QCOMPARE(edit.version, 1);
        QCOMPARE(edit.title, std::optional<QString>(QStringLiteral("T")));
        QCOMPARE(actions.editPost(QStringLiteral("not-cached"), {}, {}), QString());

        QCOMPARE(
            lastQueued<protocol::PostPinArgs>(actions.pinPost(QStringLiteral("p1"), true)).pinned,
            true);
        QCOMPARE(lastQueued<protocol::PostLockArgs>(actions.lockPost(QStringLiteral("p1"), false))
                     .locked,
                 false);
        QCOMPARE(lastQueued<protocol::PostDeleteArgs>(actions.deletePost(QStringLiteral("p1"))).id,
                 QStringLiteral("p1"));

        CacheActions none(nullptr);
        QCOMPARE(none.createPost(create), QString());
        QCOMPARE(none.deletePost(QStringLiteral("p1")), QString());
    }

    // profile.update goes out with my id and the cached version; my new name shows at once on
    // my profile and my posts, and a discard brings the old ones back.
    void myProfileIsUpdatedOptimisticallyAndDiscardedWhole() {
        m_store->applySyncPage(
            PageBuilder()
                .user(QStringLiteral("me"), QStringLiteral("Me"), QStringLiteral("old bio"))
                .post(QStringLiteral("p2"), QStringLiteral("c1"), 2000, QStringLiteral("Mine"),
                      QStringLiteral("body"), QStringLiteral("me"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        const auto value = [&](const QString &sql) {
            QSqlQuery q(m_store->readConnection());
            return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
        };

        CacheActions actions(m_store.get());
        protocol::ProfileUpdateArgs args;
        args.id = QStringLiteral("someone-else"); // replaced by mine
        args.displayName = QStringLiteral("  Ada Me ");
        args.bio = QStringLiteral("new bio");
        args.interests = {QStringLiteral("raku")};
        args.showcase = {{QStringLiteral("Moon jar"), {}, {}, {}}};
        const QString entry = actions.updateProfile(args);
        QVERIFY(!entry.isEmpty());
        const auto queued = lastQueued<protocol::ProfileUpdateArgs>(entry);
        QCOMPARE(queued.id, QStringLiteral("me"));
        QCOMPARE(queued.version, 1);
        QCOMPARE(queued.displayName, QStringLiteral("  Ada Me "));
        QCOMPARE(queued.showcase.value(0).title, QStringLiteral("Moon jar"));

        QCOMPARE(value(QStringLiteral("SELECT display_name FROM users WHERE id = 'me'")),
                 QStringLiteral("Ada Me"));
        QCOMPARE(value(QStringLiteral("SELECT bio FROM users WHERE id = 'me'")),
                 QStringLiteral("new bio"));
        QCOMPARE(value(QStringLiteral("SELECT author_name FROM posts WHERE id = 'p2'")),
                 QStringLiteral("Ada Me"));
        QCOMPARE(value(QStringLiteral("SELECT author_name FROM posts WHERE id = 'p1'")),
                 QStringLiteral("Ada")); // someone else's post
        // What I write next carries my new name too.
        protocol::PostCreateArgs next;
        next.communityId = QStringLiteral("c1");
        next.body = QStringLiteral("After the rename");
        const QString nextId = actions.createPost(next);
        m_store->waitForWrites();
        QCOMPARE(value(QStringLiteral("SELECT author_name FROM posts WHERE id = '%1'").arg(nextId)),
                 QStringLiteral("Ada Me"));

        m_store->discardMutation(entry);
        m_store->waitForWrites();
        QCOMPARE(value(QStringLiteral("SELECT display_name FROM users WHERE id = 'me'")),
                 QStringLiteral("Me"));
        QCOMPARE(value(QStringLiteral("SELECT bio FROM users WHERE id = 'me'")),
                 QStringLiteral("old bio"));
        QCOMPARE(value(QStringLiteral("SELECT author_name FROM posts WHERE id = 'p2'")),
                 QStringLiteral("Me"));

        // A newer version from the server is what the next edit is based on.
        m_store->applySyncPage(PageBuilder()
                                   .user(QStringLiteral("me"), QStringLiteral("Me"), {}, {}, {}, 5)
                                   .build(QStringLiteral("cur-3")));
        m_store->waitForWrites();
        QCOMPARE(lastQueued<protocol::ProfileUpdateArgs>(actions.updateProfile(args)).version, 5);
        QCOMPARE(CacheActions(nullptr).updateProfile(args), QString());
    }

    void commentsReactionsAndAnswers() {
        CacheActions actions(m_store.get());
        protocol::CommentCreateArgs reply;
        reply.postId = QStringLiteral("p1");
        reply.parentId = QStringLiteral("k1");
        reply.body = QStringLiteral("me too");
        const QString commentId = actions.comment(reply);
        QVERIFY(!commentId.isEmpty());
        m_store->waitForWrites();
        const auto queued =
            lastQueued<protocol::CommentCreateArgs>(m_store->pendingMutations(1).value(0).id);
        QCOMPARE(queued.id, commentId);
        QCOMPARE(queued.parentId, QStringLiteral("k1"));

        // My 🔥 is there: toggling clears it; 👍 is not: toggling sets it; on a comment too.
        const QString post = QStringLiteral("post");
        QCOMPARE(lastQueued<protocol::ReactionClearArgs>(
                     actions.toggleReaction(post, QStringLiteral("p1"), QStringLiteral("🔥")))
                     .emoji,
                 QStringLiteral("🔥"));
        m_store->waitForWrites();
        QCOMPARE(lastQueued<protocol::ReactionSetArgs>(
                     actions.toggleReaction(post, QStringLiteral("p1"), QStringLiteral("🔥")))
                     .targetId,
                 QStringLiteral("p1"));
        const auto onComment = lastQueued<protocol::ReactionSetArgs>(actions.toggleReaction(
            QStringLiteral("comment"), QStringLiteral("k1"), QStringLiteral("👍")));
        QCOMPARE(onComment.targetType, QStringLiteral("comment"));
        QCOMPARE(actions.toggleReaction(post, QStringLiteral("no-post"), QStringLiteral("👍")),
                 QString());
        QCOMPARE(actions.toggleReaction(QStringLiteral("event"), QStringLiteral("e1"),
                                        QStringLiteral("👍")),
                 QString());

        QCOMPARE(lastQueued<protocol::RsvpSetArgs>(
                     actions.rsvp(QStringLiteral("e1"), QStringLiteral("maybe")))
                     .status,
                 QStringLiteral("maybe"));
        QCOMPARE(actions.rsvp(QStringLiteral("e1"), QStringLiteral("waitlisted")), QString());
        QCOMPARE(actions.rsvp(QStringLiteral("no-event"), QStringLiteral("going")), QString());
    }

    void communitiesModerationAndNotifications() {
        CacheActions actions(m_store.get());
        protocol::CommunityCreateArgs community;
        community.name = QStringLiteral("  Weavers ");
        community.slug = QStringLiteral("weavers");
        community.visibility = QStringLiteral("request");
        const QString id = actions.createCommunity(community);
        QVERIFY(!id.isEmpty());
        m_store->waitForWrites();
        const auto created =
            lastQueued<protocol::CommunityCreateArgs>(m_store->pendingMutations(1).value(0).id);
        QCOMPARE(created.id, id);
        QCOMPARE(created.name, QStringLiteral("Weavers"));
        QCOMPARE(created.visibility, QStringLiteral("request"));
        community.name = QStringLiteral("   ");
        QCOMPARE(actions.createCommunity(community), QString());

        QCOMPARE(lastQueued<protocol::MembershipJoinArgs>(actions.join(QStringLiteral("c1")))
                     .communityId,
                 QStringLiteral("c1"));
        QCOMPARE(lastQueued<protocol::MembershipJoinArgs>(
                     actions.join(QStringLiteral("c1"), QStringLiteral("abcdefgh2345")))
                     .inviteCode,
                 QStringLiteral("abcdefgh2345"));
        QCOMPARE(actions.join(QString(), QStringLiteral("abcdefgh2345")), QString());
        QCOMPARE(lastQueued<protocol::MembershipLeaveArgs>(actions.leave(QStringLiteral("c1")))
                     .communityId,
                 QStringLiteral("c1"));

        const QString c1 = QStringLiteral("c1");
        const QString u = QStringLiteral("u-2");
        QCOMPARE(lastQueued<protocol::MembershipApproveArgs>(actions.approve(c1, u)).userId, u);
        QCOMPARE(lastQueued<protocol::MembershipDenyArgs>(actions.deny(c1, u)).communityId, c1);
        QCOMPARE(lastQueued<protocol::MembershipRemoveArgs>(
                     actions.remove(c1, u, QStringLiteral("spam")))
                     .reason,
                 QStringLiteral("spam"));
        QCOMPARE(lastQueued<protocol::MembershipBanArgs>(actions.ban(c1, u)).userId, u);
        QCOMPARE(lastQueued<protocol::MembershipUnbanArgs>(actions.unban(c1, u)).userId, u);
        QCOMPARE(lastQueued<protocol::MembershipSetRoleArgs>(
                     actions.setRole(c1, u, QStringLiteral("moderator")))
                     .role,
                 QStringLiteral("moderator"));

        // n1 is unread, n2 read already.
        QCOMPARE(lastQueued<protocol::NotificationMarkReadArgs>(
                     actions.markNotificationRead(QStringLiteral("n1")))
                     .ids,
                 QStringList{QStringLiteral("n1")});
        m_store->waitForWrites();
        QCOMPARE(actions.markNotificationRead(QStringLiteral("n2")), QString());
        QCOMPARE(actions.markAllNotificationsRead(), QString()); // none unread any more
    }

    // community.update carries the cached version (or the one given) and only the fields given;
    // the new settings show in the cache at once and come back when the write is discarded.
    // Accepting the guidelines names the cached text's digest and marks my membership.
    void communitySettingsAndGuidelines() {
        protocol::Community c;
        c.id = QStringLiteral("c2");
        c.slug = QStringLiteral("potters");
        c.name = QStringLiteral("Potters");
        c.tagline = QStringLiteral("Wheel");
        c.guidelines = QStringLiteral("Be kind. No selling.");
        c.version = 3;
        c.guidelinesRequiredAt = 5000;
        m_store->applySyncPage(PageBuilder()
                                   .community(c)
                                   .membership(c.id, QStringLiteral("me"))
                                   .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        const auto column = [&](const QString &sql) {
            QSqlQuery q(m_store->readConnection());
            q.prepare(sql);
            q.addBindValue(c.id);
            return q.exec() && q.next() ? q.value(0) : QVariant();
        };
        QCOMPARE(column(QStringLiteral("SELECT version FROM communities WHERE id = ?")).toInt(), 3);
        QCOMPARE(column(QStringLiteral("SELECT guidelines_required_at FROM communities "
                                       "WHERE id = ?"))
                     .toLongLong(),
                 5000);

        CacheActions actions(m_store.get());
        protocol::CommunityUpdateArgs change;
        change.id = c.id;
        change.tagline = QStringLiteral("Wheel and kiln");
        change.topics = QStringList{QStringLiteral("glaze")};
        const QString entry = actions.updateCommunity(change);
        const auto queued = lastQueued<protocol::CommunityUpdateArgs>(entry);
        QCOMPARE(queued.version, 3);
        QCOMPARE(queued.tagline, std::optional<QString>(QStringLiteral("Wheel and kiln")));
        QVERIFY(!queued.name);
        QVERIFY(!queued.guidelines);
        QCOMPARE(column(QStringLiteral("SELECT tagline FROM communities WHERE id = ?")).toString(),
                 QStringLiteral("Wheel and kiln"));
        QCOMPARE(column(QStringLiteral("SELECT topics FROM communities WHERE id = ?")).toString(),
                 QStringLiteral("[\"glaze\"]"));
        m_store->discardMutation(entry);
        m_store->waitForWrites();
        QCOMPARE(column(QStringLiteral("SELECT tagline FROM communities WHERE id = ?")).toString(),
                 QStringLiteral("Wheel"));
        // A form loaded at an older version keeps it: the server answers a conflict instead of
        // the newer settings being overwritten unseen.
        change.version = 2;
        const QString stale = actions.updateCommunity(change);
        QCOMPARE(lastQueued<protocol::CommunityUpdateArgs>(stale).version, 2);
        m_store->discardMutation(stale);
        m_store->waitForWrites();
        change.id = QStringLiteral("not-cached");
        QCOMPARE(actions.updateCommunity(change), QString());

        const auto accepted =
            lastQueued<protocol::MembershipAcceptGuidelinesArgs>(actions.acceptGuidelines(c.id));
        QCOMPARE(accepted.communityId, c.id);
        QCOMPARE(accepted.digest, protocol::guidelinesDigest(c.guidelines));
        QVERIFY(column(QStringLiteral("SELECT guidelines_accepted_at FROM memberships "
                                      "WHERE community_id = ? AND user_id = 'me'"))
                    .toLongLong() > 5000);
    }
};

QTEST_GUILESS_MAIN(TestCacheActions)
#include "tst_cacheactions.moc"
