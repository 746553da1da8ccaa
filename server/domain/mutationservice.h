#pragma once
// POST /v1/mutations in domain terms. Each mutation runs in its own write transaction (see
// WriteTransaction: its checks and writes are atomic across processes) together with its receipt
// (user, clientId, mutation id -> result), so a replay answers the first result and changes
// nothing, and a rejected mutation never blocks the ones after it.

#include "protocol/mutation.h"
#include "server/domain/domainerror.h"

#include <functional>

namespace hearthd {

class ChangeLog;
class Database;
class EntityReader;
struct MutationContext;

class MutationService {
public:
    static constexpr int MaxBatch = 100;
    using Handler =
        std::function<hearth::protocol::MutationResult(MutationContext &, const QJsonObject &)>;

    MutationService(Database &db, ChangeLog &log, EntityReader &reader);

    // invalid_request for an oversized batch; internal when storage fails (mutations before the
    // failure stay applied, and a retry of the batch replays them).
    Result<hearth::protocol::MutationResponse> apply(const QString &userId,
                                                     const hearth::protocol::MutationBatch &batch);
    // Runs one mutation by name without receipts (seeding, operator commands).
    hearth::protocol::MutationResult run(MutationContext &ctx, const QString &name,
                                         const QJsonObject &args) const;

    // Called after each commit that appended to the change log (stream pokes hang off this).
    void setOnCommitted(std::function<void()> callback) { m_onCommitted = std::move(callback); }

    static QStringList names();

    // Mutations answered from their receipt since start (a client resending what it did not
    // see settled); published on /metrics.
    quint64 replays() const { return m_replays; }

private:
    hearth::protocol::MutationResult applyOne(const QString &userId, const QString &clientId,
                                              const hearth::protocol::Mutation &m, bool *logged);
    hearth::protocol::MutationResult replayed(hearth::protocol::MutationResult previous,
                                              const hearth::protocol::Mutation &m);
    // The first answer to a mutation, for a replay; a conflict's `current` is read anew.
    std::optional<hearth::protocol::MutationResult>
    receipt(const QString &userId, const QString &clientId, const QString &mutationId) const;
    // A conflict's `current` is stored as its id alone: receipts keep no text.
    void storeReceipt(const QString &userId, const QString &clientId,
                      const hearth::protocol::Mutation &m,
                      const hearth::protocol::MutationResult &result, qint64 now);

    Database &m_db;
    ChangeLog &m_log;
    EntityReader &m_reader;
    std::function<void()> m_onCommitted;
    quint64 m_replays = 0;
};

} // namespace hearthd
