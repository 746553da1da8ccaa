#include "changelog.h"

#include "protocol/syncpage.h"
#include "server/domain/clock.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

namespace hearthd {

namespace {

QString scopeName(LogEntry::Scope scope) {
    switch (scope) {
    case LogEntry::Scope::Directory:
        return QStringLiteral("directory");
    case LogEntry::Scope::Members:
        return QStringLiteral("members");
    case LogEntry::Scope::Organizers:
        return QStringLiteral("organizers");
    case LogEntry::Scope::Profile:
        return QStringLiteral("profile");
    case LogEntry::Scope::Direct:
        return QStringLiteral("direct");
    }
    return {};
}

// One statement decides visibility for every scope; the IN-subqueries are uncorrelated, so the
// engine evaluates each once per page, not once per row.
const QString &visibleChangesSql() {
    static const QString sql = QStringLiteral(
        "SELECT seq, change FROM change_log"
        " WHERE seq > ? AND seq <= ? AND ("
        "  audience = ?"
        "  OR (audience IS NULL AND ("
        "   subject_id = ?"
        "   OR (scope = 'members' AND community_id IN"
        "       (SELECT community_id FROM memberships WHERE user_id = ? AND state = 'active'))"
        "   OR (scope = 'organizers' AND community_id IN"
        "       (SELECT community_id FROM memberships WHERE user_id = ? AND state = 'active'"
        "        AND role IN ('owner', 'moderator')))"
        "   OR (scope = 'directory' AND community_id IN"
        "       (SELECT id FROM communities WHERE visibility <> 'invite'"
        "        UNION SELECT community_id FROM memberships WHERE user_id = ? AND state = "
        "'active'))"
        "   OR (scope = 'profile' AND (entity_id = ? OR entity_id IN"
        "       (SELECT o.user_id FROM memberships m JOIN memberships o"
        "        ON o.community_id = m.community_id"
        "        WHERE m.user_id = ? AND m.state = 'active' AND o.state = 'active')))"
        " )))"
        " ORDER BY seq LIMIT ?");
    return sql;
}

} // namespace

qint64 ChangeLog::append(const LogEntry &entry) {
    Query::cached(m_db, QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'seq'"))
        .exec();
    const qint64 seq =
        Query::cached(m_db, QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"))
            .scalar();
    // Encoded once, here; every page that carries this change copies these bytes.
    const QByteArray change = hearth::protocol::Change::encode(seq, entry.type, entry.op, entry.id,
                                                               entry.community, entry.data);
    Query::cached(m_db, QStringLiteral("INSERT INTO change_log (seq, type, op, entity_id, "
                                       "community_id, scope, subject_id, audience, change, "
                                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(seq)
        .bindText(entry.type)
        .bindText(entry.op)
        .bindText(entry.id)
        .bindNullableText(entry.community)
        .bindText(scopeName(entry.scope))
        .bindNullableText(entry.subject)
        .bindNullableText(entry.audience)
        .bind(change)
        .bind(Clock::nowMs())
        .exec();
    return seq;
}

qint64 ChangeLog::head() const {
    return Query::cached(m_db, QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"))
        .scalar();
}

ChangeLog::Page ChangeLog::read(const QString &userId, qint64 after, qint64 upTo, int limit) const {
    Query q = Query::cached(m_db, visibleChangesSql());
    q.bind(after).bind(upTo);
    const QVariant user(userId);
    for (int i = 0; i < 7; ++i)
        q.bind(user);
    q.bind(limit + 1).exec();

    Page page;
    page.changes.reserve(limit);
    while (q.next()) {
        if (page.changes.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.lastSeq = q.integer(0);
        page.changes.append(q.bytes(1));
    }
    if (!page.hasMore)
        page.lastSeq = upTo;
    return page;
}

} // namespace hearthd
