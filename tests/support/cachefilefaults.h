#pragma once
// Damage done to a real cache file, the way a disk, a crash or a careless copy does it, for the
// tests of what the app does with a broken cache: pages written over with garbage, the file cut
// short, found by what SQLite says they hold (its dbstat table). The file must be closed (its
// WAL checkpointed into it) first.

#include <QList>
#include <QString>

namespace hearth::testing::CacheFileFaults {

// The database's page size, and the pages (numbered from 1) of a table or index, in order.
int pageSize(const QString &path);
QList<int> pagesOf(const QString &path, const QString &table);
// Leaf pages only (where a table's rows are).
QList<int> leafPagesOf(const QString &path, const QString &table);
// Writes random bytes over page `page`.
bool scribble(const QString &path, int page);
// Cuts the file to its first `pages` pages.
bool truncateToPages(const QString &path, int pages);
// Sets PRAGMA user_version (a cache "from another version of Hearth").
bool setUserVersion(const QString &path, int version);
// PRAGMA quick_check's first line ("ok" when whole).
QString quickCheck(const QString &path);

} // namespace hearth::testing::CacheFileFaults
