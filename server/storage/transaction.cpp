#include "transaction.h"

#include "server/storage/storageerror.h"
#include "server/storage/storagelogging.h"

#include <QSqlError>

namespace hearthd {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    if (!m_db.transaction())
        throw StorageError::from(QStringLiteral("BEGIN failed"), m_db.lastError(), m_db.isOpen());
}

Transaction::~Transaction() {
    // On a lost connection there is nothing to roll back (the server did) and nothing to say:
    // the DatabaseSupervisor reports the outage once.
    if (m_open && m_db.isOpen() && !m_db.rollback() && m_db.isOpen())
        qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
}

void Transaction::commit() {
    if (!m_db.commit())
        throw StorageError::from(QStringLiteral("COMMIT failed"), m_db.lastError(), m_db.isOpen());
    m_open = false;
}

} // namespace hearthd
