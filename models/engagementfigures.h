#pragma once
// A community's engagement figures for its organizers (Manage → Engagement): members over time,
// weekly active members, posts and comments per week, top contributors, unanswered questions,
// how fast questions get a first answer, members not seen for 30 days and each event's turnout.
// hearthd computes them (GET /v1/communities/{id}/engagement); refresh() asks for them through
// the sync engine and the cache keeps the last ones fetched, so they read offline with their
// date (`fetchedAt`). People are named as the cache knows them, with the handle that mentions
// them, so "thank" and "say hello" can post a shout-out that notifies them.
//
//   EngagementFigures { id: figures; store: AppContext.store; communityId: page.communityId }
//   Component.onCompleted: figures.refresh()

#include "cache/cachestore.h"

#include "protocol/engagementreport.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace hearth::models {

class EngagementFigures : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hearth::cache::CacheStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString communityId READ communityId WRITE setCommunityId NOTIFY communityIdChanged)
    // When the shown figures were fetched (ms since the epoch; 0: never fetched here).
    Q_PROPERTY(double fetchedAt READ fetchedAt NOTIFY figuresChanged)
    // A refresh is on its way; and why the last one failed ("" when it did not).
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY loadingChanged)
    // Per seven-day span, oldest first: its start (ms since the epoch), the members at its end,
    // the distinct people who wrote in it, its posts and its comments; and the span's totals.
    Q_PROPERTY(QVariantList weekStarts READ weekStarts NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList weeklyMembers READ weeklyMembers NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList weeklyActive READ weeklyActive NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList weeklyPosts READ weeklyPosts NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList weeklyComments READ weeklyComments NOTIFY figuresChanged)
    Q_PROPERTY(int postsInSpan READ postsInSpan NOTIFY figuresChanged)
    Q_PROPERTY(int commentsInSpan READ commentsInSpan NOTIFY figuresChanged)
    // {userId, name, handle, posts, comments}, most first.
    Q_PROPERTY(QVariantList topContributors READ topContributors NOTIFY figuresChanged)
    // {postId, title, authorId, authorName, createdAt, cached}, oldest first.
    Q_PROPERTY(QVariantList unansweredQuestions READ unansweredQuestions NOTIFY figuresChanged)
    // {userId, name, handle, lastSeenAt (0: never)}.
    Q_PROPERTY(QVariantList membersNotSeen READ membersNotSeen NOTIFY figuresChanged)
    // {eventId, title, startsAt, capacity (0: no limit), cancelled, going, waitlisted, maybe,
    //  cached}, by start.
    Q_PROPERTY(QVariantList events READ events NOTIFY figuresChanged)
    Q_PROPERTY(int questionsAsked READ questionsAsked NOTIFY figuresChanged)
    Q_PROPERTY(int questionsAnswered READ questionsAnswered NOTIFY figuresChanged)
    Q_PROPERTY(int questionsAnsweredWithinDay READ questionsAnsweredWithinDay NOTIFY figuresChanged)
    // The median wait for a question's first answer (ms; 0 when none was answered).
    Q_PROPERTY(double medianFirstAnswerMs READ medianFirstAnswerMs NOTIFY figuresChanged)

public:
    explicit EngagementFigures(QObject *parent = nullptr);

    hearth::cache::CacheStore *store() const { return m_store; }
    void setStore(hearth::cache::CacheStore *store);
    QString communityId() const { return m_communityId; }
    void setCommunityId(const QString &communityId);
    double fetchedAt() const { return double(m_fetchedAt); }
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    QVariantList weekStarts() const { return weekly(&hearth::protocol::EngagementWeek::start); }
    QVariantList weeklyMembers() const {
        return weekly(&hearth::protocol::EngagementWeek::members);
    }
    QVariantList weeklyActive() const {
        return weekly(&hearth::protocol::EngagementWeek::activeMembers);
    }
    QVariantList weeklyPosts() const { return weekly(&hearth::protocol::EngagementWeek::posts); }
    QVariantList weeklyComments() const {
        return weekly(&hearth::protocol::EngagementWeek::comments);
    }
    int postsInSpan() const;
    int commentsInSpan() const;
    QVariantList topContributors() const { return m_topContributors; }
    QVariantList unansweredQuestions() const { return m_unanswered; }
    QVariantList membersNotSeen() const { return m_notSeen; }
    QVariantList events() const { return m_events; }
    int questionsAsked() const { return m_report.questionsAsked; }
    int questionsAnswered() const { return m_report.questionsAnswered; }
    int questionsAnsweredWithinDay() const { return m_report.questionsAnsweredWithinDay; }
    double medianFirstAnswerMs() const { return double(m_report.medianFirstAnswerMs); }

    // Asks hearthd for the figures of the last 12 weeks (the cache keeps them).
    Q_INVOKABLE void refresh();
    // A shout-out to a top contributor and a hello to a member not seen lately, drafted for the
    // organizer to edit: each mentions the member (@handle), which notifies them.
    Q_INVOKABLE QString thanksDraft(const QString &userId) const;
    Q_INVOKABLE QString helloDraft(const QString &userId) const;
    // Posts a draft to the community (a discussion, through the outbox: it shows at once and is
    // sent when online). Returns the new post's id ("" when nothing was queued).
    Q_INVOKABLE QString post(const QString &title, const QString &body);

Q_SIGNALS:
    void storeChanged();
    void communityIdChanged();
    void figuresChanged();
    void loadingChanged();

private:
    void reload();
    void setLoading(bool loading, const QString &error);
    QString mentionOf(const QString &userId) const;
    template<typename T> QVariantList weekly(T hearth::protocol::EngagementWeek::*field) const {
        QVariantList out;
        for (const auto &week : m_report.weeks)
            out.append(double(week.*field));
        return out;
    }

    QPointer<hearth::cache::CacheStore> m_store;
    QString m_communityId;
    qint64 m_fetchedAt = 0;
    bool m_loading = false;
    QString m_error;
    hearth::protocol::EngagementReport m_report;
    QHash<QString, QString> m_handles; // user id -> handle, of the people the figures name
    QHash<QString, QString> m_names;   // user id -> name as cached, else as the server said
    QVariantList m_topContributors;
    QVariantList m_unanswered;
    QVariantList m_notSeen;
    QVariantList m_events;
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_errors;
};

} // namespace hearth::models
