#include "slugquery.h"

#include "readquery.h"

namespace hearth::cache {

bool SlugQuery::taken(const QSqlDatabase &db) const {
    if (slug.isEmpty())
        return false;
    QSqlQuery q = runRead(db, QStringLiteral("SELECT 1 FROM communities WHERE slug = ? LIMIT 1"),
                          {slug}, "slug");
    return q.next();
}

} // namespace hearth::cache
