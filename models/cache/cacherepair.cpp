#include "cacherepair.h"

#include "cacheinspection.h"
#include "cachelogging.h"
#include "cacheopenreport.h"
#include "outboxsalvage.h"
#include "schema.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace hearth::cache {

namespace {

// SQLite's companions of a database file, which belong with it wherever it goes.
const char *const Companions[] = {"-wal", "-shm", "-journal"};

QString rebuildingPath(const QString &path) {
    return path + QStringLiteral(".rebuilding");
}

void removeWithCompanions(const QString &path) {
    QFile::remove(path);
    for (const char *suffix : Companions)
        QFile::remove(path + QLatin1StringView(suffix));
}

QString freeBrokenName(const QString &path) {
    const QString base = path + QStringLiteral(".broken-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFile::exists(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

// Makes a new cache at `target` with what was salvaged; closed again when this returns.
bool build(const QString &target, const OutboxSalvage &salvage, QString *error) {
    removeWithCompanions(target);
    const QString name = QStringLiteral("hearth-cache-rebuild-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(target);
        if (!db.open())
            *error = db.lastError().text();
        else
            ok = Schema::migrate(db, error) && salvage.writeInto(db, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        removeWithCompanions(target);
    return ok;
}

// Renames the file and its companions; on failure, undoes what it had renamed.
bool moveWithCompanions(const QString &from, const QString &to, QString *error) {
    QStringList moved;
    QFile file(from);
    if (!file.rename(to)) {
        *error = QStringLiteral("cannot rename %1: %2").arg(from, file.errorString());
        return false;
    }
    for (const char *suffix : Companions) {
        const QString companion = from + QLatin1StringView(suffix);
        if (!QFile::exists(companion))
            continue;
        QFile part(companion);
        if (!part.rename(to + QLatin1StringView(suffix))) {
            *error = QStringLiteral("cannot rename %1: %2").arg(companion, part.errorString());
            for (const QString &suffixDone : std::as_const(moved))
                QFile::rename(to + suffixDone, from + suffixDone);
            QFile::rename(to, from);
            return false;
        }
        moved.append(QLatin1StringView(suffix));
    }
    return true;
}

} // namespace

bool CacheRepair::replace(const QString &path, const QString &problem, CacheOpenReport *report) {
    const OutboxSalvage salvage = OutboxSalvage::readFrom(path);
    const QString rebuilding = rebuildingPath(path);
    QString error;
    if (!build(rebuilding, salvage, &error)) {
        report->outcome = CacheOpenReport::Outcome::Failed;
        report->problem = QStringLiteral("%1, and a new cache could not be made beside it (%2)")
                              .arg(problem, error);
        return false;
    }
    const QString broken = freeBrokenName(path);
    if (!moveWithCompanions(path, broken, &error)) {
        removeWithCompanions(rebuilding);
        report->outcome = CacheOpenReport::Outcome::Failed;
        report->problem =
            QStringLiteral("%1, and it could not be set aside (%2)").arg(problem, error);
        return false;
    }
    if (!QFile::rename(rebuilding, path)) {
        // Put everything back as it was: the member keeps the old file and its outbox.
        QString ignored;
        moveWithCompanions(broken, path, &ignored);
        removeWithCompanions(rebuilding);
        report->outcome = CacheOpenReport::Outcome::Failed;
        report->problem =
            QStringLiteral("%1, and the new cache could not be put in its place").arg(problem);
        return false;
    }
    QFile::remove(CacheInspection::damageMarker(path));
    report->outcome = CacheOpenReport::Outcome::Rebuilt;
    report->problem = problem;
    report->brokenCopy = broken;
    report->keptWrites = salvage.count();
    report->writesMissing = !salvage.complete();
    qCWarning(lcCache).noquote()
        << QStringLiteral("replaced the cache %1 (%2); kept as %3, %4 "
                          "unsent writes carried over%5")
               .arg(path, problem, broken)
               .arg(salvage.count())
               .arg(salvage.complete() ? QString()
                                       : QStringLiteral(" (some lost: %1)").arg(salvage.problem()));
    return true;
}

void CacheRepair::finishInterrupted(const QString &path) {
    const QString rebuilding = rebuildingPath(path);
    if (QFile::exists(path) || !QFile::exists(rebuilding))
        return;
    // The old file is set aside only once the new cache is whole: with no file at `path`, the
    // one beside it is complete.
    if (QFile::rename(rebuilding, path))
        qCInfo(lcCache) << "finished an interrupted cache repair:" << path;
}

} // namespace hearth::cache
