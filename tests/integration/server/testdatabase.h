#pragma once
// Which storage backend the server tests run against. By default SQLite; with
// HEARTHD_TEST_BACKEND=postgres, PostgreSQL at HEARTH_TEST_POSTGRES (a maintenance URL such as
// postgres://postgres@127.0.0.1:5432/postgres, exported by ./dev test), where each test gets a
// database of its own.

#include <QString>

namespace hearthd::test::TestDatabase {

bool usePostgres();
// False, with the reason, when the selected backend cannot be reached (the test then skips with
// a message starting "PostgreSQL unavailable:", which ctest reports as a skip: HEARTH_PG_SKIP).
bool available(QString *why);
// A fresh database called `name` (an old one of that name is dropped first); its URL, or empty
// with *error.
QString createPostgres(const QString &name, QString *error);
void dropPostgres(const QString &name);
// A database name unique to this run.
QString uniqueName();

} // namespace hearthd::test::TestDatabase
