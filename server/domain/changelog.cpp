#include "changelog.h"

#include "protocol/syncpage.h"
#include "server/domain/clock.h"
#include "server/storage/database.h"
#include "server/storage/query.h"
#include "server/storage/supersession.h"

#include <QRandomGenerator>

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

Supersession::Reach reachOf(const LogEntry &e) {
    return {e.op, scopeName(e.scope), e.community, e.subject, e.audience};
}

// 64 random bits naming one row; no secret, only different from whatever another history wrote
// at the same seq.
QString newStamp() {
    const quint64 bits = QRandomGenerator::global()->generate64();
    const QByteArray raw(reinterpret_cast<const char *>(&bits), sizeof bits);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// One statement decides visibility for every row, from the reader's membership of the row's
// community (joined on its primary key, so one lookup per row walked in seq order) and, for
// profiles and listings, two uncorrelated subqueries the engine evaluates once per page.
const QString &visibleChangesSql() {
    static const QString sql = QStringLiteral(
        "SELECT c.seq, c.change, c.stamp FROM change_log c"
        " LEFT JOIN memberships m ON m.community_id = c.community_id AND m.user_id = ?"
        "  AND m.state = 'active'"
        " WHERE c.seq > ? AND c.seq <= ? AND c.superseded = 0"
        " AND (c.audience IS NULL OR c.audience = ?)"
        " AND ((c.audience IS NULL AND c.subject_id = ?)"
        "  OR (c.scope = 'direct' AND c.audience IS NOT NULL)"
        "  OR (c.scope = 'members' AND m.member_since <= c.seq)"
        "  OR (c.scope = 'organizers' AND m.role IN ('owner', 'moderator')"
        "      AND m.organizer_since <= c.seq)"
        "  OR (c.scope = 'directory' AND (m.user_id IS NOT NULL OR c.community_id IN"
        "      (SELECT id FROM communities WHERE visibility <> 'invite')))"
        "  OR (c.scope = 'profile' AND (c.entity_id = ? OR c.entity_id IN"
        "      (SELECT o.user_id FROM memberships mine JOIN memberships o"
        "       ON o.community_id = mine.community_id"
        "       WHERE mine.user_id = ? AND mine.state = 'active' AND o.state = 'active'))))"
        " ORDER BY c.seq LIMIT ?");
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
    Query::cached(m_db,
                  QStringLiteral("INSERT INTO change_log (seq, type, op, entity_id, "
                                 "community_id, scope, subject_id, audience, change, "
                                 "created_at, stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
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
        .bindText(newStamp())
        .exec();
    // In the same transaction: a reader never finds both the old text and its replacement, nor
    // the old text after the replacement committed.
    supersede(entry.type, entry.id, entry, seq);
    return seq;
}

void ChangeLog::supersede(const QString &type, const QString &entityId, const LogEntry &by,
                          qint64 bySeq) {
    Supersession::apply(m_db, type, entityId, reachOf(by), bySeq);
}

qint64 ChangeLog::head() const {
    return Query::cached(m_db, QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"))
        .scalar();
}

ChangeLog::Position ChangeLog::headPosition() const {
    const qint64 seq = head();
    return {seq, stampAt(seq)};
}

QString ChangeLog::stampAt(qint64 seq) const {
    if (seq <= 0)
        return {};
    Query q = Query::cached(m_db, QStringLiteral("SELECT stamp FROM change_log WHERE seq = ?"));
    q.bind(seq).exec();
    return q.next() ? q.text(0) : QString();
}

ChangeLog::Page ChangeLog::read(const QString &userId, qint64 after, qint64 upTo, int limit) const {
    Query q = Query::cached(m_db, visibleChangesSql());
    const QVariant user(userId);
    q.bind(user).bind(after).bind(upTo);
    for (int i = 0; i < 4; ++i)
        q.bind(user);
    q.bind(limit + 1).exec();

    Page page;
    page.changes.reserve(limit);
    while (q.next()) {
        if (page.changes.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.last = {q.integer(0), q.text(2)};
        page.changes.append(q.bytes(1));
    }
    if (!page.hasMore)
        page.last = {upTo, stampAt(upTo)};
    return page;
}

} // namespace hearthd
