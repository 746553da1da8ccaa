#pragma once
// GET /v1/sync in domain terms: one page of the change log as a user may see it, written as the
// wire's JSON bytes straight from the stored payloads.

#include "server/domain/domainerror.h"

#include <QByteArray>

namespace hearthd {

class ChangeLog;
class Database;
class EntityReader;

class SyncService {
public:
    static constexpr int DefaultLimit = 200;
    static constexpr int MaxLimit = 500;

    SyncService(Database &db, ChangeLog &log, EntityReader &reader);

    // Event reminders due for the user are created (once each) before the page is read.
    // invalid_request for a malformed cursor or a limit outside 1..MaxLimit; resync_required for
    // a cursor of another log, from beyond this log's head, or from another history of it (the
    // row at its seq is not the one it was read from: a restored backup).
    Result<QByteArray> page(const QString &userId, const QString &cursor, int limit) const;
    // The cursor a client holding everything up to now would have (for stream pokes).
    QString headCursor() const;
    const QString &logId() const { return m_logId; }

private:
    Database &m_db;
    ChangeLog &m_log;
    EntityReader &m_reader;
    QString m_logId;
};

} // namespace hearthd
