#pragma once
// How much of the cache file each community takes, for "Keep offline" and the storage settings.
// SQLite cannot say which pages hold which community's rows, so each community's share is
// estimated from the bytes of what it stores (posts, comments, events, reactions) plus the search
// index and per-row overhead, then scaled so the shares add up to the file's real size on disk.
// A full scan of the community's rows: run it when the numbers are shown, not on every sync.

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hearth::cache {

struct CommunityUsage {
    QString communityId;
    QString name;
    qint64 bytes = 0; // estimated share of the file on disk
    int posts = 0;
    int comments = 0;
};

struct StorageUsage {
    qint64 fileBytes = 0;              // the database file and its write-ahead log, as on disk
    QList<CommunityUsage> communities; // by name
};

struct StorageUsageQuery {
    QString path; // the cache file (its -wal file is counted too)

    StorageUsage run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
