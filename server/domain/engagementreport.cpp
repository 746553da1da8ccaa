#include "engagementreport.h"

#include "protocol/engagementreport.h"
#include "server/domain/entityreader.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace hearthd {

namespace {

constexpr qint64 DayMs = qint64(24) * 3600 * 1000;
constexpr qint64 WeekMs = 7 * DayMs;

// (user, time) rows of one kind of activity in a community since `from`.
QList<std::pair<QString, qint64>> activity(const Database &db, const QString &sql,
                                           const QString &communityId, qint64 from) {
    Query q(db.connection(), sql);
    q.bind(communityId).bind(from).exec();
    QList<std::pair<QString, qint64>> out;
    while (q.next())
        out.append({q.text(0), q.integer(1)});
    return out;
}

const QString postsSql =
    QStringLiteral("SELECT author_id, created_at FROM posts WHERE community_id = ? AND deleted = 0 "
                   "AND created_at >= ?");
const QString commentsSql = QStringLiteral(
    "SELECT author_id, created_at FROM comments WHERE community_id = ? AND deleted = 0 "
    "AND created_at >= ?");
const QString reactionsSql = QStringLiteral(
    "SELECT user_id, created_at FROM reactions WHERE community_id = ? AND created_at >= ?");
const QString rsvpsSql = QStringLiteral(
    "SELECT user_id, responded_at FROM rsvps WHERE community_id = ? AND responded_at >= ?");

QString displayName(const EntityReader &reader, const QString &userId) {
    const auto u = reader.user(userId);
    return u ? u->displayName : QString();
}

} // namespace

Result<QByteArray> EngagementReport::build(const QString &userId, const QString &communityId,
                                           int weeks, qint64 now) const {
    if (weeks < 1 || weeks > MaxWeeks)
        return DomainError::invalid(
            QStringLiteral("'weeks' must be between 1 and %1").arg(MaxWeeks));
    if (!m_reader.communityExists(communityId))
        return DomainError::notFound(QStringLiteral("no such community"));
    if (auto denied =
            Policy::check(Policy::Action::ViewEngagement, m_reader.membership(communityId, userId)))
        return *denied;

    // The span is [from, now]: week w is [from + w weeks, from + (w + 1) weeks).
    const qint64 from = now + 1 - weeks * WeekMs;
    const auto weekOf = [&](qint64 t) { return int((t - from) / WeekMs); };
    const auto posts = activity(m_db, postsSql, communityId, from);
    const auto comments = activity(m_db, commentsSql, communityId, from);
    const auto reactions = activity(m_db, reactionsSql, communityId, from);
    const auto rsvps = activity(m_db, rsvpsSql, communityId, from);

    QList<int> postCounts(weeks, 0), commentCounts(weeks, 0);
    QList<QSet<QString>> active(weeks);
    QHash<QString, std::pair<int, int>> written; // user -> posts, comments in the span
    const auto count = [&](const auto &rows, QList<int> *perWeek, bool isPost) {
        for (const auto &[who, at] : rows) {
            const int w = weekOf(at);
            if (w < 0 || w >= weeks)
                continue;
            active[w].insert(who);
            if (perWeek) {
                ++(*perWeek)[w];
                auto &mine = written[who];
                ++(isPost ? mine.first : mine.second);
            }
        }
    };
    count(posts, &postCounts, true);
    count(comments, &commentCounts, false);
    count(reactions, nullptr, false);
    count(rsvps, nullptr, false);

    hearth::protocol::EngagementReport out;
    out.communityId = communityId;
    out.generatedAt = now;

    // Members at the end of each week, from the join times of today's active members.
    QList<qint64> joins;
    {
        Query q(m_db.connection(), QStringLiteral("SELECT joined_at FROM memberships "
                                                  "WHERE community_id = ? AND state = 'active'"));
        q.bind(communityId).exec();
        while (q.next())
            joins.append(q.integer(0));
    }
    for (int w = 0; w < weeks; ++w) {
        const qint64 end = from + (w + 1) * WeekMs;
        const auto members = std::count_if(joins.cbegin(), joins.cend(),
                                           [&](qint64 joined) { return joined < end; });
        out.weeks.append({from + w * WeekMs, int(members), int(active[w].size()), postCounts[w],
                          commentCounts[w]});
    }

    QList<std::pair<QString, std::pair<int, int>>> ranked;
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        ranked.append({it.key(), it.value()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        const int ta = a.second.first + a.second.second;
        const int tb = b.second.first + b.second.second;
        return ta != tb ? ta > tb : a.first < b.first;
    });
    for (const auto &[who, counts] : ranked.mid(0, TopContributors))
        out.topContributors.append({who, displayName(m_reader, who), counts.first, counts.second});

    // Questions nobody but their author has answered, oldest first.
    {
        Query q(m_db.connection(),
                QStringLiteral("SELECT p.id, p.title, p.author_id, p.created_at FROM posts p "
                               "WHERE p.community_id = ? AND p.kind = 'question' AND p.deleted = 0 "
                               "AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.post_id = p.id "
                               "AND c.deleted = 0 AND c.author_id <> p.author_id) "
                               "ORDER BY p.created_at, p.id LIMIT ?"));
        q.bind(communityId).bind(MaxListed).exec();
        while (q.next())
            out.unansweredQuestions.append({q.text(0), q.text(1), q.text(2), q.integer(3)});
    }

    // How questions asked in the span were answered: the first live comment by someone other
    // than the asker, and the median wait for it.
    {
        Query q(m_db.connection(),
                QStringLiteral("SELECT p.created_at, (SELECT MIN(c.created_at) FROM comments c "
                               "WHERE c.post_id = p.id AND c.deleted = 0 "
                               "AND c.author_id <> p.author_id) FROM posts p "
                               "WHERE p.community_id = ? AND p.kind = 'question' "
                               "AND p.deleted = 0 AND p.created_at >= ?"));
        q.bind(communityId).bind(from).exec();
        QList<qint64> waits;
        while (q.next()) {
            ++out.questionsAsked;
            if (q.value(1).isNull())
                continue;
            const qint64 wait = std::max<qint64>(0, q.integer(1) - q.integer(0));
            waits.append(wait);
            if (wait <= DayMs)
                ++out.questionsAnsweredWithinDay;
        }
        out.questionsAnswered = int(waits.size());
        if (!waits.isEmpty()) {
            std::sort(waits.begin(), waits.end());
            const qsizetype mid = waits.size() / 2;
            out.medianFirstAnswerMs =
                waits.size() % 2 ? waits.at(mid) : (waits.at(mid - 1) + waits.at(mid)) / 2;
        }
    }

    // Active members whose last activity here (or their joining) is older than 30 days.
    {
        Query q(
            m_db.connection(),
            QStringLiteral("SELECT m.user_id, m.joined_at, "
                           "(SELECT MAX(t) FROM ("
                           " SELECT created_at AS t FROM posts WHERE community_id = m.community_id "
                           "  AND author_id = m.user_id"
                           " UNION ALL SELECT created_at FROM comments WHERE community_id = "
                           "  m.community_id AND author_id = m.user_id"
                           " UNION ALL SELECT created_at FROM reactions WHERE community_id = "
                           "  m.community_id AND user_id = m.user_id"
                           " UNION ALL SELECT responded_at FROM rsvps WHERE community_id = "
                           "  m.community_id AND user_id = m.user_id) seen) AS last_seen "
                           "FROM memberships m WHERE m.community_id = ? AND m.state = 'active' "
                           "ORDER BY m.joined_at, m.user_id"));
        q.bind(communityId).exec();
        // Names are read after the loop: a second statement on the connection would end this
        // one's result on PostgreSQL.
        QList<std::pair<QString, qint64>> quiet;
        while (q.next() && quiet.size() < MaxListed) {
            const qint64 lastSeen = q.value(2).isNull() ? 0 : q.integer(2);
            if (std::max(lastSeen, q.integer(1)) < now - NotSeenMs)
                quiet.append({q.text(0), lastSeen});
        }
        for (const auto &[who, lastSeen] : quiet)
            out.membersNotSeen.append({who, displayName(m_reader, who), lastSeen});
    }

    // Events of the span and after, with their answers.
    {
        Query q(
            m_db.connection(),
            QStringLiteral(
                "SELECT e.id, e.title, e.starts_at, e.capacity, e.cancelled, "
                "(SELECT COUNT(*) FROM rsvps r WHERE r.event_id = e.id AND r.status = 'going'), "
                "(SELECT COUNT(*) FROM rsvps r WHERE r.event_id = e.id AND r.status = "
                "'waitlisted'), "
                "(SELECT COUNT(*) FROM rsvps r WHERE r.event_id = e.id AND r.status = 'maybe') "
                "FROM events e WHERE e.community_id = ? AND e.ends_at >= ? "
                "ORDER BY e.starts_at, e.id"));
        q.bind(communityId).bind(from).exec();
        while (q.next())
            out.events.append({q.text(0), q.text(1), q.integer(2), int(q.integer(3)),
                               q.integer(4) != 0, int(q.integer(5)), int(q.integer(6)),
                               int(q.integer(7))});
    }

    return QJsonDocument(out.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace hearthd
