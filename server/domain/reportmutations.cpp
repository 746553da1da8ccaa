#include "reportmutations.h"

#include "protocol/syncpage.h"
#include "server/domain/auditlog.h"
#include "server/domain/contentremoval.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"
#include "server/storage/storageerror.h"

namespace hearthd::ReportMutations {

using namespace hearth::protocol;

namespace {

std::optional<Report> find(const MutationContext &ctx, const QString &id) {
    Query q(ctx.db.connection(),
            QStringLiteral("SELECT id, community_id, reporter_id, target_type, target_id, "
                           "post_id, reason, status, resolved_by, note, created_at, resolved_at "
                           "FROM reports WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Report r;
    r.id = q.text(0);
    r.communityId = q.text(1);
    r.reporterId = q.text(2);
    r.targetType = q.text(3);
    r.targetId = q.text(4);
    r.postId = q.text(5);
    r.reason = q.text(6);
    r.status = q.text(7);
    r.resolvedBy = q.text(8);
    r.note = q.text(9);
    r.createdAt = q.integer(10);
    r.resolvedAt = q.integer(11);
    return r;
}

void emitReport(MutationContext &ctx, const QString &id) {
    const auto report = find(ctx, id);
    if (!report)
        throw StorageError(QStringLiteral("report %1 vanished inside its own transaction").arg(id));
    ctx.log.append({QString::fromLatin1(ChangeType::Report),
                    QString::fromLatin1(ChangeOp::Upsert),
                    id,
                    report->communityId,
                    LogEntry::Scope::Organizers,
                    {},
                    {},
                    MutationContext::compact(report->toJson())});
}

// Takes the reported post or comment down (a moderation removal); nothing when it is gone
// already.
void removeTarget(MutationContext &ctx, const Report &r) {
    if (r.targetType == QLatin1StringView("post")) {
        if (!ctx.reader.post(r.targetId))
            return;
        ContentRemoval::removePost(ctx, r.targetId, r.communityId);
        AuditLog::record(ctx, r.communityId, QStringLiteral("post.delete"), r.targetId,
                         QStringLiteral("report ") + r.id);
        return;
    }
    if (!ctx.reader.comment(r.targetId))
        return;
    ContentRemoval::removeComment(ctx, r.targetId, r.postId, r.communityId);
    AuditLog::record(ctx, r.communityId, QStringLiteral("comment.delete"), r.targetId,
                     QStringLiteral("report ") + r.id);
}

} // namespace

MutationResult create(MutationContext &ctx, const ReportCreateArgs &args) {
    Report r;
    r.id = args.id;
    r.targetType = args.targetType;
    r.targetId = args.targetId;
    r.reason = args.reason;
    r.postId = r.targetId;
    if (r.targetType == QLatin1StringView("comment")) {
        const auto comment = ctx.reader.comment(r.targetId);
        if (!comment)
            return MutationContext::rejected(DomainError::notFound(
                QStringLiteral("no such comment (it may have been deleted)")));
        r.postId = comment->postId;
    }
    const auto post = ctx.reader.post(r.postId);
    if (!post)
        return MutationContext::rejected(
            DomainError::notFound(QStringLiteral("no such post (it may have been deleted)")));
    r.communityId = post->communityId;
    if (auto denied =
            Policy::check(Policy::Action::Report, ctx.reader.membership(r.communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (find(ctx, r.id))
        return MutationContext::rejected(
            DomainError::conflict(QStringLiteral("a report with this id already exists")));

    Query(ctx.db.connection(),
          QStringLiteral("INSERT INTO reports (id, community_id, reporter_id, target_type, "
                         "target_id, post_id, reason, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(r.id)
        .bind(r.communityId)
        .bind(ctx.userId)
        .bind(r.targetType)
        .bind(r.targetId)
        .bind(r.postId)
        .bind(r.reason)
        .bind(ctx.now)
        .exec();
    emitReport(ctx, r.id);
    return MutationContext::applied({{QStringLiteral("id"), r.id}});
}

MutationResult resolve(MutationContext &ctx, const ReportResolveArgs &args) {
    const QString &id = args.id;
    const QString &action = args.action;
    const QString &note = args.note;
    const auto report = find(ctx, id);
    if (!report)
        return MutationContext::rejected(DomainError::notFound(QStringLiteral("no such report")));
    if (auto denied = Policy::check(Policy::Action::ResolveReports,
                                    ctx.reader.membership(report->communityId, ctx.userId)))
        return MutationContext::rejected(*denied);
    if (report->status != QLatin1StringView("open"))
        return MutationContext::rejected(DomainError::conflict(
            QStringLiteral("the report was already resolved (%1)").arg(report->status)));

    const QString status = action == QLatin1StringView("remove") ? QStringLiteral("removed")
                                                                 : QStringLiteral("dismissed");
    if (status == QLatin1StringView("removed"))
        removeTarget(ctx, *report);
    Query(ctx.db.connection(),
          QStringLiteral("UPDATE reports SET status = ?, resolved_by = ?, note = ?, "
                         "resolved_at = ? WHERE id = ?"))
        .bind(status)
        .bind(ctx.userId)
        .bind(note)
        .bind(ctx.now)
        .bind(id)
        .exec();
    emitReport(ctx, id);
    AuditLog::record(ctx, report->communityId, QStringLiteral("report.resolve"), id,
                     note.isEmpty() ? status : status + QStringLiteral(": ") + note);
    return MutationContext::applied(
        {{QStringLiteral("id"), id}, {QStringLiteral("status"), status}});
}

QList<Report> ofCommunity(const MutationContext &ctx, const QString &communityId) {
    QStringList ids;
    {
        Query q(ctx.db.connection(), QStringLiteral("SELECT id FROM reports WHERE community_id = ? "
                                                    "ORDER BY created_at, id"));
        q.bind(communityId).exec();
        while (q.next())
            ids.append(q.text(0));
    }
    QList<Report> out;
    for (const QString &id : ids) {
        if (auto found = find(ctx, id))
            out.append(*found);
    }
    return out;
}

} // namespace hearthd::ReportMutations
