#include "supersession.h"

#include "server/storage/database.h"
#include "server/storage/query.h"

#include <QList>

namespace hearthd::Supersession {

namespace {

// For rows of one community, each scope admits everyone the next admits: anyone may read a
// directory row of a listed community and its members may read any; members rows are read by
// members who joined before the row was written, organizers rows by organizers promoted before
// it, and an organizer became a member no later than an organizer (memberships.member_since <=
// organizer_since).
int rank(const QString &scope) {
    if (scope == QLatin1StringView("directory"))
        return 3;
    if (scope == QLatin1StringView("members"))
        return 2;
    if (scope == QLatin1StringView("organizers"))
        return 1;
    return 0;
}

// Does `later`'s scope admit everyone `earlier`'s does?
bool scopeCovers(const Reach &later, const Reach &earlier) {
    if (later.scope == QLatin1StringView("direct")) // no condition beyond the audience
        return true;
    if (earlier.scope == QLatin1StringView("direct"))
        return false;
    if (later.scope == QLatin1StringView("profile") ||
        earlier.scope == QLatin1StringView("profile"))
        return later.scope == earlier.scope; // the same profile: the same readers
    return later.community == earlier.community && rank(later.scope) >= rank(earlier.scope) &&
           rank(earlier.scope) > 0;
}

} // namespace

bool covers(const Reach &later, const Reach &earlier) {
    const QLatin1StringView purge("purge");
    if (later.op == purge || earlier.op == purge)
        return false;
    if (!earlier.audience.isEmpty()) {
        // Read by its audience alone, while the scope admits them.
        if (!later.audience.isEmpty())
            return later.audience == earlier.audience && scopeCovers(later, earlier);
        return later.subject == earlier.audience || scopeCovers(later, earlier);
    }
    // Read by everyone in scope (and the subject): an addressed row reaches fewer.
    if (!later.audience.isEmpty())
        return false;
    if (!earlier.subject.isEmpty() && earlier.subject != later.subject)
        return false;
    return scopeCovers(later, earlier);
}

int apply(Database &db, const QString &type, const QString &entityId, const Reach &later,
          qint64 laterSeq) {
    QList<qint64> covered;
    {
        // The partial index change_log_live holds only live rows, so an object edited a thousand
        // times is still one lookup.
        Query q = Query::cached(
            db, QStringLiteral("SELECT seq, op, scope, community_id, subject_id, audience "
                               "FROM change_log WHERE type = ? AND entity_id = ? "
                               "AND superseded = 0 AND seq < ?"));
        q.bind(type).bind(entityId).bind(laterSeq).exec();
        while (q.next()) {
            const Reach earlier{q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)};
            if (covers(later, earlier))
                covered.append(q.integer(0));
        }
    }
    for (const qint64 seq : covered)
        Query::cached(db, QStringLiteral("UPDATE change_log SET superseded = 1, change = '' "
                                         "WHERE seq = ?"))
            .bind(seq)
            .exec();
    return int(covered.size());
}

} // namespace hearthd::Supersession
