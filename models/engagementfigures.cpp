#include "engagementfigures.h"

#include "cache/cacheactions.h"
#include "cache/engagementquery.h"

#include "protocol/vocabulary.h"

namespace hearth::models {

using hearth::cache::CacheStore;
using hearth::cache::ChangeSet;
using hearth::cache::EngagementQuery;

EngagementFigures::EngagementFigures(QObject *parent)
    : QObject(parent) {}

void EngagementFigures::setStore(CacheStore *store) {
    if (m_store == store)
        return;
    disconnect(m_changed);
    disconnect(m_errors);
    m_store = store;
    if (m_store) {
        m_changed = connect(m_store, &CacheStore::changed, this, [this](const ChangeSet &changes) {
            if (changes.engagement.contains(m_communityId))
                setLoading(false, QString());
            if (changes.reset || changes.engagement.contains(m_communityId) ||
                !changes.users.isEmpty() || !changes.posts.isEmpty() || !changes.events.isEmpty() ||
                changes.purgedCommunities.contains(m_communityId))
                reload();
        });
        m_errors =
            connect(m_store, &CacheStore::engagementError, this,
                    [this](const QString &communityId, const QString &message) {
                        if (communityId == m_communityId)
                            setLoading(false, message.isEmpty() ? tr("You are offline.") : message);
                    });
    }
    setLoading(false, QString());
    reload();
    Q_EMIT storeChanged();
}

void EngagementFigures::setCommunityId(const QString &communityId) {
    if (m_communityId == communityId)
        return;
    m_communityId = communityId;
    setLoading(false, QString());
    reload();
    Q_EMIT communityIdChanged();
}

void EngagementFigures::refresh() {
    if (!m_store || m_communityId.isEmpty())
        return;
    setLoading(true, QString());
    m_store->requestEngagement(m_communityId);
}

void EngagementFigures::setLoading(bool loading, const QString &error) {
    if (m_loading == loading && m_error == error)
        return;
    m_loading = loading;
    m_error = error;
    Q_EMIT loadingChanged();
}

void EngagementFigures::reload() {
    m_report = {};
    m_fetchedAt = 0;
    m_handles.clear();
    m_names.clear();
    m_topContributors.clear();
    m_unanswered.clear();
    m_notSeen.clear();
    m_events.clear();
    if (m_store && !m_communityId.isEmpty()) {
        const QSqlDatabase db = m_store->readConnection();
        m_report = EngagementQuery::read(db, m_communityId, &m_fetchedAt);

        QStringList people, posts, events;
        for (const auto &c : m_report.topContributors)
            people.append(c.userId);
        for (const auto &m : m_report.membersNotSeen)
            people.append(m.userId);
        for (const auto &q : m_report.unansweredQuestions) {
            people.append(q.authorId);
            posts.append(q.postId);
        }
        for (const auto &e : m_report.events)
            events.append(e.eventId);
        const auto names = EngagementQuery::names(db, people);
        const QSet<QString> cachedPosts = EngagementQuery::cachedPosts(db, posts);
        const QSet<QString> cachedEvents = EngagementQuery::cachedEvents(db, events);
        const auto nameOf = [&](const QString &userId, const QString &serverName) {
            const auto it = names.constFind(userId);
            QString name = it != names.constEnd() ? it->displayName : QString();
            if (name.isEmpty())
                name = serverName;
            if (it != names.constEnd() && !it->handle.isEmpty())
                m_handles.insert(userId, it->handle);
            m_names.insert(userId, name);
            return name;
        };

        for (const auto &c : m_report.topContributors)
            m_topContributors.append(
                QVariantMap{{QStringLiteral("userId"), c.userId},
                            {QStringLiteral("name"), nameOf(c.userId, c.displayName)},
                            {QStringLiteral("handle"), m_handles.value(c.userId)},
                            {QStringLiteral("posts"), c.posts},
                            {QStringLiteral("comments"), c.comments}});
        for (const auto &q : m_report.unansweredQuestions)
            m_unanswered.append(
                QVariantMap{{QStringLiteral("postId"), q.postId},
                            {QStringLiteral("title"), q.title},
                            {QStringLiteral("authorId"), q.authorId},
                            {QStringLiteral("authorName"), nameOf(q.authorId, QString())},
                            {QStringLiteral("createdAt"), double(q.createdAt)},
                            {QStringLiteral("cached"), cachedPosts.contains(q.postId)}});
        for (const auto &m : m_report.membersNotSeen)
            m_notSeen.append(QVariantMap{{QStringLiteral("userId"), m.userId},
                                         {QStringLiteral("name"), nameOf(m.userId, m.displayName)},
                                         {QStringLiteral("handle"), m_handles.value(m.userId)},
                                         {QStringLiteral("lastSeenAt"), double(m.lastSeenAt)}});
        for (const auto &e : m_report.events)
            m_events.append(
                QVariantMap{{QStringLiteral("eventId"), e.eventId},
                            {QStringLiteral("title"), e.title},
                            {QStringLiteral("startsAt"), double(e.startsAt)},
                            {QStringLiteral("capacity"), e.capacity},
                            {QStringLiteral("cancelled"), e.cancelled},
                            {QStringLiteral("going"), e.going},
                            {QStringLiteral("waitlisted"), e.waitlisted},
                            {QStringLiteral("maybe"), e.maybe},
                            {QStringLiteral("cached"), cachedEvents.contains(e.eventId)}});
    }
    Q_EMIT figuresChanged();
}

int EngagementFigures::postsInSpan() const {
    int sum = 0;
    for (const auto &week : m_report.weeks)
        sum += week.posts;
    return sum;
}

int EngagementFigures::commentsInSpan() const {
    int sum = 0;
    for (const auto &week : m_report.weeks)
        sum += week.comments;
    return sum;
}

QString EngagementFigures::mentionOf(const QString &userId) const {
    const QString handle = m_handles.value(userId);
    return handle.isEmpty() ? m_names.value(userId) : QLatin1Char('@') + handle;
}

QString EngagementFigures::thanksDraft(const QString &userId) const {
    return tr("A big thank you to %1 for everything they shared here lately: posts, answers and "
              "the care in them. This place is better for it!")
        .arg(mentionOf(userId));
}

QString EngagementFigures::helloDraft(const QString &userId) const {
    return tr("Hello %1! We have not seen you here for a while and miss you. What are you working "
              "on these days?")
        .arg(mentionOf(userId));
}

QString EngagementFigures::post(const QString &title, const QString &body) {
    if (!m_store || m_communityId.isEmpty() || body.trimmed().isEmpty())
        return {};
    protocol::PostCreateArgs args;
    args.communityId = m_communityId;
    args.kind = QString::fromLatin1(protocol::PostKind::Discussion);
    args.title = title.trimmed();
    args.body = body.trimmed();
    return cache::CacheActions(m_store).createPost(args);
}

} // namespace hearth::models
