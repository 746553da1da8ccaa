#include "auditlog.h"

#include "protocol/auditpage.h"
#include "protocol/entities.h"
#include "protocol/guidelineshistory.h"
#include "server/domain/entityreader.h"
#include "server/domain/mutationcontext.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

#include <QJsonDocument>
#include <QUuid>

namespace hearthd {

using hearth::protocol::AuditPage;

void AuditLog::record(MutationContext &ctx, const QString &communityId, const QString &action,
                      const QString &targetId, const QString &reason) {
    Query(ctx.db.connection(),
          QStringLiteral("INSERT INTO audit_log (id, seq, community_id, actor_id, action, "
                         "target_id, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        // Every audited action has just logged its change: the log's head orders entries even
        // when several fall in the same millisecond.
        .bind(ctx.log.head())
        .bind(communityId)
        .bind(ctx.userId)
        .bind(action)
        .bind(targetId)
        .bind(reason)
        .bind(ctx.now)
        .exec();
}

Result<QByteArray> AuditLog::page(const QString &userId, const QString &communityId,
                                  int limit) const {
    if (limit < 1 || limit > MaxPage)
        return DomainError::invalid(
            QStringLiteral("'limit' must be between 1 and %1").arg(MaxPage));
    if (!m_reader.communityExists(communityId))
        return DomainError::notFound(QStringLiteral("no such community"));
    if (auto denied =
            Policy::check(Policy::Action::Moderate, m_reader.membership(communityId, userId)))
        return *denied;
    Query q(m_db.connection(),
            QStringLiteral("SELECT id, action, actor_id, target_id, reason, created_at "
                           "FROM audit_log WHERE community_id = ? "
                           "ORDER BY seq DESC LIMIT ?"));
    q.bind(communityId).bind(limit).exec();
    AuditPage page;
    while (q.next())
        page.entries.append(
            {q.text(0), communityId, q.text(1), q.text(2), q.text(3), q.text(4), q.integer(5)});
    return QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact);
}

Result<QByteArray> AuditLog::guidelines(const QString &userId, const QString &communityId) const {
    if (!m_reader.communityExists(communityId))
        return DomainError::notFound(QStringLiteral("no such community"));
    if (auto denied =
            Policy::check(Policy::Action::ManageSettings, m_reader.membership(communityId, userId)))
        return *denied;
    hearth::protocol::GuidelinesHistory history;
    Query q(m_db.connection(),
            QStringLiteral("SELECT g.version, g.text, g.digest, g.author_id, u.display_name, "
                           "g.created_at FROM community_guidelines g JOIN users u "
                           "ON u.id = g.author_id WHERE g.community_id = ? "
                           "ORDER BY g.version DESC"));
    q.bind(communityId).exec();
    while (q.next())
        history.versions.append(
            {int(q.integer(0)), q.text(1), q.text(2), q.text(3), q.text(4), q.integer(5)});
    if (history.versions.isEmpty()) {
        // Never changed: the founder's text is the only version (filed by the first change).
        Query first(m_db.connection(),
                    QStringLiteral("SELECT c.guidelines, c.created_by, u.display_name, "
                                   "c.created_at FROM communities c JOIN users u "
                                   "ON u.id = c.created_by WHERE c.id = ?"));
        first.bind(communityId).exec();
        if (first.next())
            history.versions.append({1, first.text(0),
                                     hearth::protocol::guidelinesDigest(first.text(0)),
                                     first.text(1), first.text(2), first.integer(3)});
    }
    return QJsonDocument(history.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace hearthd
