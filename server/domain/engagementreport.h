#pragma once
// Engagement figures of one community for its organizers (GET /v1/communities/{id}/engagement):
// members over time, weekly active members, posts and comments per week, top contributors,
// unanswered questions, members not seen for 30 days, and RSVPs against capacity.
//
// "Active" and "seen" mean having written in the community: a post, a comment, a reaction or an
// RSVP. Weeks are the seven-day spans ending now, oldest first.

#include "server/domain/domainerror.h"

#include <QByteArray>

namespace hearthd {

class Database;
class EntityReader;

class EngagementReport {
public:
    static constexpr int DefaultWeeks = 12;
    static constexpr int MaxWeeks = 104;
    static constexpr int TopContributors = 10;
    static constexpr int MaxListed = 50; // unanswered questions, members not seen
    static constexpr qint64 NotSeenMs = qint64(30) * 24 * 3600 * 1000;

    EngagementReport(Database &db, EntityReader &reader)
        : m_db(db)
        , m_reader(reader) {}

    // Compact JSON (see docs/api.md). forbidden for anyone but the community's organizers,
    // not_found for an unknown community, invalid_request for weeks outside 1..MaxWeeks.
    Result<QByteArray> build(const QString &userId, const QString &communityId, int weeks,
                             qint64 now) const;

private:
    Database &m_db;
    EntityReader &m_reader;
};

} // namespace hearthd
