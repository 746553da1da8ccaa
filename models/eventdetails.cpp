#include "eventdetails.h"

#include "cache/cacheactions.h"
#include "cache/eventdetailquery.h"
#include "icswriter.h"
#include "modelslogging.h"

#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

namespace hearth::models {

using hearth::cache::CacheActions;
using hearth::cache::CacheStore;
using hearth::cache::ChangeSet;
using hearth::cache::EventAttendee;
using hearth::cache::EventDetailQuery;

EventDetails::EventDetails(QObject *parent)
    : QObject(parent) {}

void EventDetails::setStore(CacheStore *store) {
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &CacheStore::changed, this, [this](const ChangeSet &changes) {
            // The event or its answers, the names of the people answering, the community's name
            // or a purge of it: all show here.
            if (changes.reset || changes.events.contains(m_eventId) || !changes.users.isEmpty() ||
                !changes.purgedCommunities.isEmpty() ||
                (m_detail && changes.communities.contains(m_detail->communityId)))
                load();
        });
        connect(m_store, &CacheStore::outboxChanged, this, [this] { load(); });
        connect(m_store, &CacheStore::localUserChanged, this, [this] { load(); });
    }
    load();
    Q_EMIT storeChanged();
}

void EventDetails::setEventId(const QString &eventId) {
    if (m_eventId == eventId)
        return;
    m_eventId = eventId;
    load();
    Q_EMIT eventIdChanged();
}

void EventDetails::load() {
    m_detail.reset();
    if (m_store && !m_eventId.isEmpty()) {
        EventDetailQuery query;
        query.eventId = m_eventId;
        query.userId = m_store->localUserId();
        m_detail = query.run(m_store->readConnection());
    }
    Q_EMIT detailsChanged();
}

bool EventDetails::loaded() const {
    return m_detail.has_value();
}

QString EventDetails::title() const {
    return m_detail ? m_detail->title : QString();
}

QString EventDetails::description() const {
    return m_detail ? m_detail->description : QString();
}

QString EventDetails::communityId() const {
    return m_detail ? m_detail->communityId : QString();
}

QString EventDetails::communityName() const {
    return m_detail ? m_detail->communityName : QString();
}

QString EventDetails::creatorId() const {
    return m_detail ? m_detail->creatorId : QString();
}

QDateTime EventDetails::startsAt() const {
    return m_detail ? QDateTime::fromMSecsSinceEpoch(m_detail->startsAt) : QDateTime();
}

QDateTime EventDetails::endsAt() const {
    return m_detail ? QDateTime::fromMSecsSinceEpoch(m_detail->endsAt) : QDateTime();
}

QString EventDetails::place() const {
    return m_detail ? m_detail->place : QString();
}

QString EventDetails::link() const {
    return m_detail ? m_detail->link : QString();
}

bool EventDetails::edited() const {
    return m_detail && m_detail->editedAt > 0;
}

bool EventDetails::cancelled() const {
    return m_detail && m_detail->cancelled;
}

bool EventDetails::past() const {
    return m_detail && m_detail->endsAt < QDateTime::currentMSecsSinceEpoch();
}

int EventDetails::capacity() const {
    return m_detail ? m_detail->capacity : 0;
}

int EventDetails::goingCount() const {
    return m_detail ? int(m_detail->going.size()) : 0;
}

int EventDetails::waitlistCount() const {
    return m_detail ? int(m_detail->waitlisted.size()) : 0;
}

int EventDetails::maybeCount() const {
    return m_detail ? int(m_detail->maybe.size()) : 0;
}

int EventDetails::seatsLeft() const {
    if (!m_detail || m_detail->capacity <= 0)
        return -1;
    return qMax(0, m_detail->capacity - int(m_detail->going.size()));
}

QVariantList EventDetails::people(const QList<EventAttendee> &list) const {
    QVariantList out;
    out.reserve(list.size());
    const QString me = m_store ? m_store->localUserId() : QString();
    for (const EventAttendee &a : list)
        out.append(QVariantMap{{QStringLiteral("userId"), a.userId},
                               {QStringLiteral("displayName"), a.displayName},
                               {QStringLiteral("handle"), a.handle},
                               {QStringLiteral("isMe"), a.userId == me}});
    return out;
}

QVariantList EventDetails::going() const {
    return m_detail ? people(m_detail->going) : QVariantList();
}

QVariantList EventDetails::waitlist() const {
    return m_detail ? people(m_detail->waitlisted) : QVariantList();
}

QVariantList EventDetails::maybe() const {
    return m_detail ? people(m_detail->maybe) : QVariantList();
}

QString EventDetails::myRsvp() const {
    return m_detail ? m_detail->myStatus : QString();
}

int EventDetails::waitlistPosition() const {
    return m_detail ? m_detail->waitlistPosition : 0;
}

bool EventDetails::pending() const {
    return m_detail && m_detail->myAnswerPending;
}

QString EventDetails::failedReason() const {
    return m_detail ? m_detail->failedReason : QString();
}

QString EventDetails::failedMutationId() const {
    return m_detail ? m_detail->failedMutationId : QString();
}

QString EventDetails::timeZoneName() const {
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime when = m_detail ? startsAt() : QDateTime::currentDateTime();
    const QString abbreviation = zone.abbreviation(when);
    const QString id = QString::fromUtf8(zone.id());
    // "Etc/UTC", "Etc/GMT+2" name an offset, not a place: the abbreviation says it better.
    if (id.isEmpty() || id.startsWith(QLatin1String("Etc/")) || id == QLatin1String("UTC"))
        return abbreviation.isEmpty() ? id : abbreviation;
    if (abbreviation.isEmpty() || abbreviation == id)
        return id;
    return QStringLiteral("%1 (%2)").arg(id, abbreviation);
}

QString EventDetails::calendarFileName() const {
    return IcsWriter::fileName(title());
}

QUrl EventDetails::calendarFolder() const {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return QUrl::fromLocalFile(folder);
}

QString EventDetails::rsvp(const QString &status) {
    static const QStringList statuses = {QStringLiteral("going"), QStringLiteral("maybe"),
                                         QStringLiteral("not_going")};
    if (!m_store || !m_detail || m_detail->cancelled || !statuses.contains(status)) {
        qCWarning(lcModels) << "rsvp to a cancelled or unknown event, or with a bad status"
                            << m_eventId << status;
        return {};
    }
    if (m_detail->myStatus == status && !m_detail->myAnswerPending)
        return {};
    // The outbox settles this; a "going" to a full event comes back "waitlisted".
    return CacheActions(m_store).rsvp(m_eventId, status);
}

void EventDetails::retryFailed() {
    if (m_store && m_detail && !m_detail->failedMutationId.isEmpty())
        m_store->retryMutation(m_detail->failedMutationId);
}

void EventDetails::discardFailed() {
    if (m_store && m_detail && !m_detail->failedMutationId.isEmpty())
        m_store->discardMutation(m_detail->failedMutationId);
}

QByteArray EventDetails::calendarData() const {
    if (!m_detail)
        return {};
    CalendarEvent event;
    event.uid = m_detail->id + QStringLiteral("@hearth");
    event.summary = m_detail->title;
    event.description = m_detail->description;
    if (!m_detail->link.isEmpty()) {
        // Many calendars show the description but not URL: name the link there too.
        if (!event.description.isEmpty())
            event.description += QStringLiteral("\n\n");
        event.description += m_detail->link;
    }
    if (!m_detail->communityName.isEmpty())
        event.description += (event.description.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                             tr("From %1 on Hearth").arg(m_detail->communityName);
    event.location = m_detail->place.isEmpty() ? m_detail->link : m_detail->place;
    event.url = QUrl(m_detail->link, QUrl::StrictMode);
    event.start = QDateTime::fromMSecsSinceEpoch(m_detail->startsAt, QTimeZone::utc());
    event.end = QDateTime::fromMSecsSinceEpoch(m_detail->endsAt, QTimeZone::utc());
    event.stamp = QDateTime::currentDateTimeUtc();
    if (m_detail->editedAt > 0)
        event.lastModified = QDateTime::fromMSecsSinceEpoch(m_detail->editedAt, QTimeZone::utc());
    event.cancelled = m_detail->cancelled;
    return IcsWriter::write(event);
}

QString EventDetails::saveCalendarFile(const QUrl &file) const {
    if (!m_detail)
        return tr("This event is not saved on this computer.");
    if (!file.isLocalFile())
        return tr("Choose a file on this computer.");
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(calendarData()) < 0 || !out.commit()) {
        // Said to the member; not a fault of the app.
        qCInfo(lcModels) << "cannot write" << file << out.errorString();
        return tr("Could not save %1: %2").arg(file.toLocalFile(), out.errorString());
    }
    return {};
}

} // namespace hearth::models
