#include "historyservice.h"

#include "protocol/historypage.h"
#include "server/domain/activityreader.h"
#include "server/domain/entityreader.h"
#include "server/domain/mutationcontext.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

#include <limits>

namespace hearthd {

using namespace hearth::protocol;

namespace {

// The position of a post in a community's history: "h1:<createdAt>:<id>", base64url.
QString encodePosition(qint64 createdAt, const QString &id) {
    const QByteArray plain = "h1:" + QByteArray::number(createdAt) + ':' + id.toLatin1();
    return QString::fromLatin1(
        plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodePosition(const QString &text, qint64 *createdAt, QString *id) {
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.size() > 200)
        return false;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3 || parts[0] != "h1")
        return false;
    bool ok = false;
    *createdAt = parts[1].toLongLong(&ok);
    *id = QString::fromLatin1(parts[2]);
    return ok && !id->isEmpty();
}

} // namespace

Result<QByteArray> HistoryService::page(const QString &userId, const QString &communityId,
                                        const QString &before, int limit) const {
    if (limit < 1 || limit > MaxLimit)
        return DomainError::invalid(
            QStringLiteral("'limit' must be between 1 and %1").arg(MaxLimit));
    if (!m_reader.communityExists(communityId))
        return DomainError::notFound(QStringLiteral("no such community"));
    if (auto denied =
            Policy::check(Policy::Action::CreatePost, m_reader.membership(communityId, userId)))
        return DomainError::forbidden(QStringLiteral("only members read a community's history"));
    qint64 beforeTime = std::numeric_limits<qint64>::max();
    QString beforeId;
    if (!before.isEmpty() && !decodePosition(before, &beforeTime, &beforeId)) {
        // Also accepted: the id of a post the client has (the oldest it holds, typically).
        const auto post = m_reader.post(before);
        if (!post || post->communityId != communityId)
            return DomainError::invalid(QStringLiteral(
                "'before' must be a position from a previous page or a post of this community"));
        beforeTime = post->createdAt;
        beforeId = post->id;
    }

    // Keyset paging on (created_at, id), newest first; one extra row tells whether more exist.
    Query q(
        m_db.connection(),
        QStringLiteral("SELECT id, created_at FROM posts WHERE community_id = ? AND deleted = 0 "
                       "AND (created_at < ? OR (created_at = ? AND id < ?)) "
                       "ORDER BY created_at DESC, id DESC LIMIT ?"));
    q.bind(communityId).bind(beforeTime).bind(beforeTime).bind(beforeId).bind(limit + 1).exec();
    QList<std::pair<QString, qint64>> posts;
    while (q.next())
        posts.append({q.text(0), q.integer(1)});
    const bool complete = posts.size() <= limit;
    if (!complete)
        posts.removeLast();

    QList<QByteArray> changes;
    const QString upsert = QString::fromLatin1(ChangeOp::Upsert);
    for (const auto &[postId, createdAt] : posts) {
        if (const auto p = m_reader.post(postId))
            changes.append(Change::encode(0, QString::fromLatin1(ChangeType::Post), upsert, postId,
                                          communityId, MutationContext::compact(p->toJson())));
        for (const QString &commentId : m_reader.commentIds(postId)) {
            if (const auto c = m_reader.comment(commentId))
                changes.append(Change::encode(0, QString::fromLatin1(ChangeType::Comment), upsert,
                                              commentId, communityId,
                                              MutationContext::compact(c->toJson())));
        }
        for (const Reaction &r : ActivityReader(m_db).reactionsOfPost(postId))
            changes.append(Change::encode(0, QString::fromLatin1(ChangeType::Reaction), upsert,
                                          r.id(), communityId,
                                          MutationContext::compact(r.toJson())));
    }
    const QString next =
        posts.isEmpty() ? before : encodePosition(posts.last().second, posts.last().first);
    return HistoryPage::encode(changes, next, complete);
}

} // namespace hearthd
