#pragma once
// hearthd's schema as a list of forward migrations in portable SQL (SQLite and PostgreSQL).
// The version lives in the meta table; each step runs in its own transaction, and a database
// whose version is newer than this build knows is refused rather than guessed at.

#include <QString>

namespace hearthd {

class Database;

class Schema {
public:
    static int currentVersion();
    // Brings the database to currentVersion() (or to `upTo`, for tests of a migration); false
    // and a message on refusal or failure.
    static bool migrate(Database &db, QString *error, int upTo = -1);
};

} // namespace hearthd
