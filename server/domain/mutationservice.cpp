#include "mutationservice.h"

#include "server/domain/alertmutations.h"
#include "server/domain/changelog.h"
#include "server/domain/clock.h"
#include "server/domain/commentmutations.h"
#include "server/domain/communitymutations.h"
#include "server/domain/domainlogging.h"
#include "server/domain/eventmutations.h"
#include "server/domain/invitemutations.h"
#include "server/domain/membershipmutations.h"
#include "server/domain/moderationmutations.h"
#include "server/domain/mutationcontext.h"
#include "server/domain/notifications.h"
#include "server/domain/policy.h"
#include "server/domain/postmutations.h"
#include "server/domain/profilemutations.h"
#include "server/domain/reactionmutations.h"
#include "server/domain/reportmutations.h"
#include "server/domain/rsvpmutations.h"
#include "server/domain/textcheck.h"
#include "server/storage/database.h"
#include "server/storage/query.h"
#include "server/storage/storageerror.h"
#include "server/storage/writetransaction.h"

#include <QHash>
#include <QJsonDocument>

namespace hearthd {

using namespace hearth::protocol;

namespace {
// A handler of typed args, filed under the args' own mutation name. The args are read (and a
// problem with them refused as invalid_request, naming the field) before the handler runs, so
// a handler never sees raw JSON.
template<typename Args>
std::pair<QString, MutationService::Handler> handle(MutationResult (*run)(MutationContext &,
                                                                          const Args &)) {
    return {QString::fromLatin1(Args::Name), [run](MutationContext &ctx, const QJsonObject &json) {
                QString invalid;
                const std::optional<Args> args = Args::fromJson(json, &invalid);
                if (!args)
                    return MutationContext::rejected(DomainError::invalid(invalid));
                return run(ctx, *args);
            }};
}

const QHash<QString, MutationService::Handler> &handlers() {
    static const QHash<QString, MutationService::Handler> all{
        handle(CommunityMutations::create),
        handle(CommunityMutations::update),
        handle(CommunityMutations::acceptGuidelines),
        handle(MembershipMutations::join),
        handle(MembershipMutations::leave),
        handle(PostMutations::create),
        handle(PostMutations::edit),
        handle(PostMutations::remove),
        handle(PostMutations::pin),
        handle(PostMutations::lock),
        handle(CommentMutations::create),
        handle(CommentMutations::edit),
        handle(CommentMutations::remove),
        handle(ModerationMutations::approve),
        handle(ModerationMutations::deny),
        handle(ModerationMutations::remove),
        handle(ModerationMutations::ban),
        handle(ModerationMutations::unban),
        handle(ModerationMutations::setRole),
        handle(ReactionMutations::set),
        handle(ReactionMutations::clear),
        handle(EventMutations::create),
        handle(EventMutations::edit),
        handle(EventMutations::cancel),
        handle(RsvpMutations::set),
        handle(InviteMutations::create),
        handle(InviteMutations::revoke),
        handle(ReportMutations::create),
        handle(ReportMutations::resolve),
        handle(Notifications::markRead),
        handle(ProfileMutations::update),
        handle(AlertMutations::set),
    };
    return all;
}
} // namespace

MutationService::MutationService(Database &db, ChangeLog &log, EntityReader &reader)
    : m_db(db)
    , m_log(log)
    , m_reader(reader) {}

QStringList MutationService::names() {
    QStringList out = handlers().keys();
    out.sort();
    return out;
}

MutationResult MutationService::run(MutationContext &ctx, const QString &name,
                                    const QJsonObject &args) const {
    const auto it = handlers().constFind(name);
    if (it == handlers().constEnd())
        return MutationContext::rejected(
            DomainError::invalid(QStringLiteral("unknown mutation '%1'; known: %2")
                                     .arg(name, names().join(QStringLiteral(", ")))));
    return (*it)(ctx, args);
}

std::optional<MutationResult> MutationService::receipt(const QString &userId,
                                                       const QString &clientId,
                                                       const QString &mutationId) const {
    Query q = Query::cached(m_db, QStringLiteral("SELECT result, name FROM mutation_receipts "
                                                 "WHERE user_id = ? AND client_id = ? "
                                                 "AND mutation_id = ?"));
    q.bind(userId).bind(clientId).bind(mutationId).exec();
    if (!q.next())
        return std::nullopt;
    QString error;
    auto result =
        MutationResult::fromJson(QJsonDocument::fromJson(q.text(0).toUtf8()).object(), &error);
    if (!result)
        throw StorageError(QStringLiteral("unreadable receipt %1: %2").arg(mutationId, error));
    // A conflict is replayed with the object as it is now, never as it was: that text may have
    // been edited away or deleted since (the receipt keeps only its id).
    const QString current = result->current.value(QStringLiteral("id")).toString();
    if (!current.isEmpty())
        result->current = currentFor(q.text(1), current, userId);
    return result;
}

QJsonObject MutationService::currentFor(const QString &name, const QString &id,
                                        const QString &userId) const {
    // Ids are made by clients, so a post and a comment may share one: the mutation says which.
    if (name == QLatin1StringView(MutationName::CommentEdit)) {
        const auto comment = m_reader.comment(id);
        if (comment && m_reader.post(comment->postId) &&
            Policy::isActive(m_reader.membership(comment->communityId, userId)))
            return comment->toJson();
        return {};
    }
    if (name == QLatin1StringView(MutationName::ProfileUpdate)) {
        // Only the user themself edits (and so is answered about) their profile.
        const auto profile = m_reader.user(id);
        return profile && id == userId ? profile->toJson() : QJsonObject();
    }
    const auto post = m_reader.post(id);
    if (post && Policy::isActive(m_reader.membership(post->communityId, userId)))
        return post->toJson();
    return {};
}

void MutationService::storeReceipt(const QString &userId, const QString &clientId,
                                   const Mutation &m, const MutationResult &answered, qint64 now) {
    MutationResult result = answered;
    if (!result.current.isEmpty())
        result.current = {{QStringLiteral("id"), result.current.value(QStringLiteral("id"))}};
    Query(m_db.connection(),
          QStringLiteral("INSERT INTO mutation_receipts (user_id, client_id, mutation_id, name, "
                         "result, created_at) VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(userId)
        .bind(clientId)
        .bind(m.id)
        .bind(m.name)
        .bind(QString::fromUtf8(MutationContext::compact(result.toJson())))
        .bind(now)
        .exec();
}

MutationResult MutationService::replayed(MutationResult previous, const Mutation &m) {
    ++m_replays;
    previous.id = m.id;
    return previous;
}

MutationResult MutationService::applyOne(const QString &userId, const QString &clientId,
                                         const Mutation &m, bool *logged) {
    // Cheap and lock-free for the common replay (a client resending what it did not see
    // settled); looked for again under the lock, where a copy sent through another process at
    // the same moment may have just committed.
    if (auto previous = receipt(userId, clientId, m.id))
        return replayed(*previous, m);
    return WriteTransaction::run(m_db, [&](WriteTransaction &tx) {
        if (auto previous = receipt(userId, clientId, m.id)) {
            tx.commit();
            return replayed(*previous, m);
        }
        const qint64 now = Clock::nowMs();
        const qint64 headBefore = m_log.head();
        tx.setSavepoint();
        MutationResult result;
        try {
            MutationContext ctx{m_db, m_log, m_reader, userId, now};
            // Text no backend stores faithfully is refused here, once for every mutation, and
            // only this mutation: the ones after it in the batch still go through.
            if (auto bad = TextCheck::check(QJsonValue(m.args), QStringLiteral("args")))
                result = MutationContext::rejected(*bad);
            else
                result = run(ctx, m.name, m.args);
        } catch (const StorageError &e) {
            // Under the write lock every check sees every commit, so a unique key taken
            // meanwhile means a write outside the lock or a rule this handler does not check:
            // still a lost race, answered as one rather than as a server failure.
            if (!e.isUniqueViolation())
                throw;
            qCWarning(lcMutations) << m.name << m.id << "hit a unique key:" << e.message();
            result = MutationContext::rejected(
                DomainError::conflict(QStringLiteral("another change took this first; sync and "
                                                     "try again")));
        }
        result.id = m.id;
        if (!result.applied()) {
            // Whatever the handler wrote before refusing goes; the refusal itself is
            // remembered, so a replay answers the same.
            tx.rollbackToSavepoint();
            qCDebug(lcMutations) << m.name << m.id << result.status << result.errorCode
                                 << result.errorMessage;
        }
        storeReceipt(userId, clientId, m, result, now);
        tx.commit();
        *logged = *logged || (result.applied() && m_log.head() != headBefore);
        return result;
    });
}

Result<MutationResponse> MutationService::apply(const QString &userId, const MutationBatch &batch) {
    if (batch.mutations.size() > MaxBatch)
        return DomainError::invalid(
            QStringLiteral("at most %1 mutations per request; send the rest in another")
                .arg(MaxBatch));
    // What the receipts keep must be storable; a client never makes such ids or names, so the
    // batch as a whole is refused (the client then narrows it down, see docs/api.md).
    if (auto e = TextCheck::check(batch.clientId, QStringLiteral("field 'clientId'")))
        return *e;
    for (qsizetype i = 0; i < batch.mutations.size(); ++i) {
        const Mutation &m = batch.mutations.at(i);
        if (auto e = TextCheck::check(m.id, QStringLiteral("field 'mutations[%1].id'").arg(i)))
            return *e;
        if (auto e = TextCheck::check(m.name, QStringLiteral("field 'mutations[%1].name'").arg(i)))
            return *e;
    }
    MutationResponse response;
    bool logged = false;
    try {
        for (const Mutation &m : batch.mutations)
            response.results.append(applyOne(userId, batch.clientId, m, &logged));
    } catch (const StorageError &e) {
        if (logged && m_onCommitted)
            m_onCommitted();
        // The HTTP layer answers a lost connection with 503; what committed before it has its
        // receipt, so the client's resend is answered from it.
        if (e.isConnectionLost())
            throw;
        qCWarning(lcMutations) << "storage failure:" << e.message();
        return DomainError::internal();
    }
    if (logged && m_onCommitted)
        m_onCommitted();
    return response;
}

} // namespace hearthd
