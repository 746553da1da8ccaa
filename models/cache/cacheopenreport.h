#pragma once
// What CacheStore::open found when it opened an account's cache, for the app to tell the member:
// a damaged file replaced by a new cache (its unsent writes carried over, the old file kept for
// support), a file written by a newer Hearth left alone until the member agrees to set it aside,
// a cache that cannot be opened, or a disk nearly full.

#include <QCoreApplication>
#include <QString>

namespace hearth::cache {

struct CacheOpenReport {
    Q_DECLARE_TR_FUNCTIONS(CacheOpenReport)

public:
    enum class Outcome {
        Opened,       // as it was
        Rebuilt,      // it was damaged (or set aside on request): a new cache was made
        RefusedNewer, // written by a newer Hearth: not opened, not changed
        Failed,       // could not be opened (or replaced); nothing was changed
    };

    Outcome outcome = Outcome::Opened;
    QString problem;            // what was wrong, in SQLite's (or the system's) words
    QString brokenCopy;         // Rebuilt: the old file, kept as <path>.broken-<time>
    int keptWrites = 0;         // Rebuilt: unsent writes carried over into the new cache
    bool writesMissing = false; // Rebuilt: the old outbox could not be read to its end
    qint64 freeBytes = -1;      // space left where the cache lives (-1: unknown)

    // Below this, saving is likely to fail soon: the member is told before it does.
    static constexpr qint64 LowSpaceBytes = 20 * 1024 * 1024;
    bool lowOnSpace() const { return freeBytes >= 0 && freeBytes < LowSpaceBytes; }
    // It could not be opened for want of space: worth trying again once some is freed.
    bool waitingForSpace() const { return outcome == Outcome::Failed && lowOnSpace(); }

    // For the member: empty when there is nothing to say.
    QString message() const;
};

} // namespace hearth::cache
