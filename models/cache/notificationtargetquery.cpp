#include "notificationtargetquery.h"

#include "readquery.h"

#include <QSqlQuery>

namespace hearth::cache {

namespace {

std::optional<PostSummary> postById(const QSqlDatabase &db, const QString &postId) {
    QSqlQuery q = runRead(db,
                          PostSummary::selectColumns() +
                              QStringLiteral(" FROM posts p LEFT JOIN communities c"
                                             " ON c.id = p.community_id WHERE p.id = ?"),
                          {postId}, "notification target");
    if (!q.next())
        return std::nullopt;
    return PostSummary::fromRow(q);
}

// A single value of one row, or an invalid QVariant.
QVariant lookUp(const QSqlDatabase &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q = runRead(db, sql, values, "notification target");
    return q.next() ? q.value(0) : QVariant();
}

} // namespace

NotificationTarget NotificationTargetQuery::run(const QSqlDatabase &db) const {
    NotificationTarget target;
    if (targetType == QLatin1String("post") || targetType == QLatin1String("comment")) {
        QString postId = targetId;
        if (targetType == QLatin1String("comment")) {
            postId =
                lookUp(db, QStringLiteral("SELECT post_id FROM comments WHERE id = ?"), {targetId})
                    .toString();
            target.commentId = targetId;
        }
        if (!postId.isEmpty())
            target.post = postById(db, postId);
        if (target.post) {
            target.kind = NotificationTarget::Kind::Thread;
            target.communityId = target.post->communityId;
        }
    } else if (targetType == QLatin1String("event")) {
        const QVariant community =
            lookUp(db, QStringLiteral("SELECT community_id FROM events WHERE id = ?"), {targetId});
        if (community.isValid()) {
            target.kind = NotificationTarget::Kind::Event;
            target.eventId = targetId;
            target.communityId = community.toString();
        }
    } else if (targetType == QLatin1String("community")) {
        // A join decision: the community (joined, or still listed in the directory).
        if (lookUp(db, QStringLiteral("SELECT 1 FROM communities WHERE id = ?"), {targetId})
                .isValid()) {
            target.kind = NotificationTarget::Kind::Community;
            target.communityId = targetId;
        }
    } else if (targetType == QLatin1String("membership")) {
        // The id of a membership is communityId:userId.
        const qsizetype colon = targetId.indexOf(QLatin1Char(':'));
        const QString communityId = colon < 0 ? targetId : targetId.left(colon);
        if (lookUp(db, QStringLiteral("SELECT 1 FROM communities WHERE id = ?"), {communityId})
                .isValid()) {
            target.kind = NotificationTarget::Kind::Community;
            target.communityId = communityId;
            target.userId = colon < 0 ? QString() : targetId.mid(colon + 1);
        }
    }
    return target;
}

} // namespace hearth::cache
