#include "invitemutations.h"

#include "protocol/syncpage.h"
#include "server/domain/auditlog.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"
#include "server/storage/storageerror.h"

#include <QRandomGenerator>

namespace hearthd::InviteMutations {

using namespace hearth::protocol;

namespace {

constexpr int CodeLength = 12;

// 31 symbols without look-alikes (no 0/o, 1/l/i): 12 of them carry about 59 bits.
QString newCode() {
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    constexpr quint32 size = sizeof(alphabet) - 1;
    QString code;
    for (int i = 0; i < CodeLength; ++i)
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]));
    return code;
}

std::optional<Invite> find(const MutationContext &ctx, const char *column, const QString &value) {
    Query q(ctx.db.connection(),
            QStringLiteral("SELECT id, community_id, code, created_by, created_at, expires_at, "
                           "max_uses, uses, revoked FROM invites WHERE %1 = ?")
                .arg(QLatin1StringView(column)));
    q.bind(value).exec();
    if (!q.next())
        return std::nullopt;
    Invite i;
    i.id = q.text(0);
    i.communityId = q.text(1);
    i.code = q.text(2);
    i.createdBy = q.text(3);
    i.createdAt = q.integer(4);
    i.expiresAt = q.integer(5);
    i.maxUses = int(q.integer(6));
    i.uses = int(q.integer(7));
    i.revoked = q.integer(8) != 0;
    return i;
}

void emitInvite(MutationContext &ctx, const QString &id) {
    const auto invite = find(ctx, "id", id);
    if (!invite)
        throw StorageError(QStringLiteral("invite %1 vanished inside its own transaction").arg(id));
    ctx.log.append({QString::fromLatin1(ChangeType::Invite),
                    QString::fromLatin1(ChangeOp::Upsert),
                    id,
                    invite->communityId,
                    LogEntry::Scope::Organizers,
                    {},
                    {},
                    MutationContext::compact(invite->toJson())});
}

} // namespace

MutationResult create(MutationContext &ctx, const InviteCreateArgs &args) {
    const QString &id = args.id;
    const QString &communityId = args.communityId;
    const qint64 expiresAt = args.expiresAt;
    if (expiresAt != 0 && expiresAt <= ctx.now)
        return MutationContext::rejected(
            DomainError::invalid(QStringLiteral("field 'expiresAt' must be in the future")));
    if (!ctx.reader.communityExists(communityId))
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("no such community")));
    if (auto denied = Policy::check(Policy::Action::ManageInvites,
                                    ctx.reader.membership(communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (find(ctx, "id", id))
        return MutationContext::rejected(
            DomainError::conflict(QStringLiteral("an invite with this id already exists")));

    QString code = newCode();
    while (find(ctx, "code", code)) // 59 bits: practically never, but codes must stay unique
        code = newCode();
    Query(ctx.db.connection(),
          QStringLiteral("INSERT INTO invites (id, code, community_id, created_by, created_at, "
                         "expires_at, max_uses) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(code)
        .bind(communityId)
        .bind(ctx.userId)
        .bind(ctx.now)
        .bind(expiresAt)
        .bind(args.maxUses)
        .exec();
    emitInvite(ctx, id);
    AuditLog::record(ctx, communityId, QStringLiteral("invite.create"), id);
    return MutationContext::applied({{QStringLiteral("id"), id}, {QStringLiteral("code"), code}});
}

MutationResult revoke(MutationContext &ctx, const InviteRevokeArgs &args) {
    const QString &id = args.id;
    const auto invite = find(ctx, "id", id);
    if (!invite)
        return MutationContext::rejected(DomainError::notFound(QStringLiteral("no such invite")));
    if (auto denied = Policy::check(Policy::Action::ManageInvites,
                                    ctx.reader.membership(invite->communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    const QJsonObject result{{QStringLiteral("id"), id}, {QStringLiteral("revoked"), true}};
    if (invite->revoked)
        return MutationContext::applied(result);
    Query(ctx.db.connection(), QStringLiteral("UPDATE invites SET revoked = 1 WHERE id = ?"))
        .bind(id)
        .exec();
    emitInvite(ctx, id);
    AuditLog::record(ctx, invite->communityId, QStringLiteral("invite.revoke"), id);
    return MutationContext::applied(result);
}

Result<Invite> redeemable(MutationContext &ctx, const QString &code) {
    const auto invite = find(ctx, "code", code.trimmed().toLower());
    if (!invite)
        return DomainError::notFound(QStringLiteral("no such invite; check the code"));
    if (invite->revoked)
        return DomainError::forbidden(QStringLiteral("this invite was revoked"));
    if (invite->expiresAt != 0 && invite->expiresAt <= ctx.now)
        return DomainError::forbidden(QStringLiteral("this invite has expired"));
    if (invite->maxUses != 0 && invite->uses >= invite->maxUses)
        return DomainError::forbidden(QStringLiteral("this invite has been used up"));
    return *invite;
}

void use(MutationContext &ctx, const Invite &invite) {
    Query(ctx.db.connection(), QStringLiteral("UPDATE invites SET uses = uses + 1 WHERE id = ?"))
        .bind(invite.id)
        .exec();
    emitInvite(ctx, invite.id);
}

QList<Invite> ofCommunity(const MutationContext &ctx, const QString &communityId) {
    QStringList ids;
    {
        Query q(ctx.db.connection(), QStringLiteral("SELECT id FROM invites WHERE community_id = ? "
                                                    "ORDER BY created_at, id"));
        q.bind(communityId).exec();
        while (q.next())
            ids.append(q.text(0));
    }
    QList<Invite> out;
    for (const QString &id : ids) {
        if (auto found = find(ctx, "id", id))
            out.append(*found);
    }
    return out;
}

} // namespace hearthd::InviteMutations
