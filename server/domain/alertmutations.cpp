#include "alertmutations.h"

#include "protocol/alertcolumns.h"
#include "protocol/syncpage.h"
#include "protocol/vocabulary.h"
#include "server/storage/database.h"
#include "server/storage/query.h"
#include "server/storage/storageerror.h"

namespace hearthd::AlertMutations {

using namespace hearth::protocol;

namespace {
// The member's current settings (the defaults when they never chose any).
AlertSettings read(MutationContext &ctx, const QString &userId) {
    Query q(ctx.db.connection(),
            QStringLiteral("SELECT digest, levels, version FROM alert_settings WHERE user_id = ?"));
    q.bind(userId).exec();
    AlertSettings settings;
    settings.userId = userId;
    if (!q.next())
        return settings;
    QString error;
    if (auto stored = alertSettingsFromColumns(userId, q.integer(0) != 0, q.text(1),
                                               int(q.integer(2)), &error))
        return *stored;
    throw StorageError(QStringLiteral("alert settings of %1 do not read: %2").arg(userId, error));
}
} // namespace

MutationResult set(MutationContext &ctx, const AlertsSetArgs &args) {
    if (args.level) {
        const auto membership = ctx.reader.membership(args.communityId, ctx.userId);
        if (!membership || membership->state == QLatin1StringView(MembershipState::Banned))
            return MutationContext::rejected(
                DomainError::notFound(QStringLiteral("you are not a member of that community")));
    }
    // Read and written whole under the database's write lock (WriteTransaction), which every
    // hearthd on the database takes: two machines changing different communities at once both
    // keep theirs.
    AlertSettings next = read(ctx, ctx.userId);
    if (args.digest)
        next.digest = *args.digest;
    if (args.level)
        setAlertLevel(&next, args.communityId, *args.level);
    ++next.version;
    Query(ctx.db.connection(),
          QStringLiteral("INSERT INTO alert_settings (user_id, digest, levels, version) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                         "digest = excluded.digest, levels = excluded.levels, "
                         "version = excluded.version"))
        .bind(ctx.userId)
        .bind(next.digest ? 1 : 0)
        .bindText(alertLevelsColumn(next))
        .bind(next.version)
        .exec();
    ctx.emitDirect(ctx.userId, LogEntry::Scope::Direct, QString::fromLatin1(ChangeType::Alerts),
                   QString::fromLatin1(ChangeOp::Upsert), ctx.userId, {},
                   MutationContext::compact(next.toJson()));
    return MutationContext::applied({{QStringLiteral("version"), next.version}});
}

} // namespace hearthd::AlertMutations
