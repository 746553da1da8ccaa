#include "notificationtargets.h"

#include "cache/notificationtargetquery.h"

#include <QDateTime>

namespace hearth::models {

using hearth::cache::NotificationTarget;
using hearth::cache::NotificationTargetQuery;

NotificationTargets::NotificationTargets(QObject *parent)
    : QObject(parent) {}

void NotificationTargets::setStore(hearth::cache::CacheStore *store) {
    if (m_store == store)
        return;
    m_store = store;
    Q_EMIT storeChanged();
}

QVariant NotificationTargets::resolve(const QString &targetType, const QString &targetId) const {
    NotificationTarget target;
    if (m_store) {
        NotificationTargetQuery query{targetType, targetId};
        target = query.run(m_store->readConnection());
    }
    QVariantMap out{{QStringLiteral("communityId"), target.communityId},
                    {QStringLiteral("commentId"), target.commentId},
                    {QStringLiteral("eventId"), target.eventId},
                    {QStringLiteral("userId"), target.userId}};
    switch (target.kind) {
    case NotificationTarget::Kind::Thread: {
        const auto &p = *target.post;
        out.insert(QStringLiteral("kind"), QStringLiteral("thread"));
        // The shape the feed hands to a thread page.
        out.insert(
            QStringLiteral("post"),
            QVariantMap{{QStringLiteral("postId"), p.id},
                        {QStringLiteral("communityId"), p.communityId},
                        {QStringLiteral("kind"), p.kind},
                        {QStringLiteral("title"), p.title},
                        {QStringLiteral("body"), p.body},
                        {QStringLiteral("authorId"), p.authorId},
                        {QStringLiteral("authorName"), p.authorName},
                        {QStringLiteral("createdAt"), QDateTime::fromMSecsSinceEpoch(p.createdAt)},
                        {QStringLiteral("commentCount"), p.commentCount},
                        {QStringLiteral("pinned"), p.pinned},
                        {QStringLiteral("locked"), p.locked},
                        {QStringLiteral("edited"), p.editedAt > 0}});
        break;
    }
    case NotificationTarget::Kind::Event:
        out.insert(QStringLiteral("kind"), QStringLiteral("event"));
        break;
    case NotificationTarget::Kind::Community:
        out.insert(QStringLiteral("kind"), QStringLiteral("community"));
        break;
    case NotificationTarget::Kind::Missing:
        out.insert(QStringLiteral("kind"), QStringLiteral("missing"));
        break;
    }
    return QVariant(out);
}

} // namespace hearth::models
