#pragma once
// A write transaction whose checks and writes are one atomic unit across every process that
// shares the database. PostgreSQL runs READ COMMITTED, where a check followed by a write is not
// atomic against another process unless what the check read is locked; so before anything is
// read, this takes the database's write lock: the change log's counter row, which every write
// that logs locks anyway. Write transactions then run one at a time whichever process holds
// them, and each sees everything committed before it (each READ COMMITTED statement reads the
// latest commits, and none can commit while the lock is held).
//
// The lock is global: correct first. It is taken here and nowhere else, so a finer one (per
// community, say) can replace it in one place when more mutations per second are wanted.

#include "server/storage/storageerror.h"
#include "server/storage/transaction.h"

#include <utility>

namespace hearthd {

class Database;

class WriteTransaction {
public:
    explicit WriteTransaction(Database &db); // throws StorageError
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();
    // A point to return to without giving up the transaction or its lock: a refused mutation
    // drops what it wrote and still stores its receipt under the same lock.
    void setSavepoint();
    void rollbackToSavepoint();

    // Runs `unit(WriteTransaction &)` (which commits) in a fresh transaction, again when the
    // engine aborted it to break a deadlock or a serialization failure; other errors propagate.
    template<typename Unit> static auto run(Database &db, Unit &&unit) {
        for (int attempt = 1;; ++attempt) {
            try {
                WriteTransaction tx(db);
                return unit(tx);
            } catch (const StorageError &e) {
                if (!e.isRetryable() || attempt >= MaxAttempts)
                    throw;
            }
        }
    }

private:
    static constexpr int MaxAttempts = 3;

    Database &m_db;
    Transaction m_tx;
};

} // namespace hearthd
