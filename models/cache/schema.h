#pragma once
// The cache's schema and its forward migrations. The version lives in PRAGMA user_version; each
// step from version N-1 to N runs in its own transaction together with the version bump, so a
// crash leaves the file at a whole version. A file whose version is newer than this app knows is
// refused: an older app must never write into a schema it does not understand.

#include <QSqlDatabase>
#include <QString>

namespace hearth::cache {

class Schema {
public:
    // The version this build creates and understands.
    static int latestVersion();
    // The file's current user_version, or -1 (and *error) when it cannot be read.
    static int currentVersion(const QSqlDatabase &db, QString *error);
    // Brings `db` to latestVersion(); false with a message for people on failure or when the file
    // is newer than this app.
    static bool migrate(QSqlDatabase &db, QString *error);
    // Brings `db` to `version` (<= latestVersion()); for tests of the upgrade path.
    static bool migrateTo(QSqlDatabase &db, int version, QString *error);
};

} // namespace hearth::cache
