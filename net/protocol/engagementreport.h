#pragma once
// GET /v1/communities/{id}/engagement: a community's engagement figures, for its organizers
// (docs/api.md). "Active" and "seen" mean having written in the community: a post, a comment,
// a reaction or an RSVP. Weeks are the seven-day spans ending at generatedAt, oldest first.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hearth::protocol {

struct EngagementWeek {
    qint64 start = 0;
    int members = 0;       // active members at the end of the week
    int activeMembers = 0; // distinct people who wrote that week
    int posts = 0;
    int comments = 0;

    QJsonObject toJson() const;
    static std::optional<EngagementWeek> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const EngagementWeek &, const EngagementWeek &) = default;
};

struct TopContributor {
    QString userId;
    QString displayName;
    int posts = 0;
    int comments = 0;

    QJsonObject toJson() const;
    static std::optional<TopContributor> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const TopContributor &, const TopContributor &) = default;
};

struct UnansweredQuestion {
    QString postId;
    QString title;
    QString authorId;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
    static std::optional<UnansweredQuestion> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const UnansweredQuestion &, const UnansweredQuestion &) = default;
};

struct MemberNotSeen {
    QString userId;
    QString displayName;
    qint64 lastSeenAt = 0; // their last writing here; 0 = never

    QJsonObject toJson() const;
    static std::optional<MemberNotSeen> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const MemberNotSeen &, const MemberNotSeen &) = default;
};

struct EventTurnout {
    QString eventId;
    QString title;
    qint64 startsAt = 0;
    int capacity = 0; // 0 = no limit
    bool cancelled = false;
    int going = 0;
    int waitlisted = 0;
    int maybe = 0;

    QJsonObject toJson() const;
    static std::optional<EventTurnout> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const EventTurnout &, const EventTurnout &) = default;
};

struct EngagementReport {
    QString communityId;
    qint64 generatedAt = 0;
    QList<EngagementWeek> weeks;
    QList<TopContributor> topContributors;         // by posts + comments in the span
    QList<UnansweredQuestion> unansweredQuestions; // oldest first
    QList<MemberNotSeen> membersNotSeen;           // for 30 days, by join time
    QList<EventTurnout> events;                    // ending within the span or later
    // Questions asked in the span (live `question` posts) and how they were answered: a
    // question is answered by the first live comment of someone other than its author.
    int questionsAsked = 0;
    int questionsAnswered = 0;
    int questionsAnsweredWithinDay = 0; // first answer within 24 h of the question
    qint64 medianFirstAnswerMs = 0;     // over the answered ones; 0 when none

    QJsonObject toJson() const;
    static std::optional<EngagementReport> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const EngagementReport &, const EngagementReport &) = default;
};

} // namespace hearth::protocol
