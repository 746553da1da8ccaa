#include "desktopalerts.h"

#include "cache/alertsettingsquery.h"
#include "cache/unreadnotificationsquery.h"

#include "protocol/vocabulary.h"

#include <QDateTime>
#include <QLocale>

namespace hearth::models {

using hearth::cache::CacheStore;
using hearth::cache::ChangeSet;
using hearth::cache::UnreadNotification;
using hearth::cache::UnreadNotificationsQuery;
namespace AlertLevel = hearth::protocol::AlertLevel;
namespace NotificationKind = hearth::protocol::NotificationKind;

DesktopAlerts::DesktopAlerts(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }) {
    m_digestTimer.setInterval(60 * 1000);
    connect(&m_digestTimer, &QTimer::timeout, this, &DesktopAlerts::deliverDigestIfDue);
    m_digestTimer.start();
}

void DesktopAlerts::setStore(CacheStore *store) {
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &CacheStore::changed, this, [this](const ChangeSet &changes) {
            if (changes.alerts || changes.reset)
                readSettings();
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
    readSettings();
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

void DesktopAlerts::setDigestHour(int hour) {
    hour = qBound(0, hour, 23);
    if (m_digestHour == hour)
        return;
    m_digestHour = hour;
    Q_EMIT digestHourChanged();
}

void DesktopAlerts::setDigestDeliveredAt(double at) {
    if (qint64(at) == m_digestDeliveredAt)
        return;
    m_digestDeliveredAt = qint64(at);
    Q_EMIT digestDeliveredAtChanged();
}

void DesktopAlerts::setClock(std::function<qint64()> clock) {
    m_clock = std::move(clock);
}

void DesktopAlerts::readSettings() {
    m_settings = {};
    if (m_store)
        m_settings = hearth::cache::AlertSettingsQuery{m_store->localUserId()}.run(
            m_store->readConnection());
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
    if (m_settings.digest) {
        deliverDigestIfDue();
        return; // the news wait for the digest
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

bool DesktopAlerts::wanted(const UnreadNotification &n) const {
    const QString level = m_settings.levelFor(n.communityId);
    if (level == QLatin1StringView(AlertLevel::None))
        return false;
    if (level == QLatin1StringView(AlertLevel::Mentions))
        return n.kind == QLatin1StringView(NotificationKind::Mention) ||
               n.kind == QLatin1StringView(NotificationKind::Reply) ||
               n.kind == QLatin1StringView(NotificationKind::JoinApproved) ||
               n.kind == QLatin1StringView(NotificationKind::JoinDenied);
    return true;
}

void DesktopAlerts::deliverDigestIfDue() {
    if (!m_store || !m_settings.digest || !m_enabled || m_catchingUp || m_windowActive)
        return;
    const qint64 now = m_clock();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now);
    qint64 dueAt = QDateTime(local.date(), QTime(m_digestHour, 0)).toMSecsSinceEpoch();
    if (now < dueAt)
        return; // today's is not due yet
    if (m_digestDeliveredAt >= dueAt)
        return; // delivered already
    constexpr qint64 Day = 24 * 60 * 60 * 1000;
    const qint64 since = qMax(m_digestDeliveredAt, now - Day);
    QList<UnreadNotification> news;
    for (const UnreadNotification &n :
         UnreadNotificationsQuery{since}.run(m_store->readConnection())) {
        if (n.createdAt > since && wanted(n))
            news.append(n);
    }
    setDigestDeliveredAt(double(now));
    if (news.isEmpty())
        return;
    QStringList communities;
    for (const UnreadNotification &n : std::as_const(news)) {
        if (!n.communityName.isEmpty() && !communities.contains(n.communityName))
            communities.append(n.communityName);
    }
    const int count = int(news.size());
    Q_EMIT alert(QString(), tr("Your daily digest"),
                 communities.isEmpty() ? tr("%n new", "notifications", count)
                                       : tr("%n new in %1", "notifications", count)
                                             .arg(QLocale().createSeparatedList(communities)),
                 QString(), QString());
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
