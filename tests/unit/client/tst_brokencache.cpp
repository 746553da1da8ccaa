// A broken cache file, found when the app opens it: cut short, pages written over with garbage,
// not a database at all, written by a newer Hearth, or on a full disk. Each case is a real file
// damaged the way a disk or a crash damages it. What the member wrote and had not sent yet is
// carried over into the new cache (with the cache's client id, so the server still recognises
// it), the old file is kept beside it for support, and the report says what happened.

#include "cachefilefaults.h"
#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "cache/schema.h"
#include "protocol/mutation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using hearth::cache::CacheOpenReport;
using hearth::cache::CacheStore;
using hearth::cache::Schema;
using hearth::testing::PageBuilder;
namespace Faults = hearth::testing::CacheFileFaults;

namespace {

QByteArray checksum(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QJsonObject postArgs(const QString &id, const QString &title, int bodyBytes = 40) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("communityId"), QStringLiteral("c1")},
            {QStringLiteral("kind"), QStringLiteral("discussion")},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), QString(bodyBytes, QLatin1Char('w'))},
            {QStringLiteral("topic"), QString()}};
}

int count(CacheStore &store, const QString &sql) {
    QSqlQuery q(store.readConnection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// The files next to `path` that a repair kept: <name>.broken-<time>.
QStringList brokenCopies(const QString &path) {
    const QFileInfo info(path);
    return info.dir().entryList({info.fileName() + QStringLiteral(".broken-*")}, QDir::Files);
}

} // namespace

class TestBrokenCache : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("cache%1.sqlite").arg(++m_files)); }

    // A closed cache holding synced posts and `writes` unsent ones (ids returned), as the app
    // leaves it when it quits offline. `bodyBytes` makes rows big enough to span pages.
    QStringList makeCache(const QString &path, int synced, int writes, QString *clientId,
                          int bodyBytes = 40) {
        QStringList ids;
        auto store = CacheStore::open(path, nullptr);
        if (!store)
            return ids;
        store->setLocalUser(QStringLiteral("u1"), QStringLiteral("Ada"));
        PageBuilder page;
        page.community(QStringLiteral("c1"), QStringLiteral("Makers"));
        for (int i = 0; i < synced; ++i)
            page.post(QStringLiteral("synced-%1").arg(i), QStringLiteral("c1"), 1000 + i,
                      QStringLiteral("Synced post %1 with a longer title to fill pages").arg(i));
        store->applySyncPage(page.build(QStringLiteral("cur-1")));
        for (int i = 0; i < writes; ++i)
            ids.append(store->enqueueMutation(
                QString::fromLatin1(hearth::protocol::MutationName::PostCreate),
                postArgs(QStringLiteral("offline-%1").arg(i), QStringLiteral("Offline %1").arg(i),
                         bodyBytes)));
        store->waitForWrites();
        *clientId = store->clientId();
        return ids;
    }

    // Opens a damaged file and checks what every repair promises: a new cache, the old file kept
    // as it was, the unsent writes in `expected` carried over (with the client id), shown as
    // pending, and a report for the member.
    void expectRebuilt(const QString &path, const QStringList &expected, const QString &clientId,
                       bool writesMissing) {
        const QByteArray before = checksum(path);
        CacheOpenReport report;
        auto store = CacheStore::open(path, report);
        QVERIFY2(store, qPrintable(report.message()));
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Rebuilt);
        QCOMPARE(report.keptWrites, int(expected.size()));
        QCOMPARE(report.writesMissing, writesMissing);
        QVERIFY(QFile::exists(report.brokenCopy));
        QCOMPARE(checksum(report.brokenCopy), before);
        QCOMPARE(brokenCopies(path).size(), 1);
        QVERIFY2(report.message().contains(QFileInfo(report.brokenCopy).fileName()),
                 qPrintable(report.message()));
        QVERIFY2(report.message().contains(QStringLiteral("damaged")),
                 qPrintable(report.message()));

        // Nothing of the old content: it comes again from the server (no cursor, no posts but
        // the carried-over ones).
        QVERIFY(store->cursor().isEmpty());
        QCOMPARE(store->clientId(), clientId);
        QCOMPARE(store->localUserId(), QStringLiteral("u1"));
        const auto pending = store->pendingMutations(10000);
        QStringList ids;
        for (const auto &entry : pending)
            ids.append(entry.id);
        QCOMPARE(ids, expected);
        store->waitForWrites();
        QCOMPARE(
            count(*store, QStringLiteral("SELECT count(*) FROM posts WHERE id LIKE 'synced-%'")),
            0);
        QCOMPARE(
            count(*store, QStringLiteral("SELECT count(*) FROM posts WHERE id LIKE 'offline-%'")),
            int(expected.size()));
        QCOMPARE(Faults::quickCheck(path), QStringLiteral("ok"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aTruncatedFileIsRebuiltWithItsUnsentWrites() {
        const QString path = newPath();
        QString clientId;
        const QStringList ids = makeCache(path, 400, 3, &clientId);
        QCOMPARE(ids.size(), 3);
        // Lose the end of the file, past the pages of the schema and the outbox, so what was
        // unsent can still be read back.
        const QList<int> outbox = Faults::pagesOf(path, QStringLiteral("outbox"));
        const QList<int> schema = Faults::pagesOf(path, QStringLiteral("sqlite_schema"));
        const QList<int> posts = Faults::pagesOf(path, QStringLiteral("posts"));
        QVERIFY(!outbox.isEmpty() && !schema.isEmpty() && !posts.isEmpty());
        const int keep = qMax(outbox.last(), schema.last()) + 1;
        QVERIFY2(posts.last() > keep + 2, "the posts do not reach past the outbox");
        QVERIFY(Faults::truncateToPages(path, keep));
        expectRebuilt(path, ids, clientId, false);
    }

    void garbagePagesAreFoundAndTheOutboxKept() {
        const QString path = newPath();
        QString clientId;
        const QStringList ids = makeCache(path, 200, 4, &clientId);
        const QList<int> posts = Faults::leafPagesOf(path, QStringLiteral("posts"));
        QVERIFY(posts.size() > 3);
        QVERIFY(Faults::scribble(path, posts.at(1)));
        QVERIFY(Faults::scribble(path, posts.at(2)));
        QVERIFY(Faults::quickCheck(path) != QStringLiteral("ok"));
        expectRebuilt(path, ids, clientId, false);
    }

    void garbageInTheOutboxKeepsWhatCanBeRead() {
        const QString path = newPath();
        QString clientId;
        // Rows of 1.5 KB: a few per page, the outbox spread over many leaf pages.
        const QStringList ids = makeCache(path, 10, 40, &clientId, 1500);
        const QList<int> leaves = Faults::leafPagesOf(path, QStringLiteral("outbox"));
        QVERIFY2(leaves.size() >= 5, qPrintable(QString::number(leaves.size())));
        const int hit = leaves.at(leaves.size() / 2);
        QVERIFY(Faults::scribble(path, hit));

        CacheOpenReport report;
        auto store = CacheStore::open(path, report);
        QVERIFY2(store, qPrintable(report.message()));
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Rebuilt);
        QVERIFY(report.writesMissing);
        QVERIFY2(report.message().contains(QStringLiteral("could not be read back")),
                 qPrintable(report.message()));
        // Rows on both sides of the damaged page are kept, in their order; only that page's are
        // lost.
        const auto pending = store->pendingMutations(10000);
        QVERIFY2(pending.size() >= ids.size() - 6 && pending.size() < ids.size(),
                 qPrintable(QString::number(pending.size())));
        QCOMPARE(pending.first().id, ids.first());
        QCOMPARE(pending.last().id, ids.last());
        for (qsizetype i = 1; i < pending.size(); ++i)
            QVERIFY(ids.indexOf(pending.at(i - 1).id) < ids.indexOf(pending.at(i).id));
        QCOMPARE(store->clientId(), clientId);
    }

    void aFileThatIsNotADatabaseIsSetAside() {
        const QString path = newPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64 * 1024, 'x'));
        file.close();
        const QByteArray before = checksum(path);
        CacheOpenReport report;
        auto store = CacheStore::open(path, report);
        QVERIFY2(store, qPrintable(report.message()));
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Rebuilt);
        QCOMPARE(report.keptWrites, 0);
        QVERIFY(report.writesMissing);
        QVERIFY2(report.problem.contains(QStringLiteral("not a SQLite database")),
                 qPrintable(report.problem));
        QCOMPARE(checksum(report.brokenCopy), before);
        QCOMPARE(store->unsentCount(), 0);
    }

    void aCacheFromANewerHearthIsLeftAloneUntilTheMemberAgrees() {
        const QString path = newPath();
        QString clientId;
        const QStringList ids = makeCache(path, 20, 2, &clientId);
        QVERIFY(Faults::setUserVersion(path, Schema::latestVersion() + 1));
        const QByteArray before = checksum(path);
        const QDateTime modified = QFileInfo(path).lastModified();

        CacheOpenReport report;
        QVERIFY(!CacheStore::open(path, report));
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::RefusedNewer);
        QVERIFY2(report.message().contains(QStringLiteral("written by a newer Hearth")),
                 qPrintable(report.message()));
        QVERIFY2(report.message().contains(QStringLiteral("move it aside and rebuild")),
                 qPrintable(report.message()));
        // Refused, not touched: same bytes, same time, nothing set aside, no WAL left behind.
        QCOMPARE(checksum(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QVERIFY(brokenCopies(path).isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        // The member chose to move it aside and rebuild.
        auto store = CacheStore::rebuild(path, report);
        QVERIFY2(store, qPrintable(report.message()));
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Rebuilt);
        QCOMPARE(report.keptWrites, 2);
        QCOMPARE(checksum(report.brokenCopy), before);
        QCOMPARE(store->clientId(), clientId);
        QCOMPARE(store->pendingMutations(10).size(), 2);
        QCOMPARE(store->pendingMutations(10).first().id, ids.first());
    }

    // Damage where the start-up check does not look (it checks only the outbox of a big cache)
    // is met by a write: the member is told, and the next start repairs it.
    void damageMetWhileRunningIsRepairedAtTheNextStart() {
        const QString path = newPath();
        QString clientId;
        const QStringList ids = makeCache(path, 200, 2, &clientId);
        auto store = CacheStore::open(path, nullptr);
        QVERIFY(store);
        const QList<int> leaves = Faults::leafPagesOf(path, QStringLiteral("posts"));
        QVERIFY(leaves.size() > 3);
        QVERIFY(Faults::scribble(path, leaves.at(2))); // not read since the store opened

        QSignalSpy damaged(store.get(), &CacheStore::damageFound);
        QSignalSpy syncFailed(store.get(), &CacheStore::syncError);
        PageBuilder again;
        for (int i = 0; i < 200; ++i)
            again.post(QStringLiteral("synced-%1").arg(i), QStringLiteral("c1"), 1000 + i,
                       QStringLiteral("Edited %1").arg(i));
        store->applySyncPage(again.build(QStringLiteral("cur-2")));
        store->waitForWrites();
        QCOMPARE(syncFailed.size(), 1);
        QCOMPARE(damaged.size(), 1);
        QVERIFY2(damaged.first().first().toString().contains(QStringLiteral("malformed")),
                 qPrintable(damaged.first().first().toString()));
        QCOMPARE(store->unsentCount(), 2);
        store.reset();

        CacheOpenReport report;
        store = CacheStore::open(path, report);
        QVERIFY2(store, qPrintable(report.message()));
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Rebuilt);
        QCOMPARE(report.keptWrites, 2);
        QCOMPARE(store->clientId(), clientId);
        QVERIFY(!QFile::exists(path + QStringLiteral(".damaged")));
    }

    void anInterruptedRepairIsFinishedAtTheNextStart() {
        const QString path = newPath();
        QString clientId;
        const QStringList ids = makeCache(path, 5, 2, &clientId);
        // As if the app died after setting the old file aside, before the new one took its place.
        QVERIFY(QFile::rename(path, path + QStringLiteral(".rebuilding")));
        auto store = CacheStore::open(path, nullptr);
        QVERIFY(store);
        QCOMPARE(store->pendingMutations(10).size(), 2);
        QCOMPARE(store->clientId(), clientId);
        QVERIFY(!QFile::exists(path + QStringLiteral(".rebuilding")));
    }

    // A real full file system: a small tmpfs, filled up. Mounting needs root; without it the
    // same is shown with a file size limit (cacheFileThatCannotGrow).
    void aFullDiskFailsWritesVisiblyAndRecovers() {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root; see cacheFileThatCannotGrow");
        QTemporaryDir mountPoint;
        if (::mount("tmpfs", QFile::encodeName(mountPoint.path()).constData(), "tmpfs", 0,
                    "size=4m") != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: %1")
                                 .arg(QString::fromLocal8Bit(strerror(errno)))));
        const auto unmount = qScopeGuard(
            [&] { ::umount2(QFile::encodeName(mountPoint.path()).constData(), MNT_DETACH); });
        const QString path = mountPoint.filePath(QStringLiteral("cache.sqlite"));
        const QString filler = mountPoint.filePath(QStringLiteral("filler"));
        QString clientId;
        const QStringList ids = makeCache(path, 50, 2, &clientId);
        QCOMPARE(ids.size(), 2);
        auto store = CacheStore::open(path, nullptr);
        QVERIFY(store);
        store->setLocalUser(QStringLiteral("u1"), QStringLiteral("Ada"));
        fillDisk(filler);
        expectWritesFailThenRecover(
            *store, [&] { QFile::remove(filler); }, 2);

        // Started on a full disk: SQLite cannot make the WAL's index, so the cache does not
        // open; the member is told why (the app keeps trying), and nothing is set aside.
        store.reset();
        fillDisk(filler);
        const QByteArray before = checksum(path);
        CacheOpenReport report;
        store = CacheStore::open(path, report);
        QVERIFY(!store);
        QVERIFY(report.waitingForSpace());
        QVERIFY2(report.message().contains(QStringLiteral("the disk is full")),
                 qPrintable(report.message()));
        QCOMPARE(checksum(path), before);
        QVERIFY(brokenCopies(path).isEmpty());
        // Some room again: the same file opens with everything it held, and the member is told
        // the disk is nearly full.
        QVERIFY(QFile::resize(filler, QFileInfo(filler).size() - 256 * 1024));
        store = CacheStore::open(path, report);
        QVERIFY2(store, qPrintable(report.message()));
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Opened);
        QVERIFY(report.lowOnSpace());
        QVERIFY2(report.message().contains(QStringLiteral("disk is almost full")),
                 qPrintable(report.message()));
        QCOMPARE(store->unsentCount(), 3);
        QCOMPARE(
            count(*store, QStringLiteral("SELECT count(*) FROM posts WHERE id LIKE 'synced-%'")),
            50);
    }

    // Without root: the process may not make files bigger than they are (RLIMIT_FSIZE), so the
    // cache cannot grow, as on a full disk; raising the limit is space coming back.
    void cacheFileThatCannotGrow() {
        const QString path = newPath();
        QString clientId;
        makeCache(path, 50, 2, &clientId);
        auto store = CacheStore::open(path, nullptr);
        QVERIFY(store);
        store->setLocalUser(QStringLiteral("u1"), QStringLiteral("Ada"));
        store->waitForWrites();
        const auto previous = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of being killed
        rlimit saved{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
        rlimit tight = saved;
        tight.rlim_cur = rlim_t(QFileInfo(path).size());
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &tight) == 0);
        const auto restore = qScopeGuard([&] {
            ::setrlimit(RLIMIT_FSIZE, &saved);
            std::signal(SIGXFSZ, previous);
        });
        expectWritesFailThenRecover(
            *store, [&] { ::setrlimit(RLIMIT_FSIZE, &saved); }, 2);
    }

private:
    static void fillDisk(const QString &filler) {
        QFile file(filler);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
        const QByteArray block(64 * 1024, 'f');
        while (file.write(block) == block.size() && file.flush()) {
        }
        file.close();
    }

    // Writes big enough to need new pages fail with writeFailed and change nothing stored; once
    // `makeRoom` ran, the same store saves again (no restart).
    void expectWritesFailThenRecover(CacheStore &store, const std::function<void()> &makeRoom,
                                     int unsentBefore) {
        QCOMPARE(store.unsentCount(), unsentBefore);
        QSignalSpy failed(&store, &CacheStore::writeFailed);
        QSignalSpy syncFailed(&store, &CacheStore::syncError);
        const QString cursorBefore = store.cursor();
        store.enqueueMutation(
            QString::fromLatin1(hearth::protocol::MutationName::PostCreate),
            postArgs(QStringLiteral("on-a-full-disk"), QStringLiteral("Full"), 400 * 1024));
        PageBuilder page;
        for (int i = 0; i < 200; ++i)
            page.post(QStringLiteral("late-%1").arg(i), QStringLiteral("c1"), 5000 + i,
                      QString(2000, QLatin1Char('p')));
        store.applySyncPage(page.build(QStringLiteral("cur-2")));
        store.waitForWrites();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("disk")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(syncFailed.size(), 1);
        // Nothing already stored is lost, and nothing half-written shows.
        QCOMPARE(store.unsentCount(), unsentBefore);
        QCOMPARE(store.cursor(), cursorBefore);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM posts WHERE id LIKE 'late-%'")),
                 0);
        QCOMPARE(
            count(store, QStringLiteral("SELECT count(*) FROM posts WHERE id LIKE 'synced-%'")),
            50);

        makeRoom();
        QSignalSpy outbox(&store, &CacheStore::outboxChanged);
        store.enqueueMutation(
            QString::fromLatin1(hearth::protocol::MutationName::PostCreate),
            postArgs(QStringLiteral("after-space-returned"), QStringLiteral("Room again")));
        store.waitForWrites();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!outbox.isEmpty());
        QCOMPARE(store.unsentCount(), unsentBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestBrokenCache)
#include "tst_brokencache.moc"
