#include "sqlitebackend.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hearthd {

bool SqliteBackend::open(const QString &connectionName, QString *error) const {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_path);
    // A writer waits for another process's lock instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    // NORMAL is durable in WAL mode except for the last commits before a power cut; a bigger
    // page cache and memory-mapped reads keep sync pages off the read() path.
    const char *const pragmas[] = {"PRAGMA journal_mode=WAL",  "PRAGMA synchronous=NORMAL",
                                   "PRAGMA foreign_keys=ON",   "PRAGMA temp_store=MEMORY",
                                   "PRAGMA cache_size=-65536", "PRAGMA mmap_size=268435456"};
    for (const char *pragma : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = QStringLiteral("%1 failed: %2")
                         .arg(QString::fromLatin1(pragma), q.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace hearthd
