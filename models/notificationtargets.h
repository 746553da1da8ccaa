#pragma once
// Where a notification leads, for the notifications page: resolve() answers with the page to open
// and what it needs, read from the cache (cache::NotificationTargetQuery).
//
//   NotificationTargets { id: targets; store: AppContext.store }
//   const target = targets.resolve(model.targetType, model.targetId)
//   // target.kind: "thread" (target.post, target.commentId), "event" (target.eventId),
//   //              "community" (target.communityId), or "missing"

#include "cache/cachestore.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace hearth::models {

class NotificationTargets : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hearth::cache::CacheStore *store READ store WRITE setStore NOTIFY storeChanged)

public:
    explicit NotificationTargets(QObject *parent = nullptr);

    hearth::cache::CacheStore *store() const { return m_store; }
    void setStore(hearth::cache::CacheStore *store);

    // {kind, communityId, commentId, eventId, userId, post: {postId, communityId, kind, title,
    // body, authorId, authorName, createdAt, commentCount, pinned, locked, edited}}
    // (A QVariant holding the map, so QML reads it as a plain object.)
    Q_INVOKABLE QVariant resolve(const QString &targetType, const QString &targetId) const;

Q_SIGNALS:
    void storeChanged();

private:
    QPointer<hearth::cache::CacheStore> m_store;
};

} // namespace hearth::models
