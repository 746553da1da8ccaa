// Client benchmarks (issue 4): prints figures, run on purpose, never as a timed test.
//  1. Initial sync of N posts from a real hearthd into the cache: end to end through the
//     SyncEngine, the cache's share alone (pages already fetched), and a raw bulk insert of the
//     same rows into the same schema for comparison (target: apply within 3x of raw).
//  2. FeedModel's first page with 100,000 cached posts (target: under 5 ms).
//  3. Offline search over 100,000 posts: p50/p95 for rare, mid, very common terms and prefixes
//     (target: p95 under 10 ms for every class).
//  4. A profile's recent posts (MemberPostsQuery) over the same 100,000 posts, for an author of
//     many and for one of none (the whole table is looked through; target: p95 under 50 ms).
//  5. Sync pages of 500 posts applied while a feed and the community list are open (issue 13):
//     milliseconds per page at the start and at the end; linear when the ratio stays near 1.
//
//   bench_client [--hearthd PATH] [--sync-posts 10000] [--feed-posts 100000]
//                [--open-feed-posts 20000]

#include "apicall.h"
#include "hearthdprocess.h"
#include "syntheticposts.h"
#include "timing.h"

#include "cache/cachestore.h"
#include "cache/memberpostsquery.h"
#include "cache/searchquery.h"
#include "models/communitylistmodel.h"
#include "models/feedmodel.h"
#include "net/apiclient.h"
#include "net/syncengine.h"
#include "protocol/syncpage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace hearth;
using bench::format;
using bench::summarize;
using bench::timeMs;
using testing::call;

namespace {

void say(const QString &line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs the event loop until `done` or the timeout; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 600000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

// Benchmark requests can be large (a 50-post batch, a 500-change page) on a busy machine.
constexpr int RequestTimeoutMs = 120000;

std::unique_ptr<cache::CacheStore> openCache(const QString &path) {
    QString error;
    auto store = cache::CacheStore::open(path, &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    return store;
}

// 1. Initial sync from hearthd.
void benchInitialSync(int posts, QTemporaryDir &dir) {
    testing::HearthdProcess server(dir.filePath(QStringLiteral("server")));
    QString error;
    if (!server.start(&error)) {
        say(QStringLiteral("hearthd did not start: ") + error);
        return;
    }
    const QUrl url = server.url();
    const protocol::AuthResponse auth = testing::registerUser(url, QStringLiteral("bench"));
    if (auth.token.isEmpty()) {
        say(QStringLiteral("register failed"));
        return;
    }
    const QString community = QStringLiteral("00000000-0000-4000-8000-000000000001");
    protocol::MutationBatch setup;
    setup.clientId = QStringLiteral("bench-setup");
    setup.mutations.append({QStringLiteral("c0"),
                            QStringLiteral("community.create"),
                            {{QStringLiteral("id"), community},
                             {QStringLiteral("slug"), QStringLiteral("bench")},
                             {QStringLiteral("name"), QStringLiteral("Bench")},
                             {QStringLiteral("tagline"), QString()},
                             {QStringLiteral("description"), QString()},
                             {QStringLiteral("visibility"), QStringLiteral("public")}}});
    call([&](net::ApiClient &api, QObject *c, auto cb) { api.sendMutations(setup, c, cb); }, url,
         auth.token, RequestTimeoutMs);

    bench::SyntheticPosts text(7);
    const double fill = timeMs([&] {
        for (int start = 0; start < posts; start += 50) {
            protocol::MutationBatch batch;
            batch.clientId = QStringLiteral("bench-setup");
            for (int i = start; i < qMin(posts, start + 50); ++i) {
                protocol::Post p = text.post(i, community);
                const QString id =
                    QStringLiteral("00000000-0000-4000-9000-%1").arg(i, 12, 10, QLatin1Char('0'));
                batch.mutations.append({QStringLiteral("m%1").arg(i),
                                        QStringLiteral("post.create"),
                                        {{QStringLiteral("id"), id},
                                         {QStringLiteral("communityId"), community},
                                         {QStringLiteral("kind"), QStringLiteral("discussion")},
                                         {QStringLiteral("title"), p.title},
                                         {QStringLiteral("body"), p.body},
                                         {QStringLiteral("topic"), QString()}}});
            }
            const auto r = call(
                [&](net::ApiClient &api, QObject *c, auto cb) { api.sendMutations(batch, c, cb); },
                url, auth.token, RequestTimeoutMs);
            if (!r.ok())
                qFatal("filling hearthd failed: %s", qPrintable(r.describe()));
        }
    });
    say(QStringLiteral("hearthd filled with %1 posts in %2 ms (setup, not a client figure)")
            .arg(posts)
            .arg(fill, 0, 'f', 0));

    // End to end: the sync engine from an empty cache until it is up to date.
    {
        auto store = openCache(dir.filePath(QStringLiteral("e2e.sqlite")));
        net::SyncEngine engine;
        engine.setStore(store.get());
        engine.setServerUrl(url);
        engine.setToken(auth.token);
        bool synced = false;
        QObject::connect(&engine, &net::SyncEngine::synced, [&] { synced = true; });
        const double ms = timeMs([&] {
            engine.start();
            waitFor([&] { return synced; });
        });
        engine.stop();
        say(QStringLiteral("initial sync, end to end (hearthd + network + cache): %1 ms for %2 "
                           "posts (%3 posts/s)")
                .arg(ms, 0, 'f', 1)
                .arg(posts)
                .arg(double(posts) / ms * 1000.0, 0, 'f', 0));
    }

    // The cache's share: the same pages, fetched beforehand, applied by the writer.
    QList<QByteArray> pages;
    QString cursor;
    for (bool more = true; more;) {
        const auto r = call([&](net::ApiClient &api, QObject *c,
                                auto cb) { api.fetchSyncPage(cursor, 500, c, cb); },
                            url, auth.token, RequestTimeoutMs);
        const auto page = protocol::SyncPage::fromJson(r.body, &error);
        if (!page)
            qFatal("bad page: %s", qPrintable(error));
        pages.append(r.body);
        cursor = page->cursor;
        more = page->hasMore;
    }
    server.stop();

    double applyMs = 0;
    {
        auto store = openCache(dir.filePath(QStringLiteral("apply.sqlite")));
        applyMs = timeMs([&] {
            for (const QByteArray &page : std::as_const(pages))
                store->applySyncPage(page);
            store->waitForWrites();
        });
    }
    // Raw bulk insert of the same rows into the same schema (FTS triggers included).
    QList<protocol::Post> rows;
    for (const QByteArray &bytes : std::as_const(pages)) {
        const auto page = protocol::SyncPage::fromJson(bytes, &error);
        for (const auto &c : page->changes) {
            if (c.type == QLatin1StringView("post"))
                rows.append(*protocol::Post::fromJson(c.data, &error));
        }
    }
    const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));
    openCache(rawPath).reset(); // creates the schema
    double rawMs = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(rawPath);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        rawMs = timeMs([&] {
            db.transaction();
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO posts (id, community_id, author_id, author_name, kind, title,"
                " body, topic, pinned, locked, comment_count, version, created_at, edited_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const auto &p : std::as_const(rows)) {
                for (const QVariant &v :
                     QVariantList{p.id, p.communityId, p.authorId, p.authorName, p.kind, p.title,
                                  p.body, p.topic, int(p.pinned), int(p.locked), p.commentCount,
                                  p.version, p.createdAt, p.editedAt})
                    q.addBindValue(v);
                if (!q.exec())
                    qFatal("raw insert: %s", qPrintable(q.lastError().text()));
            }
            db.commit();
        });
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    say(QStringLiteral(
            "initial sync, cache only (%1 pages parsed + applied on the writer thread): %2 ms")
            .arg(pages.size())
            .arg(applyMs, 0, 'f', 1));
    say(QStringLiteral("raw bulk insert of the same %1 posts into the same schema: %2 ms  -> ratio "
                       "%3x (target <= 3x)")
            .arg(rows.size())
            .arg(rawMs, 0, 'f', 1)
            .arg(applyMs / rawMs, 0, 'f', 2));
}

// Stores the benchmarks' one big community ("big") in `store`, as the first sync page would.
QString addBigCommunity(cache::CacheStore &store) {
    protocol::Community c;
    c.id = QStringLiteral("big");
    c.name = QStringLiteral("Big community");
    protocol::SyncPage first;
    first.cursor = QStringLiteral("c0");
    first.changes.append(
        {1, QStringLiteral("community"), QStringLiteral("upsert"), c.id, c.id, c.toJson()});
    store.applySyncPage(first.toJson());
    return c.id;
}

// Fills a cache with `count` synthetic posts through the writer (pages of 2,000).
void fillCache(cache::CacheStore &store, int count, bench::SyntheticPosts &text) {
    const QString community = addBigCommunity(store);
    qint64 seq = 2;
    for (int start = 0; start < count; start += 2000) {
        QList<QByteArray> encoded;
        for (int i = start; i < qMin(count, start + 2000); ++i) {
            const auto p = text.post(i, community);
            encoded.append(protocol::Change::encode(
                seq++, QStringLiteral("post"), QStringLiteral("upsert"), p.id, community,
                QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact)));
        }
        store.applySyncPage(protocol::SyncPage::encode(encoded, QStringLiteral("c%1").arg(seq),
                                                       start + 2000 < count));
    }
    store.waitForWrites();
}

void benchFeedAndSearch(int count, QTemporaryDir &dir) {
    bench::SyntheticPosts text(11);
    auto store = openCache(dir.filePath(QStringLiteral("big.sqlite")));
    const double fillMs = timeMs([&] { fillCache(*store, count, text); });
    say(QStringLiteral("cache filled with %1 posts through the writer in %2 ms (%3 posts/s)")
            .arg(count)
            .arg(fillMs, 0, 'f', 0)
            .arg(double(count) / fillMs * 1000.0, 0, 'f', 0));

    models::FeedModel feed;
    feed.setStore(store.get());
    QList<double> firstPage;
    for (int i = 0; i < 50; ++i) {
        feed.setCommunityId(QString());
        firstPage.append(timeMs([&] { feed.setCommunityId(QStringLiteral("big")); }));
    }
    say(QStringLiteral(
            "feed model first page (%1 rows) with %2 cached posts: %3 (target p50 < 5 ms)")
            .arg(feed.rowCount())
            .arg(count)
            .arg(format(summarize(firstPage))));
    QList<double> pages;
    for (int i = 0; i < 100 && feed.canFetchMore({}); ++i)
        pages.append(timeMs([&] { feed.fetchMore({}); }));
    say(QStringLiteral("feed model fetchMore (keyset, %1 pages deep): %2")
            .arg(pages.size())
            .arg(format(summarize(pages))));

    models::FeedModel byActivity;
    byActivity.setStore(store.get());
    byActivity.setSortOrder(models::FeedModel::Activity);
    QList<double> activityPage;
    for (int i = 0; i < 50; ++i) {
        byActivity.setCommunityId(QString());
        activityPage.append(timeMs([&] { byActivity.setCommunityId(QStringLiteral("big")); }));
    }
    say(QStringLiteral("feed model first page by activity (%1 rows): %2 (target p50 < 5 ms)")
            .arg(byActivity.rowCount())
            .arg(format(summarize(activityPage))));

    const QSqlDatabase db = store->readConnection();
    auto runClass = [&](const QString &name, const std::function<QString(int)> &queryFor) {
        QList<double> samples;
        int hits = 0;
        for (int i = 0; i < 100; ++i) {
            cache::SearchQuery q;
            q.text = queryFor(i);
            samples.append(timeMs([&] { hits += int(q.run(db).size()); }));
        }
        say(QStringLiteral("search %1: %2  (avg %3 hits)")
                .arg(name, -12)
                .arg(format(summarize(samples)))
                .arg(hits / 100));
    };
    // Whole words are matched as prefixes too when last, as the search field does while typing;
    // a trailing space makes a word exact.
    runClass(QStringLiteral("very common"),
             [&](int i) -> QString { return text.word(i % 10) + QLatin1Char(' '); });
    runClass(QStringLiteral("mid"),
             [&](int i) -> QString { return text.word(200 + i) + QLatin1Char(' '); });
    runClass(QStringLiteral("rare"),
             [&](int i) -> QString { return text.word(15000 + i * 40) + QLatin1Char(' '); });
    runClass(QStringLiteral("prefix"),
             [&](int i) -> QString { return text.word(100 + i).left(3); });
    runClass(QStringLiteral("two words"), [&](int i) -> QString {
        return text.word(i % 10) + QLatin1Char(' ') + text.word(300 + i) + QLatin1Char(' ');
    });

    // 4. Recent posts on a profile: my membership makes "big" a community we share.
    protocol::Membership mine;
    mine.communityId = QStringLiteral("big");
    mine.userId = QStringLiteral("bench-me");
    protocol::SyncPage membership;
    membership.cursor = QStringLiteral("membership");
    membership.changes.append({0, QStringLiteral("membership"), QStringLiteral("upsert"), mine.id(),
                               mine.communityId, mine.toJson()});
    store->applySyncPage(membership.toJson());
    store->waitForWrites();
    for (const auto &[name, author] : {std::pair{"an author of many", "author-7"},
                                       std::pair{"an author of none", "nobody-here"}}) {
        QList<double> samples;
        int rows = 0;
        for (int i = 0; i < 50; ++i) {
            const cache::MemberPostsQuery q{QString::fromLatin1(author), QStringLiteral("bench-me"),
                                            20};
            samples.append(timeMs([&] { rows = int(q.run(db).size()); }));
        }
        say(QStringLiteral("profile recent posts, %1 (%2 rows): %3 (target p95 < 50 ms)")
                .arg(QString::fromLatin1(name))
                .arg(rows)
                .arg(format(summarize(samples))));
    }
}

// Applies `count` new posts in pages of 500 to a fresh cache, with a feed of that community and
// the community list open or not; returns milliseconds per page and the feed's final rows.
QList<double> syncPages(int count, bool modelsOpen, const QString &path, int *feedRows) {
    constexpr int PageSize = 500;
    bench::SyntheticPosts text(13);
    auto store = openCache(path);
    store->setLocalUser(QStringLiteral("bench-reader"), QStringLiteral("Reader"));
    const QString community = addBigCommunity(*store);
    store->waitForWrites();

    models::FeedModel feed;
    models::CommunityListModel communities;
    if (modelsOpen) {
        feed.setStore(store.get());
        feed.setCommunityId(community);
        communities.setStore(store.get());
    }
    QList<double> perPage;
    qint64 seq = 2;
    for (int start = 0; start < count; start += PageSize) {
        QList<QByteArray> encoded;
        for (int i = start; i < qMin(count, start + PageSize); ++i) {
            auto p = text.post(i, community);
            p.createdAt = 1700000000000 + i; // in log order, newest last, as a first sync
            encoded.append(protocol::Change::encode(
                seq++, QStringLiteral("post"), QStringLiteral("upsert"), p.id, community,
                QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact)));
        }
        const QByteArray page =
            protocol::SyncPage::encode(encoded, QStringLiteral("c%1").arg(seq), true);
        perPage.append(timeMs([&] {
            store->applySyncPage(page);
            store->waitForWrites(); // delivers `changed`: the models update before this returns
        }));
    }
    *feedRows = feed.rowCount();
    return perPage;
}

// 5. Pages of 500 new posts, applied the way the sync engine hands them over, while a feed of
// that community and the community list are open: each page costs the writer's transaction plus
// the models' updates on this (the GUI) thread. The same pages with no model open, for scale.
void benchSyncWithFeedOpen(int count, QTemporaryDir &dir) {
    int rows = 0;
    const QList<double> open =
        syncPages(count, true, dir.filePath(QStringLiteral("open-feed.sqlite")), &rows);
    int ignored = 0;
    const QList<double> closed =
        syncPages(count, false, dir.filePath(QStringLiteral("no-feed.sqlite")), &ignored);
    const int edge = qMax(1, qMin(5, int(open.size()) / 4));
    auto average = [](const QList<double> &samples) {
        double sum = 0;
        for (double v : samples)
            sum += v;
        return samples.isEmpty() ? 0.0 : sum / double(samples.size());
    };
    const double startMs = average(open.mid(0, edge));
    const double endMs = average(open.mid(open.size() - edge));
    say(QStringLiteral("sync with the feed open: %1 posts in pages of 500; first %2 pages %3 "
                       "ms/page, last %2 pages %4 ms/page -> ratio %5 (linear: near 1); the feed "
                       "holds %6 rows")
            .arg(count)
            .arg(edge)
            .arg(startMs, 0, 'f', 1)
            .arg(endMs, 0, 'f', 1)
            .arg(endMs / startMs, 0, 'f', 2)
            .arg(rows));
    say(QStringLiteral("the same pages with no model open: first %1 ms/page, last %2 ms/page; "
                       "the models' share at the end: %3 ms/page")
            .arg(average(closed.mid(0, edge)), 0, 'f', 1)
            .arg(average(closed.mid(closed.size() - edge)), 0, 'f', 1)
            .arg(endMs - average(closed.mid(closed.size() - edge)), 0, 'f', 1));
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hearth client benchmarks"));
    parser.addHelpOption();
#ifdef HEARTHD_DEFAULT_PATH
    const QString defaultHearthd = QStringLiteral(HEARTHD_DEFAULT_PATH);
#else
    const QString defaultHearthd = qEnvironmentVariable("HEARTHD_BIN");
#endif
    const QCommandLineOption hearthdOption(QStringLiteral("hearthd"),
                                           QStringLiteral("hearthd binary"), QStringLiteral("path"),
                                           defaultHearthd);
    const QCommandLineOption syncOption(QStringLiteral("sync-posts"),
                                        QStringLiteral("posts for the sync benchmark"),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption feedOption(QStringLiteral("feed-posts"),
                                        QStringLiteral("posts for feed and search"),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption openFeedOption(
        QStringLiteral("open-feed-posts"),
        QStringLiteral("posts synced with a feed open (0 skips it)"), QStringLiteral("n"),
        QStringLiteral("20000"));
    parser.addOptions({hearthdOption, syncOption, feedOption, openFeedOption});
    parser.process(app);
    QLoggingCategory::setFilterRules(QStringLiteral("hearth.*.info=false\nhearth.*.debug=false"));

    QTemporaryDir dir;
    if (parser.value(hearthdOption).isEmpty())
        say(QStringLiteral("no hearthd (--hearthd or HEARTHD_BIN): skipping the sync benchmark"));
    else {
        qputenv("HEARTHD_BIN", parser.value(hearthdOption).toLocal8Bit());
        benchInitialSync(parser.value(syncOption).toInt(), dir);
    }
    if (parser.value(feedOption).toInt() > 0)
        benchFeedAndSearch(parser.value(feedOption).toInt(), dir);
    if (parser.value(openFeedOption).toInt() > 0)
        benchSyncWithFeedOpen(parser.value(openFeedOption).toInt(), dir);
    return 0;
}
