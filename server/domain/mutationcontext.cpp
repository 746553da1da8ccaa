#include "mutationcontext.h"

#include "protocol/syncpage.h"
#include "server/domain/activityreader.h"
#include "server/storage/storageerror.h"

#include <QJsonDocument>

namespace hearthd {

using namespace hearth::protocol;
using Scope = LogEntry::Scope;

namespace {
QString str(const char *latin1) {
    return QString::fromLatin1(latin1);
}

// A post's or comment's tombstone, which also supersedes the rows of what goes with it.
void emitTombstone(ChangeLog &log, const QString &type, const QString &id,
                   const QString &communityId,
                   const QList<std::pair<QString, QString>> &dependents) {
    const LogEntry tombstone{type, str(ChangeOp::Delete), id, communityId, Scope::Members, {}, {},
                             {}};
    const qint64 seq = log.append(tombstone);
    for (const auto &[dependentType, dependentId] : dependents)
        log.supersede(dependentType, dependentId, tombstone, seq);
}

// An object the action just wrote must exist; if not, the transaction is broken.
template<typename T> T present(std::optional<T> value, const QString &what) {
    if (!value)
        throw StorageError(QStringLiteral("%1 vanished inside its own transaction").arg(what));
    return std::move(*value);
}
} // namespace

QByteArray MutationContext::compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void MutationContext::emitUser(const QString &id) {
    const auto u = present(reader.user(id), QStringLiteral("user ") + id);
    log.append({str(ChangeType::User),
                str(ChangeOp::Upsert),
                id,
                {},
                Scope::Profile,
                {},
                {},
                compact(u.toJson())});
}

void MutationContext::emitCommunity(const QString &communityId) {
    const auto c =
        present(reader.community(communityId), QStringLiteral("community ") + communityId);
    log.append({str(ChangeType::Community),
                str(ChangeOp::Upsert),
                communityId,
                communityId,
                Scope::Directory,
                {},
                {},
                compact(c.toJson())});
}

void MutationContext::emitMembership(const QString &communityId, const QString &memberId) {
    const auto m = present(reader.membership(communityId, memberId),
                           QStringLiteral("membership ") + communityId);
    // Active memberships are the member list every member sees; pending ones are join requests
    // for organizers. The member always sees their own.
    const Scope scope = m.state == QLatin1StringView("active") ? Scope::Members : Scope::Organizers;
    log.append({str(ChangeType::Membership),
                str(ChangeOp::Upsert),
                m.id(),
                communityId,
                scope,
                memberId,
                {},
                compact(m.toJson())});
}

void MutationContext::emitMembershipRemoved(const QString &communityId, const QString &memberId) {
    log.append({str(ChangeType::Membership),
                str(ChangeOp::Delete),
                communityId + QLatin1Char(':') + memberId,
                communityId,
                Scope::Members,
                memberId,
                {},
                {}});
}

void MutationContext::emitPost(const QString &postId) {
    const auto p = present(reader.post(postId), QStringLiteral("post ") + postId);
    log.append({str(ChangeType::Post),
                str(ChangeOp::Upsert),
                postId,
                p.communityId,
                Scope::Members,
                {},
                {},
                compact(p.toJson())});
}

void MutationContext::emitPostDeleted(const QString &postId, const QString &communityId,
                                      const QList<std::pair<QString, QString>> &dependents) {
    emitTombstone(log, str(ChangeType::Post), postId, communityId, dependents);
}

void MutationContext::emitComment(const QString &commentId) {
    const auto c = present(reader.comment(commentId), QStringLiteral("comment ") + commentId);
    log.append({str(ChangeType::Comment),
                str(ChangeOp::Upsert),
                commentId,
                c.communityId,
                Scope::Members,
                {},
                {},
                compact(c.toJson())});
}

void MutationContext::emitCommentDeleted(const QString &commentId, const QString &communityId,
                                         const QList<std::pair<QString, QString>> &dependents) {
    emitTombstone(log, str(ChangeType::Comment), commentId, communityId, dependents);
}

void MutationContext::emitReaction(const Reaction &r) {
    log.append({str(ChangeType::Reaction),
                str(ChangeOp::Upsert),
                r.id(),
                r.communityId,
                Scope::Members,
                {},
                {},
                compact(r.toJson())});
}

void MutationContext::emitReactionRemoved(const Reaction &r) {
    log.append({str(ChangeType::Reaction),
                str(ChangeOp::Delete),
                r.id(),
                r.communityId,
                Scope::Members,
                {},
                {},
                {}});
}

void MutationContext::emitEvent(const QString &eventId) {
    const auto e = present(ActivityReader(db).event(eventId), QStringLiteral("event ") + eventId);
    log.append({str(ChangeType::Event),
                str(ChangeOp::Upsert),
                eventId,
                e.communityId,
                Scope::Members,
                {},
                {},
                compact(e.toJson())});
}

void MutationContext::emitRsvp(const QString &eventId, const QString &memberId) {
    const auto r =
        present(ActivityReader(db).rsvp(eventId, memberId), QStringLiteral("rsvp ") + eventId);
    log.append({str(ChangeType::Rsvp),
                str(ChangeOp::Upsert),
                r.id(),
                r.communityId,
                Scope::Members,
                {},
                {},
                compact(r.toJson())});
}

void MutationContext::emitDirect(const QString &audience, LogEntry::Scope scope,
                                 const QString &type, const QString &op, const QString &id,
                                 const QString &community, const QByteArray &data) {
    log.append({type, op, id, community, scope, {}, audience, data});
}

MutationResult MutationContext::applied(const QJsonObject &result) {
    MutationResult r;
    r.status = str(MutationStatus::Applied);
    r.result = result;
    return r;
}

MutationResult MutationContext::rejected(const DomainError &error) {
    MutationResult r;
    r.status = str(MutationStatus::Rejected);
    r.errorCode = error.code;
    r.errorMessage = error.message;
    return r;
}

} // namespace hearthd
