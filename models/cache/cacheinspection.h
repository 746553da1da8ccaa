#pragma once
// A look at an account's cache file before anything writes to it: is it a SQLite database, is it
// whole (PRAGMA quick_check), and is its schema one this Hearth understands? Read-only: a file
// written by a newer Hearth is not modified by looking at it.
//
// quick_check reads every page (about 0.4 s for a 140 MB cache of 100k posts here), so above
// FullCheckBytes only what cannot be fetched again is checked at start (the outbox and the
// cache's identity); damage elsewhere is found when a write meets it (CacheWriter marks the file,
// see markDamaged()) and repaired at the next start.

#include <QSqlDatabase>
#include <QString>

namespace hearth::cache {

struct CacheInspection {
    enum class State {
        Missing,    // no file yet, or an empty one: a new cache is made
        Healthy,    // a database of a schema this Hearth reads
        Damaged,    // not a database, truncated, or its pages fail quick_check
        Newer,      // PRAGMA user_version above Schema::latestVersion()
        Unreadable, // the file cannot be read at all (permissions, I/O)
    };

    State state = State::Missing;
    QString detail; // why, in SQLite's words, for messages and the log
    int version = 0;

    static constexpr qint64 FullCheckBytes = 64 * 1024 * 1024;

    static CacheInspection of(const QString &path);

    // Damage met while the cache was in use: remembered beside the file (<path>.damaged), so the
    // next start repairs it. Removed by the repair.
    static void markDamaged(const QString &path, const QString &detail);
    static QString damageMarker(const QString &path);

    // A connection that only reads `path` and leaves nothing behind: with no WAL beside the
    // file, it is opened immutable (SQLite then makes no -wal or -shm); with one, read-only, so
    // that what the WAL holds is read too. The caller removes it.
    static QSqlDatabase readOnlyConnection(const QString &connectionName, const QString &path);
};

} // namespace hearth::cache
