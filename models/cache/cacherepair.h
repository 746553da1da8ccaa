#pragma once
// Replaces an account's cache file that cannot be used (damaged, or written by a newer Hearth)
// with a new cache holding what the server cannot give back: the member's unsent writes and the
// cache's identity (OutboxSalvage). The new cache is made and filled beside the old file first
// (<path>.rebuilding); only then is the old file, with its -wal and -shm, renamed
// <path>.broken-<time> (kept for support, never deleted) and the new one put in its place. If
// the new cache cannot be written (a full disk), nothing is renamed: the old file stays as it was.

#include <QString>

namespace hearth::cache {

struct CacheOpenReport;

namespace CacheRepair {

// True with *report filled in (Rebuilt); false with report->problem saying why.
bool replace(const QString &path, const QString &problem, CacheOpenReport *report);

// A repair interrupted between its two renames left no file at `path` but a finished new cache
// beside it: put it in place. Nothing happens otherwise.
void finishInterrupted(const QString &path);

} // namespace CacheRepair

} // namespace hearth::cache
