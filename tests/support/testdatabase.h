#pragma once
// Which storage backend hearthd runs on in a test. By default SQLite; with
// HEARTHD_TEST_BACKEND=postgres, PostgreSQL at HEARTH_TEST_POSTGRES (a maintenance URL such as
// postgres://postgres@127.0.0.1:5432/postgres, exported by ./dev test), where each test gets
// databases of its own. Several processes on one database (HearthdCluster) need PostgreSQL
// whatever the selected backend.

#include <QString>

// In initTestCase: skips the whole test when the selected backend is unavailable (PostgreSQL
// runs without HEARTH_TEST_POSTGRES).
#define HEARTHD_SKIP_WITHOUT_BACKEND()                                                             \
    do {                                                                                           \
        QString why_;                                                                              \
        if (!hearth::testing::TestDatabase::available(&why_))                                      \
            QSKIP(qPrintable(why_));                                                               \
    } while (false)

namespace hearth::testing::TestDatabase {

// HEARTHD_TEST_BACKEND=postgres.
bool usePostgres();
// False, with the reason, when the selected backend cannot be reached (the test then skips).
bool available(QString *why);
// False, with the reason, when HEARTH_TEST_POSTGRES is unset or cannot be reached. The reason
// starts "PostgreSQL unavailable:", which ctest reports as a skip (HEARTH_PG_SKIP).
bool postgresAvailable(QString *why);
// A fresh database called `name` (an old one of that name is dropped first); its URL, or empty
// with *error.
QString createPostgres(const QString &name, QString *error);
void dropPostgres(const QString &name);
// A database name unique to this run.
QString uniqueName();

} // namespace hearth::testing::TestDatabase
