// libFuzzer target: the app cache's writer (hearth::cache::CacheWriter) on a real SQLite file in
// a temporary folder, fed what the network hands it. The first byte picks the operation:
//   0  applySyncPage (a page from GET /v1/sync);
//   1  applyHistoryPage (a page of a community's older history), the second byte choosing whether
//      it comes with the watermark read now, as the sync engine's pager sends it, or without;
//   2  settleMutations (the answer to POST /v1/mutations);
//   3  enqueueMutation, the second byte picking the mutation's name, the rest its args (the
//      optimistic applier with what a member's write may hold).
// Properties: no sanitizer report; a sync page either moves the stored cursor to its own or,
// refused, leaves it where it was (one transaction, nothing half-applied); a stored write adds
// exactly one outbox entry and a refused one none.

#include "fuzzcheck.h"

#include "cache/cachewriter.h"
#include "cache/historywatermark.h"
#include "protocol/mutationargs.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstddef>
#include <cstdint>
#include <memory>

using hearth::cache::CacheWriter;
using hearth::fuzz::fail;

namespace {

// A fresh file every so many inputs keeps the cache's size, and so the speed, bounded.
constexpr int InputsPerFile = 5000;
const QString Community = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<CacheWriter> writer;
    QString readName;
    int inputs = 0;
    int files = 0;
    bool refused = false; // the last operation reported a failure
};

Fixture *fixture = nullptr;

void openFile() {
    if (!fixture->readName.isEmpty()) {
        QSqlDatabase::database(fixture->readName).close();
        QSqlDatabase::removeDatabase(fixture->readName);
    }
    fixture->writer = std::make_unique<CacheWriter>(); // the previous one closes its file
    const QString old = fixture->dir.filePath(QStringLiteral("cache-%1.db").arg(fixture->files));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(old + QLatin1StringView(suffix));
    const QString path = fixture->dir.filePath(QStringLiteral("cache-%1.db").arg(++fixture->files));
    QString error;
    if (!fixture->writer->open(path, &error))
        qFatal("fuzz fixture: %s", qPrintable(error));
    fixture->writer->setLocalUser(QStringLiteral("c0ffee00-0000-4000-8000-0000000000aa"),
                                  QStringLiteral("Fuzz"));
    const auto refused = [] { fixture->refused = true; };
    QObject::connect(fixture->writer.get(), &CacheWriter::syncError, refused);
    QObject::connect(fixture->writer.get(), &CacheWriter::writeFailed, refused);
    QObject::connect(fixture->writer.get(), &CacheWriter::historyError, refused);
    fixture->readName = QStringLiteral("fuzz-read-%1").arg(fixture->files);
    QSqlDatabase read = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), fixture->readName);
    read.setDatabaseName(path);
    if (!read.open())
        qFatal("fuzz fixture: cannot open the cache to read it");
}

QVariant scalar(const QString &sql) {
    QSqlQuery q(QSqlDatabase::database(fixture->readName));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QString storedCursor() {
    return scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")).toString();
}

// Where the cache's sync stands, as CacheStore::historyWatermark reads it.
hearth::cache::HistoryWatermark watermarkNow() {
    return {scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'epoch'")).toLongLong(),
            scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'applied_seq'"))
                .toLongLong()};
}

int outboxSize() {
    return scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt();
}

void syncPage(const QByteArray &page) {
    const QString before = storedCursor();
    QString newCursor;
    bool applied = false;
    const auto c = QObject::connect(fixture->writer.get(), &CacheWriter::pageApplied,
                                    [&](const QString &cursor, bool) {
                                        applied = true;
                                        newCursor = cursor;
                                    });
    fixture->writer->applySyncPage(page);
    QObject::disconnect(c);
    const QString after = storedCursor();
    if (applied && after != newCursor)
        fail("cache sync page",
             QStringLiteral("applied, but the stored cursor is '%1', not '%2'")
                 .arg(after, newCursor),
             page);
    if (!applied && after != before)
        fail("cache sync page",
             QStringLiteral("refused, but the stored cursor moved from '%1' to '%2'")
                 .arg(before, after),
             page);
    if (applied == fixture->refused)
        fail("cache sync page", QStringLiteral("neither applied nor refused, or both"), page);
}

void enqueue(uint8_t which, const QByteArray &body) {
    const auto args = hearth::fuzz::jsonObject(body);
    if (!args)
        return;
    const QStringList names = hearth::protocol::mutationNames();
    const QString name = names.at(which % names.size());
    const int before = outboxSize();
    fixture->writer->enqueueMutation(QUuid::createUuid().toString(QUuid::WithoutBraces), name,
                                     *args, 1700000000000);
    const int after = outboxSize();
    if (after != before + (fixture->refused ? 0 : 1))
        fail("cache enqueue",
             QStringLiteral("%1 %2: outbox went from %3 to %4 entries")
                 .arg(name, fixture->refused ? QStringLiteral("refused") : QStringLiteral("stored"))
                 .arg(before)
                 .arg(after),
             body);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static int appArgc = 1;
    static char *appArgv[] = {(*argv)[0], nullptr};
    Q_UNUSED(argc);
    new QCoreApplication(appArgc, appArgv);
    QLoggingCategory::setFilterRules(QStringLiteral("hearth.*=false\nqt.*=false"));
    fixture = new Fixture;
    if (!fixture->dir.isValid())
        qFatal("fuzz fixture: no temporary folder");
    openFile();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    if (++fixture->inputs % InputsPerFile == 0)
        openFile();
    fixture->refused = false;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    switch (data[0] % 4) {
    case 0:
        syncPage(rest);
        break;
    case 1:
        fixture->writer->applyHistoryPage(Community, rest,
                                          data[1] % 2
                                              ? std::optional(watermarkNow())
                                              : std::optional<hearth::cache::HistoryWatermark>());
        break;
    case 2:
        fixture->writer->settleMutations(rest);
        break;
    default:
        enqueue(data[1], rest);
        break;
    }
    return 0;
}
