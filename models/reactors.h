#pragma once
// Who gave an emoji to a post or comment, for the tooltip of a reaction in the feed and in a
// thread: [{userId, name, mine}], first first. Read from the cache on hover, never kept.

#include "cache/cachestore.h"
#include "cache/feedquery.h"

#include <QVariantList>
#include <QVariantMap>

namespace hearth::models {

inline QVariantList reactorsOf(hearth::cache::CacheStore *store, const QString &targetType,
                               const QString &targetId, const QString &emoji) {
    QVariantList out;
    if (!store)
        return out;
    const hearth::cache::ReactorsQuery query{targetType, targetId, emoji};
    for (const auto &r : query.run(store->readConnection()))
        out.append(QVariantMap{{QStringLiteral("userId"), r.userId},
                               {QStringLiteral("name"), r.name},
                               {QStringLiteral("mine"), r.userId == store->localUserId()}});
    return out;
}

} // namespace hearth::models
