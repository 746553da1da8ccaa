#pragma once
// Scope guard for a write transaction: rolls back unless commit() was called, so an exception or
// an early return never leaves half a change behind.

#include <QSqlDatabase>

namespace hearthd {

class Transaction {
public:
    explicit Transaction(QSqlDatabase db); // throws StorageError when BEGIN fails
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit(); // throws StorageError

private:
    QSqlDatabase m_db;
    bool m_open = true;
};

} // namespace hearthd
