#pragma once
// Older history of a community, paged on demand: joining delivers only the newest posts, and a
// client that wants more (or keeps a community offline) walks back from there. Each page says
// whether it reached the beginning ("complete"), so a client never guesses.

#include "server/domain/domainerror.h"

#include <QByteArray>

namespace hearthd {

class Database;
class EntityReader;

class HistoryService {
public:
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 200;

    HistoryService(Database &db, EntityReader &reader)
        : m_db(db)
        , m_reader(reader) {}

    // {"changes": [post upsert, its comments..., ...], "before": "<opaque>", "complete": bool}:
    // up to `limit` posts older than `before` (empty: the newest), newest first, each followed
    // by its comments; changes carry seq 0 (they are copies, not log entries). Active members
    // only.
    Result<QByteArray> page(const QString &userId, const QString &communityId,
                            const QString &before, int limit) const;

private:
    Database &m_db;
    EntityReader &m_reader;
};

} // namespace hearthd
