#include "desktopalerts.h"

#include "cache/unreadnotificationsquery.h"

#include <QDateTime>
#include <QLocale>

namespace hearth::models {

using hearth::cache::CacheStore;
using hearth::cache::ChangeSet;
using hearth::cache::UnreadNotification;
using hearth::cache::UnreadNotificationsQuery;

DesktopAlerts::DesktopAlerts(QObject *parent)
    : QObject(parent) {}

void DesktopAlerts::setStore(CacheStore *store) {
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &CacheStore::changed, this, [this](const ChangeSet &changes) {
            if (changes.notifications || changes.reset)
                check();
        });
        connect(m_store, &CacheStore::pageApplied, this, [this](const QString &, bool hasMore) {
            if (m_catchingUp && !hasMore) {
                m_catchingUp = false;
                startWatching();
            }
        });
    }
    m_catchingUp = m_store && m_store->cursor().isEmpty();
    startWatching();
    Q_EMIT storeChanged();
}

void DesktopAlerts::setEnabled(bool enabled) {
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    Q_EMIT enabledChanged();
}

void DesktopAlerts::setWindowActive(bool active) {
    if (m_windowActive == active)
        return;
    m_windowActive = active;
    Q_EMIT windowActiveChanged();
}

void DesktopAlerts::setSummaryThreshold(int threshold) {
    threshold = qMax(1, threshold);
    if (m_summaryThreshold == threshold)
        return;
    m_summaryThreshold = threshold;
    Q_EMIT summaryThresholdChanged();
}

void DesktopAlerts::startWatching() {
    m_seen.clear();
    m_since = 0;
    if (!m_store)
        return;
    m_since = UnreadNotificationsQuery::newest(m_store->readConnection());
    // Whatever is at the newest time already is backlog too.
    for (const UnreadNotification &n :
         UnreadNotificationsQuery{m_since}.run(m_store->readConnection()))
        m_seen.insert(n.id);
}

void DesktopAlerts::check() {
    if (!m_store)
        return;
    const auto fresh = UnreadNotificationsQuery{m_since}.run(m_store->readConnection());
    QList<UnreadNotification> news;
    for (const UnreadNotification &n : fresh) {
        if (m_seen.contains(n.id))
            continue;
        if (n.createdAt > m_since) {
            m_since = n.createdAt;
            m_seen.clear();
        }
        m_seen.insert(n.id);
        if (wanted(n))
            news.append(n);
    }
    if (news.isEmpty() || m_catchingUp || !m_enabled || m_windowActive)
        return;
    if (news.size() > m_summaryThreshold) {
        QStringList communities;
        for (const UnreadNotification &n : std::as_const(news)) {
            if (!n.communityName.isEmpty() && !communities.contains(n.communityName))
                communities.append(n.communityName);
        }
        Q_EMIT alert(QString(), tr("%n new notifications", "", int(news.size())),
                     QLocale().createSeparatedList(communities), QString(), QString());
        return;
    }
    for (const UnreadNotification &n : std::as_const(news))
        Q_EMIT alert(n.id, title(n), body(n), n.targetType, n.targetId);
}

bool DesktopAlerts::wanted(const UnreadNotification &) const {
    // Every kind, in every community, for now: the server-kept level per community and the
    // digest choice plug in here.
    return true;
}

QString DesktopAlerts::title(const UnreadNotification &n) {
    const QString actor = n.actorName.isEmpty() ? tr("Someone") : n.actorName;
    if (n.kind == QLatin1String("reply"))
        return n.communityName.isEmpty() ? tr("%1 replied to you").arg(actor)
                                         : tr("%1 replied in %2").arg(actor, n.communityName);
    if (n.kind == QLatin1String("mention"))
        return n.communityName.isEmpty() ? tr("%1 mentioned you").arg(actor)
                                         : tr("%1 mentioned you in %2").arg(actor, n.communityName);
    if (n.kind == QLatin1String("join_request"))
        return tr("%1 asked to join %2")
            .arg(actor, n.communityName.isEmpty() ? n.text : n.communityName);
    if (n.kind == QLatin1String("event_reminder"))
        return tr("Starting soon: %1").arg(n.text);
    if (n.kind == QLatin1String("join_approved"))
        return tr("You are in: %1").arg(n.communityName.isEmpty() ? n.text : n.communityName);
    if (n.kind == QLatin1String("join_denied"))
        return tr("Your request to join %1 was declined")
            .arg(n.communityName.isEmpty() ? n.text : n.communityName);
    return n.communityName.isEmpty() ? tr("New notification") : n.communityName;
}

QString DesktopAlerts::body(const UnreadNotification &n) {
    if (n.kind == QLatin1String("event_reminder")) {
        const QString when =
            n.eventStartsAt > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(n.eventStartsAt),
                                     QLocale::ShortFormat)
                : QString();
        if (when.isEmpty())
            return n.communityName;
        return n.communityName.isEmpty() ? when : tr("%1 · %2").arg(when, n.communityName);
    }
    if (n.kind == QLatin1String("join_request") || n.kind == QLatin1String("join_approved") ||
        n.kind == QLatin1String("join_denied"))
        return {}; // the title says it all
    return n.text;
}

} // namespace hearth::models
