#include "writetransaction.h"

#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd {

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
    , m_tx(db.connection()) {
    // A row lock in PostgreSQL (held to commit or rollback); the write lock of the whole file in
    // SQLite. Setting the value to itself changes nothing a reader could see.
    Query::cached(m_db, QStringLiteral("UPDATE counters SET value = value WHERE name = 'seq'"))
        .exec();
}

void WriteTransaction::commit() {
    m_tx.commit();
}

void WriteTransaction::setSavepoint() {
    Query::execute(m_db.connection(), QStringLiteral("SAVEPOINT unit"));
}

void WriteTransaction::rollbackToSavepoint() {
    Query::execute(m_db.connection(), QStringLiteral("ROLLBACK TO SAVEPOINT unit"));
}

} // namespace hearthd
