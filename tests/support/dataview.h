#pragma once
// What hearthd holds for one member, read straight from the API (a full pull from no cursor,
// folded into maps), and the same view of a client's cache, so tests compare the two.

#include "cache/cachestore.h"

#include <QMap>
#include <QString>
#include <QUrl>

namespace hearth::testing {

struct DataView {
    QMap<QString, QString> communities; // id -> name
    QMap<QString, QString> memberships; // "community:user" -> role
    QMap<QString, QString> posts;       // id -> title
    QList<QString> postOrder;           // post ids in the order the server logged them
    QMap<QString, QString> comments;    // id -> body

    static DataView fromServer(const QUrl &server, const QString &token, QString *error);
    static DataView fromCache(hearth::cache::CacheStore &store);
};

} // namespace hearth::testing
