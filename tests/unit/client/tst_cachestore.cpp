// The local cache: schema versions, applying sync pages, the outbox and offline search.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "cache/schema.h"

#include "protocol/mutation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::cache::ChangeSet;
using hearth::cache::Schema;
using hearth::testing::PageBuilder;

class TestCacheStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("cache%1.sqlite").arg(++m_files)); }

    std::unique_ptr<CacheStore> openStore(const QString &path) {
        QString error;
        auto store = CacheStore::open(path, &error);
        if (!store)
            qWarning() << error;
        return store;
    }

    static int count(CacheStore &store, const QString &sql) {
        QSqlQuery q(store.readConnection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static int userVersion(const QString &path) {
        int version = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return version;
    }

    static void rawExec(const QString &path, const QStringList &statements) {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString &s : statements) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(s), qPrintable(s));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    // A cache file at schema `version` (an older Hearth's), with `statements` run on it.
    static void writeAtVersion(const QString &path, int version, const QStringList &statements) {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Schema::migrateTo(db, version, &error), qPrintable(error));
            for (const QString &s : statements) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(s), qPrintable(s));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    static QByteArray response(const QList<QJsonObject> &results) {
        QJsonArray list;
        for (const auto &r : results)
            list.append(r);
        return QJsonDocument(QJsonObject{{QStringLiteral("results"), list}}).toJson();
    }

    static QJsonObject postArgs(const QString &id, const QString &communityId,
                                const QString &title) {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("communityId"), communityId},
                {QStringLiteral("kind"), QStringLiteral("discussion")},
                {QStringLiteral("title"), title},
                {QStringLiteral("body"), QStringLiteral("written offline")},
                {QStringLiteral("topic"), QString()}};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A write the cache cannot store is reported with what was lost (the mutation's name and
    // args, so the member can be shown its text), and is not in the outbox.
    void aWriteThatCannotBeStoredSaysWhatWasLost() {
        auto store = openStore(newPath());
        QVERIFY(store);
        QSignalSpy failed(store.get(), &CacheStore::writeFailed);
        // A reply to a post the cache does not hold (deleted by a sync a moment before).
        const QJsonObject reply{{QStringLiteral("id"), QStringLiteral("k1")},
                                {QStringLiteral("postId"), QStringLiteral("gone")},
                                {QStringLiteral("body"), QStringLiteral("My long reply")}};
        store->enqueueMutation(QStringLiteral("comment.create"), reply);
        store->waitForWrites();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1StringView("unknown post")));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("comment.create"));
        QCOMPARE(failed.at(0).at(2).toJsonObject(), reply);
        QCOMPARE(store->unsentCount(), 0);
    }

    // The same when the file itself cannot be written: another process holds it locked.
    void aLockedFileLosesNothingSilently() {
        const QString path = newPath();
        auto store = openStore(path);
        QVERIFY(store);
        QSignalSpy failed(store.get(), &CacheStore::writeFailed);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery lock(db);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            store->enqueueMutation(QStringLiteral("post.create"),
                                   postArgs(QStringLiteral("p1"), QStringLiteral("c1"),
                                            QStringLiteral("Written while locked")));
            // The writer waits out its busy timeout (5 s), then gives up.
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1StringView("locked")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("post.create"));
        QCOMPARE(failed.at(0).at(2).toJsonObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Written while locked"));
        QCOMPARE(store->unsentCount(), 0);
    }

    void freshDatabaseGetsLatestVersion() {
        const QString path = newPath();
        {
            auto store = openStore(path);
            QVERIFY(store);
            QVERIFY(!store->clientId().isEmpty());
            QSqlQuery q(store->readConnection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        QCOMPARE(userVersion(path), Schema::latestVersion());
        QVERIFY(Schema::latestVersion() >= 2);
    }

    void migrationToVersion4FillsPostActivity() {
        const QString path = newPath();
        writeAtVersion(path, 3,
                       {QStringLiteral("INSERT INTO posts (id, community_id, created_at)"
                                       " VALUES ('quiet', 'c1', 100), ('busy', 'c1', 200)"),
                        QStringLiteral("INSERT INTO comments (id, post_id, community_id,"
                                       " created_at) VALUES ('k1', 'busy', 'c1', 900)")});
        QCOMPARE(userVersion(path), 3);

        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(userVersion(path), Schema::latestVersion());
        QCOMPARE(count(*store, QStringLiteral("SELECT activity_at FROM posts WHERE id = 'quiet'")),
                 100);
        QCOMPARE(count(*store, QStringLiteral("SELECT activity_at FROM posts WHERE id = 'busy'")),
                 900);
        // From now on the triggers keep it: a sync page with a newer comment, then its deletion.
        store->applySyncPage(
            PageBuilder()
                .comment(QStringLiteral("k2"), QStringLiteral("quiet"), QStringLiteral("c1"),
                         QStringLiteral("late"), QString(), 5000)
                .remove(QStringLiteral("comment"), QStringLiteral("k1"), QStringLiteral("c1"))
                .build(QStringLiteral("cur")));
        store->waitForWrites();
        QCOMPARE(count(*store, QStringLiteral("SELECT activity_at FROM posts WHERE id = 'quiet'")),
                 5000);
        QCOMPARE(count(*store, QStringLiteral("SELECT activity_at FROM posts WHERE id = 'busy'")),
                 200);
    }

    void migrationToVersion7NamesReactionsByTheirTargetsType() {
        const QString path = newPath();
        writeAtVersion(
            path, 6,
            {QStringLiteral("INSERT INTO reactions (id, target_id, target_type, post_id,"
                            " community_id, user_id, emoji) VALUES"
                            " ('x1:me:🔥', 'x1', 'post', 'x1', 'c1', 'me', '🔥'),"
                            " ('k1:me:🔥', 'k1', 'comment', 'x1', 'c1', 'me', '🔥')"),
             QStringLiteral("INSERT INTO outbox (id, name, args, target_id, community_id,"
                            " created_at) VALUES ('m1', 'reaction.set', '{\"targetType\":"
                            "\"comment\",\"targetId\":\"k1\",\"emoji\":\"👍\"}',"
                            " 'k1:me:👍', 'c1', 1)")});
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM reactions"
                                              " WHERE id = 'post:x1:me:🔥'")),
                 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM reactions"
                                              " WHERE id = 'comment:k1:me:🔥'")),
                 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM outbox"
                                              " WHERE target_id = 'comment:k1:me:👍'")),
                 1);
    }

    // Version 8 is the posts_author index of the build before the trigger-kept counts (9), the
    // retry id (10) and the history watermark (11): a cache it wrote opens with its posts counted,
    // its index kept and its waiting write still going out under its own id.
    void migrationFromVersion8CountsPostsAndKeepsTheOutbox() {
        const QString path = newPath();
        writeAtVersion(
            path, 8,
            {QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('user_id', 'me')"),
             QStringLiteral("INSERT INTO community_state (community_id, last_read_at)"
                            " VALUES ('c1', 150)"),
             QStringLiteral("INSERT INTO posts (id, community_id, author_id, created_at) VALUES"
                            " ('old', 'c1', 'u1', 100), ('new', 'c1', 'u1', 200),"
                            " ('mine', 'c1', 'me', 300), ('other', 'c2', 'u1', 100)"),
             QStringLiteral("INSERT INTO outbox (id, name, args, target_id, community_id,"
                            " created_at) VALUES ('m1', 'post.pin', '{}', 'new', 'c1', 1)")});
        QCOMPARE(userVersion(path), 8);

        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(userVersion(path), Schema::latestVersion());
        QCOMPARE(count(*store, QStringLiteral("SELECT post_count FROM community_state"
                                              " WHERE community_id = 'c1'")),
                 3);
        QCOMPARE(count(*store, QStringLiteral("SELECT unread_count FROM community_state"
                                              " WHERE community_id = 'c1'")),
                 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT post_count FROM community_state"
                                              " WHERE community_id = 'c2'")),
                 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM sqlite_master"
                                              " WHERE type = 'index' AND name = 'posts_author'")),
                 1);
        const auto pending = store->pendingMutations(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).id, QStringLiteral("m1"));
        QCOMPARE(pending.at(0).sendId, QStringLiteral("m1"));
    }

    void aCommentDeletedKeepsThePostOfTheSameIdsReactions() {
        auto store = openStore(newPath());
        QVERIFY(store);
        // Ids are made by clients: a post in one community, a comment of the same id in another.
        store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .community(QStringLiteral("c2"), QStringLiteral("Runners"))
                .post(QStringLiteral("same"), QStringLiteral("c1"), 1000, QStringLiteral("kiln"))
                .post(QStringLiteral("p2"), QStringLiteral("c2"), 1000, QStringLiteral("track"))
                .comment(QStringLiteral("same"), QStringLiteral("p2"), QStringLiteral("c2"),
                         QStringLiteral("hi"))
                .reaction(QStringLiteral("same"), QStringLiteral("c1"), QStringLiteral("u1"),
                          QStringLiteral("🔥"))
                .build(QStringLiteral("cur-1")));
        store->applySyncPage(
            PageBuilder()
                .remove(QStringLiteral("comment"), QStringLiteral("same"), QStringLiteral("c2"))
                .build(QStringLiteral("cur-2")));
        store->waitForWrites();
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM reactions"
                                              " WHERE id = 'post:same:u1:🔥'")),
                 1);
    }

    void olderDatabaseIsMigratedStepByStep() {
        const QString path = newPath();
        QString clientId;
        {
            // A file as the first release wrote it, with content.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Schema::migrateTo(db, 1, &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO communities (id, name) VALUES ('c1', 'Old')")));
            QVERIFY(
                q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'client_id'")) &&
                q.next());
            clientId = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QCOMPARE(userVersion(path), 1);

        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(userVersion(path), Schema::latestVersion());
        // Content kept, new columns at their defaults, new tables there.
        QSqlQuery q(store->readConnection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT name, member_cap, guidelines FROM communities WHERE id = 'c1'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Old"));
        QCOMPARE(q.value(1).toInt(), 250);
        QCOMPARE(q.value(2).toString(), QString());
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM community_state")), 0);
        QCOMPARE(store->clientId(), clientId); // migrations keep the file's identity
    }

    void newerDatabaseIsRefused() {
        const QString path = newPath();
        rawExec(path,
                {QStringLiteral("CREATE TABLE future (x)"),
                 QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)});
        QString error;
        auto store = CacheStore::open(path, &error);
        QVERIFY(!store);
        QVERIFY2(error.contains(QLatin1StringView("written by a newer Hearth")), qPrintable(error));
        // Refused, not touched.
        QCOMPARE(userVersion(path), Schema::latestVersion() + 1);
    }

    void applyingAPageTwiceChangesNothingTheSecondTime() {
        auto store = openStore(newPath());
        QVERIFY(store);
        const QByteArray page =
            PageBuilder()
                .user(QStringLiteral("u1"), QStringLiteral("ada"), QStringLiteral("potter"))
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .membership(QStringLiteral("c1"), QStringLiteral("u1"), QStringLiteral("owner"))
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000, QStringLiteral("First"))
                .post(QStringLiteral("p2"), QStringLiteral("c1"), 2000, QStringLiteral("Second"))
                .comment(QStringLiteral("k1"), QStringLiteral("p1"), QStringLiteral("c1"),
                         QStringLiteral("nice"))
                .build(QStringLiteral("cur-1"));
        QSignalSpy changed(store.get(), &CacheStore::changed);
        QSignalSpy applied(store.get(), &CacheStore::pageApplied);
        store->applySyncPage(page);
        store->waitForWrites();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.at(0).at(0).toString(), QStringLiteral("cur-1"));
        QCOMPARE(changed.size(), 1);
        const auto set = changed.at(0).at(0).value<ChangeSet>();
        QVERIFY(set.feeds.contains(QStringLiteral("c1")));
        QVERIFY(set.posts.contains(QStringLiteral("p2")));
        QCOMPARE(store->cursor(), QStringLiteral("cur-1"));

        store->applySyncPage(page);
        store->waitForWrites();
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM posts")), 2);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM comments")), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM communities")), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM memberships")), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM users")), 1);
        // The index is not doubled either.
        QCOMPARE(store->search(QStringLiteral("first")).size(), 1);
    }

    void aPageThatDoesNotApplyChangesNothing() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->applySyncPage(PageBuilder()
                                 .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                                 .build(QStringLiteral("cur-1")));
        QSignalSpy errors(store.get(), &CacheStore::syncError);
        // The second change is an upsert whose data lacks required fields: the whole page fails.
        QJsonObject bad{
            {QStringLiteral("seq"), 2},
            {QStringLiteral("type"), QStringLiteral("post")},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("id"), QStringLiteral("p9")},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), QStringLiteral("p9")}}}};
        QJsonObject good =
            QJsonDocument::fromJson(
                PageBuilder()
                    .post(QStringLiteral("p8"), QStringLiteral("c1"), 5, QStringLiteral("ok"))
                    .build(QStringLiteral("x")))
                .object()
                .value(QStringLiteral("changes"))
                .toArray()
                .at(0)
                .toObject();
        const QJsonObject page{{QStringLiteral("changes"), QJsonArray{good, bad}},
                               {QStringLiteral("cursor"), QStringLiteral("cur-2")},
                               {QStringLiteral("hasMore"), false}};
        store->applySyncPage(QJsonDocument(page).toJson());
        store->applySyncPage("not json");
        store->waitForWrites();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(store->cursor(), QStringLiteral("cur-1"));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM posts")), 0);
    }

    void outboxIsDurableAndOrdered() {
        const QString path = newPath();
        QStringList ids;
        {
            auto store = openStore(path);
            QVERIFY(store);
            store->setLocalUser(QStringLiteral("u1"), QStringLiteral("Ada"));
            store->applySyncPage(PageBuilder()
                                     .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                                     .build(QStringLiteral("cur-1")));
            QSignalSpy outbox(store.get(), &CacheStore::outboxChanged);
            for (int i = 0; i < 5; ++i)
                ids.append(store->enqueueMutation(
                    QString::fromLatin1(hearth::protocol::MutationName::PostCreate),
                    postArgs(QStringLiteral("post-%1").arg(i), QStringLiteral("c1"),
                             QStringLiteral("Offline %1").arg(i))));
            // The store is closed right away: queued writes are still committed.
        }
        auto store = openStore(path);
        QVERIFY(store);
        const auto pending = store->pendingMutations(100);
        QCOMPARE(pending.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(pending.at(i).id, ids.at(i));
            QCOMPARE(pending.at(i).targetId, QStringLiteral("post-%1").arg(i));
            QCOMPARE(pending.at(i).args.value(QStringLiteral("title")).toString(),
                     QStringLiteral("Offline %1").arg(i));
        }
        QVERIFY(pending.at(0).seq < pending.at(4).seq);
        QCOMPARE(store->unsentCount(), 5);
        QCOMPARE(store->localUserId(), QStringLiteral("u1"));
        // Applied optimistically, by the local user.
        QCOMPARE(
            count(*store, QStringLiteral("SELECT count(*) FROM posts WHERE author_name = 'Ada'")),
            5);
        QCOMPARE(store->pendingMutations(2).size(), 2);
    }

    void settlingRemovesAppliedAndKeepsRefusedWithTheReason() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->applySyncPage(PageBuilder()
                                 .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                                 .build(QStringLiteral("cur-1")));
        const QString name = QString::fromLatin1(hearth::protocol::MutationName::PostCreate);
        const QString a = store->enqueueMutation(
            name, postArgs(QStringLiteral("pa"), QStringLiteral("c1"), QStringLiteral("A")));
        const QString b = store->enqueueMutation(
            name, postArgs(QStringLiteral("pb"), QStringLiteral("c1"), QStringLiteral("B")));
        const QString c = store->enqueueMutation(
            name, postArgs(QStringLiteral("pc"), QStringLiteral("c1"), QStringLiteral("C")));
        store->waitForWrites();
        QCOMPARE(store->unsentCount(), 3);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM posts")), 3);

        QSignalSpy settled(store.get(), &CacheStore::mutationsSettled);
        QSignalSpy changed(store.get(), &CacheStore::changed);
        store->settleMutations(response(
            {QJsonObject{{QStringLiteral("id"), a},
                         {QStringLiteral("status"), QStringLiteral("applied")},
                         {QStringLiteral("result"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("pa")}}}},
             QJsonObject{
                 {QStringLiteral("id"), b},
                 {QStringLiteral("status"), QStringLiteral("rejected")},
                 {QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                              {QStringLiteral("message"), QStringLiteral("not a member")}}}}}));
        store->waitForWrites();
        QCOMPARE(settled.size(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).value<ChangeSet>().posts.contains(QStringLiteral("pb")));
        const auto pending = store->pendingMutations(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).id, c); // the refused one does not block the one behind it
        const auto failed = store->failedMutations();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).id, b);
        QCOMPARE(failed.at(0).errorCode, QStringLiteral("forbidden"));
        QCOMPARE(failed.at(0).errorMessage, QStringLiteral("not a member"));
        QCOMPARE(store->failedCount(), 1);

        // Retry puts it back in line; discard drops it and its optimistic post.
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM posts")), 3);
        store->retryMutation(b);
        store->waitForWrites();
        QCOMPARE(store->unsentCount(), 2);
        store->discardMutation(b);
        store->waitForWrites();
        QCOMPARE(store->unsentCount(), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM posts WHERE id = 'pb'")), 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM posts WHERE id = 'pa'")), 1);
    }

    // A retry sends under a new id (send_id); new text for the write refused again renames the
    // entry, and that name is what goes out: the retry's id would only get its refusal replayed.
    void newTextAfterARetryGoesOutUnderTheRevisedId() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->applySyncPage(PageBuilder()
                                 .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                                 .build(QStringLiteral("cur-1")));
        const QString first = store->enqueueMutation(
            QString::fromLatin1(hearth::protocol::MutationName::PostCreate),
            postArgs(QStringLiteral("pa"), QStringLiteral("c1"), QStringLiteral("A")));
        store->waitForWrites();
        const auto refuse = [&](const QString &sentAs) {
            store->settleMutations(response({QJsonObject{
                {QStringLiteral("id"), sentAs},
                {QStringLiteral("status"), QStringLiteral("rejected")},
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                             {QStringLiteral("message"), QStringLiteral("not a member yet")}}}}}));
            store->waitForWrites();
        };
        refuse(first);
        store->retryMutation(first);
        store->waitForWrites();
        const QString retriedAs = store->pendingMutations(10).at(0).sendId;
        QVERIFY(retriedAs != first);
        refuse(retriedAs);
        QCOMPARE(store->failedCount(), 1);

        const QString revised =
            store->reviseMutation(first, QStringLiteral("Short"), QStringLiteral("body"));
        store->waitForWrites();
        const auto pending = store->pendingMutations(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).id, revised);
        QCOMPARE(pending.at(0).sendId, revised);
        QCOMPARE(pending.at(0).args.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Short"));
    }

    // A profile.update's new display name shows on what the member wrote at once; posts are
    // not sent again for a rename.
    void aNewDisplayNameShowsOnTheirPosts() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->applySyncPage(PageBuilder()
                                 .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                                 .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000,
                                       QStringLiteral("Moon jars"), QStringLiteral("Cone 10"))
                                 .post(QStringLiteral("p2"), QStringLiteral("c1"), 2000,
                                       QStringLiteral("Shoes"), QStringLiteral("Trail"),
                                       QStringLiteral("u-other"))
                                 .build(QStringLiteral("cur-1")));
        store->waitForWrites();
        store->applySyncPage(PageBuilder()
                                 .user(QStringLiteral("u-author"), QStringLiteral("Ada L."), {})
                                 .build(QStringLiteral("cur-2")));
        store->waitForWrites();
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM posts WHERE id = 'p1' AND "
                                              "author_name = 'Ada L.'")),
                 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM posts WHERE id = 'p2' AND "
                                              "author_name = 'Ada'")),
                 1);
    }

    void searchFindsAPostAndLosesItOnDelete() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->applySyncPage(PageBuilder()
                                 .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                                 .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000,
                                       QStringLiteral("Celadon glaze tests"),
                                       QStringLiteral("Cone six <script> results"))
                                 .post(QStringLiteral("p2"), QStringLiteral("c1"), 2000,
                                       QStringLiteral("Trail shoes"))
                                 .comment(QStringLiteral("k1"), QStringLiteral("p2"),
                                          QStringLiteral("c1"), QStringLiteral("Try a glaze crawl"))
                                 .user(QStringLiteral("u9"), QStringLiteral("wheelthrower"),
                                       QStringLiteral("I throw porcelain"))
                                 .build(QStringLiteral("cur-1")));
        store->waitForWrites();

        auto hits = store->search(QStringLiteral("glaze"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).kind, QStringLiteral("comment")); // newest first
        QCOMPARE(hits.at(0).postId, QStringLiteral("p2"));
        QCOMPARE(hits.at(1).kind, QStringLiteral("post"));
        QCOMPARE(hits.at(1).id, QStringLiteral("p1"));
        // Matched by its title: the snippet is the body (the title is shown apart), escaped.
        QCOMPARE(hits.at(1).snippet, QStringLiteral("Cone six &lt;script&gt; results"));
        QCOMPARE(hits.at(0).snippet, QStringLiteral("Try a <b>glaze</b> crawl"));

        // Prefix of the last word, diacritics folded, markup in content escaped.
        hits = store->search(QStringLiteral("celad"));
        QCOMPARE(hits.size(), 1);
        hits = store->search(QStringLiteral("script"));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.at(0).snippet.contains(QLatin1StringView("&lt;<b>script</b>&gt;")),
                 qPrintable(hits.at(0).snippet));
        hits = store->search(QStringLiteral("porcelain"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).kind, QStringLiteral("user"));
        // FTS syntax in the query is just text.
        QCOMPARE(store->search(QStringLiteral("glaze OR \"")).size(), 0);

        // An edit re-indexes; a delete removes.
        store->applySyncPage(PageBuilder()
                                 .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000,
                                       QStringLiteral("Shino results"))
                                 .build(QStringLiteral("cur-2")));
        store->waitForWrites();
        QCOMPARE(store->search(QStringLiteral("celadon")).size(), 0);
        QCOMPARE(store->search(QStringLiteral("shino")).size(), 1);
        store->applySyncPage(
            PageBuilder()
                .remove(QStringLiteral("post"), QStringLiteral("p1"), QStringLiteral("c1"))
                .build(QStringLiteral("cur-3")));
        store->waitForWrites();
        QCOMPARE(store->search(QStringLiteral("shino")).size(), 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM posts")), 1);
    }

    void purgeRemovesACommunityFromCacheAndSearch() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .community(QStringLiteral("c2"), QStringLiteral("Runners"))
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000,
                      QStringLiteral("kiln schedule"))
                .post(QStringLiteral("p2"), QStringLiteral("c2"), 1000, QStringLiteral("kiln run"))
                .comment(QStringLiteral("k1"), QStringLiteral("p1"), QStringLiteral("c1"),
                         QStringLiteral("kiln gods"))
                .build(QStringLiteral("cur-1")));
        store->waitForWrites();
        QCOMPARE(store->search(QStringLiteral("kiln")).size(), 3);
        QSignalSpy changed(store.get(), &CacheStore::changed);
        store->applySyncPage(
            PageBuilder().purge(QStringLiteral("c1")).build(QStringLiteral("cur-2")));
        store->waitForWrites();
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).value<ChangeSet>().purgedCommunities.contains(
            QStringLiteral("c1")));
        const auto hits = store->search(QStringLiteral("kiln"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).id, QStringLiteral("p2"));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM communities")), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM comments")), 0);
    }

    void reactionsEventsAndRsvpsAreAppliedDeletedAndPurged() {
        auto store = openStore(newPath());
        QVERIFY(store);
        const QString c1 = QStringLiteral("c1"), c2 = QStringLiteral("c2");
        QSignalSpy changed(store.get(), &CacheStore::changed);
        store->applySyncPage(
            PageBuilder()
                .community(c1, QStringLiteral("Makers"))
                .community(c2, QStringLiteral("Runners"))
                .post(QStringLiteral("p1"), c1, 1000, QStringLiteral("kiln"))
                .post(QStringLiteral("p2"), c2, 1000, QStringLiteral("track"))
                .reaction(QStringLiteral("p1"), c1, QStringLiteral("u1"), QStringLiteral("🔥"))
                .reaction(QStringLiteral("p1"), c1, QStringLiteral("u2"), QStringLiteral("🔥"))
                .reaction(QStringLiteral("p2"), c2, QStringLiteral("u1"), QStringLiteral("👍"))
                .event(QStringLiteral("e1"), c1, QStringLiteral("Raku night"), 5000)
                .event(QStringLiteral("e2"), c2, QStringLiteral("Long run"), 6000)
                .rsvp(QStringLiteral("e1"), c1, QStringLiteral("u1"), QStringLiteral("going"))
                .rsvp(QStringLiteral("e2"), c2, QStringLiteral("u1"), QStringLiteral("maybe"))
                .build(QStringLiteral("cur-1")));
        store->waitForWrites();
        QCOMPARE(changed.size(), 1);
        const auto first = changed.at(0).at(0).value<ChangeSet>();
        QVERIFY(first.reactions.contains(QStringLiteral("p1")));
        QVERIFY(first.events.contains(QStringLiteral("e1")));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM reactions")), 3);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events")), 2);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM rsvps")), 2);

        // Upserts replace, deletes remove (a reaction's id is type:target:user:emoji).
        store->applySyncPage(
            PageBuilder()
                .event(QStringLiteral("e1"), c1, QStringLiteral("Raku night, moved"), 5500, 7)
                .rsvp(QStringLiteral("e1"), c1, QStringLiteral("u1"), QStringLiteral("not_going"))
                .remove(QString::fromLatin1(hearth::protocol::ChangeType::Reaction),
                        QStringLiteral("post:p1:u2:🔥"), c1)
                .build(QStringLiteral("cur-2")));
        store->waitForWrites();
        QCOMPARE(
            count(*store, QStringLiteral("SELECT count(*) FROM reactions WHERE post_id = 'p1'")),
            1);
        QCOMPARE(count(*store, QStringLiteral("SELECT going_count FROM events WHERE id = 'e1'")),
                 7);
        QCOMPARE(count(*store, QStringLiteral("SELECT starts_at FROM events WHERE id = 'e1'")),
                 5500);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM rsvps WHERE event_id = 'e1'"
                                              " AND status = 'not_going'")),
                 1);

        store->applySyncPage(PageBuilder()
                                 .remove(QString::fromLatin1(hearth::protocol::ChangeType::Rsvp),
                                         QStringLiteral("e2:u1"), c2)
                                 .build(QStringLiteral("cur-3")));
        store->waitForWrites();
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM rsvps WHERE event_id = 'e2'")),
                 0);

        // A purge takes the community's reactions, events and RSVPs with it; others stay.
        changed.clear();
        store->applySyncPage(PageBuilder().purge(c1).build(QStringLiteral("cur-4")));
        store->waitForWrites();
        QCOMPARE(changed.size(), 1);
        const auto purged = changed.at(0).at(0).value<ChangeSet>();
        QVERIFY(purged.events.contains(QStringLiteral("e1")));
        QVERIFY(purged.reactions.contains(QStringLiteral("p1")));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM reactions")), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events")), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM rsvps")), 0);

        // Deleting a post takes its reactions.
        store->applySyncPage(PageBuilder()
                                 .remove(QString::fromLatin1(hearth::protocol::ChangeType::Post),
                                         QStringLiteral("p2"), c2)
                                 .build(QStringLiteral("cur-5")));
        store->waitForWrites();
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM reactions")), 0);
    }

    void reactionAndRsvpMutationsAreOptimisticAndRevertible() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->setLocalUser(QStringLiteral("me"), QStringLiteral("Ada"));
        const QString c1 = QStringLiteral("c1");
        store->applySyncPage(
            PageBuilder()
                .community(c1, QStringLiteral("Makers"))
                .post(QStringLiteral("p1"), c1, 1000, QStringLiteral("kiln"))
                .reaction(QStringLiteral("p1"), c1, QStringLiteral("me"), QStringLiteral("👍"))
                .event(QStringLiteral("e1"), c1, QStringLiteral("Raku night"), 5000)
                .build(QStringLiteral("cur-1")));
        const QString set =
            store->enqueueMutation(QString::fromLatin1(hearth::protocol::MutationName::ReactionSet),
                                   {{QStringLiteral("targetType"), QStringLiteral("post")},
                                    {QStringLiteral("targetId"), QStringLiteral("p1")},
                                    {QStringLiteral("emoji"), QStringLiteral("🔥")}});
        const QString clear = store->enqueueMutation(
            QString::fromLatin1(hearth::protocol::MutationName::ReactionClear),
            {{QStringLiteral("targetType"), QStringLiteral("post")},
             {QStringLiteral("targetId"), QStringLiteral("p1")},
             {QStringLiteral("emoji"), QStringLiteral("👍")}});
        const QString rsvp =
            store->enqueueMutation(QString::fromLatin1(hearth::protocol::MutationName::RsvpSet),
                                   {{QStringLiteral("eventId"), QStringLiteral("e1")},
                                    {QStringLiteral("status"), QStringLiteral("going")}});
        store->waitForWrites();
        QCOMPARE(store->unsentCount(), 3);
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT count(*) FROM reactions WHERE id = 'post:p1:me:🔥'")),
                 1);
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT count(*) FROM reactions WHERE id = 'post:p1:me:👍'")),
                 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM rsvps WHERE event_id = 'e1'"
                                              " AND user_id = 'me' AND status = 'going'")),
                 1);

        // The server refuses all three; discarding each undoes exactly its effect.
        store->settleMutations(response(
            {QJsonObject{{QStringLiteral("id"), set},
                         {QStringLiteral("status"), QStringLiteral("rejected")},
                         {QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")}}}},
             QJsonObject{{QStringLiteral("id"), clear},
                         {QStringLiteral("status"), QStringLiteral("rejected")},
                         {QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")}}}},
             QJsonObject{{QStringLiteral("id"), rsvp},
                         {QStringLiteral("status"), QStringLiteral("rejected")},
                         {QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")}}}}}));
        store->waitForWrites();
        QCOMPARE(store->failedCount(), 3);
        store->discardMutation(set);
        store->discardMutation(clear);
        store->discardMutation(rsvp);
        store->waitForWrites();
        QCOMPARE(store->failedCount(), 0);
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT count(*) FROM reactions WHERE id = 'post:p1:me:🔥'")),
                 0);
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT count(*) FROM reactions WHERE id = 'post:p1:me:👍'")),
                 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM rsvps")), 0);
    }

    void resyncDropsReactionsAndEventsButKeepsTheirOutbox() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->setLocalUser(QStringLiteral("me"), QStringLiteral("Ada"));
        store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000, QStringLiteral("kiln"))
                .reaction(QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("u2"),
                          QStringLiteral("🔥"))
                .event(QStringLiteral("e1"), QStringLiteral("c1"), QStringLiteral("Raku"), 5000)
                .build(QStringLiteral("cur-1")));
        store->enqueueMutation(QString::fromLatin1(hearth::protocol::MutationName::RsvpSet),
                               {{QStringLiteral("eventId"), QStringLiteral("e1")},
                                {QStringLiteral("status"), QStringLiteral("maybe")}});
        store->waitForWrites();
        store->resetForResync();
        store->waitForWrites();
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM reactions")), 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events")), 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM rsvps")), 0);
        QCOMPARE(store->unsentCount(), 1);
    }

    void resyncKeepsTheOutbox() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->setLocalUser(QStringLiteral("u1"), QStringLiteral("Ada"));
        store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1000, QStringLiteral("old"))
                .build(QStringLiteral("cur-1")));
        store->setKeepOffline(QStringLiteral("c1"), true);
        store->applyHistoryPage(QStringLiteral("c1"),
                                PageBuilder().buildHistory(QStringLiteral("pos"), true));
        const QString id = store->enqueueMutation(
            QString::fromLatin1(hearth::protocol::MutationName::PostCreate),
            postArgs(QStringLiteral("mine"), QStringLiteral("c1"), QStringLiteral("unsent words")));
        store->waitForWrites();
        QVERIFY(store->historyState(QStringLiteral("c1")).complete);
        QSignalSpy reset(store.get(), &CacheStore::resetDone);
        store->resetForResync();
        store->waitForWrites();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(store->cursor(), QString());
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM posts WHERE id = 'p1'")), 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM communities")), 0);
        // The unsent post is still in the outbox, still shown, still searchable.
        QCOMPARE(store->pendingMutations(10).size(), 1);
        QCOMPARE(store->pendingMutations(10).at(0).id, id);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM posts WHERE id = 'mine'")), 1);
        QCOMPARE(store->search(QStringLiteral("unsent")).size(), 1);
        QCOMPARE(store->clientId().isEmpty(), false);
        // "Keep offline" is the member's choice and survives; the history must be paged again.
        const CacheStore::HistoryState state = store->historyState(QStringLiteral("c1"));
        QVERIFY(state.keepOffline);
        QVERIFY(!state.complete);
        QCOMPARE(state.before, QString());
    }

    void readersOnOtherThreadsGetTheirOwnConnection() {
        auto store = openStore(newPath());
        QVERIFY(store);
        store->applySyncPage(PageBuilder()
                                 .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                                 .build(QStringLiteral("cur-1")));
        store->waitForWrites();
        QString cursorSeen;
        QString connectionName;
        QThread *thread = QThread::create([&] {
            cursorSeen = store->cursor();
            connectionName = store->readConnection().connectionName();
        });
        thread->start();
        QVERIFY(thread->wait(5000));
        delete thread;
        QCOMPARE(cursorSeen, QStringLiteral("cur-1"));
        QVERIFY(connectionName != store->readConnection().connectionName());
        QVERIFY(!QSqlDatabase::contains(connectionName)); // dropped when its thread ended
    }
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
