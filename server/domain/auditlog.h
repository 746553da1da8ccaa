#pragma once
// The audit log: who did what to whom, when, and why, for every organizer action (join
// decisions, removals, bans, role changes, moderation deletes, pins, locks). Written in the
// action's own transaction; read by the community's organizers only.

#include "server/domain/domainerror.h"

#include <QByteArray>

namespace hearthd {

class Database;
class EntityReader;
struct MutationContext;

class AuditLog {
public:
    static constexpr int MaxPage = 200;

    AuditLog(Database &db, EntityReader &reader)
        : m_db(db)
        , m_reader(reader) {}

    // Inside the action's transaction.
    static void record(MutationContext &ctx, const QString &communityId, const QString &action,
                       const QString &targetId, const QString &reason = {});

    // {"entries": [{"id", "communityId", "action", "actorId", "targetId", "reason",
    // "createdAt"}]}, newest first. forbidden for anyone but the community's organizers.
    Result<QByteArray> page(const QString &userId, const QString &communityId, int limit) const;

    // GuidelinesHistory (protocol/guidelineshistory.h): every version of the community's
    // guidelines, newest first, with who wrote it and when. Organizers only, like the log.
    Result<QByteArray> guidelines(const QString &userId, const QString &communityId) const;

private:
    Database &m_db;
    EntityReader &m_reader;
};

} // namespace hearthd
