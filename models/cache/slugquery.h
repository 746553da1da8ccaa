#pragma once
// Whether a community with this slug is in the cache: every public and request-only community
// syncs to every signed-in member, so a founder learns as they type that a slug is taken (an
// invite-only one is hidden; the server's slug_taken answers for it).

#include <QSqlDatabase>
#include <QString>

namespace hearth::cache {

struct SlugQuery {
    QString slug;

    bool taken(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
