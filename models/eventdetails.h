#pragma once
// One event for its detail page: when (in my time zone), where, what, who is going, how many
// seats are left, and my answer (with my place on the waitlist). Answering goes through the
// outbox and shows at once; a full event puts "going" on the waitlist, as the server will.
// "Add to calendar" writes the event as an .ics file (IcsWriter).
//
//   EventDetails { store: AppContext.store; eventId: events.currentEventId }

#include "cache/cachestore.h"
#include "cache/eventdetail.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace hearth::models {

class EventDetails : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hearth::cache::CacheStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString eventId READ eventId WRITE setEventId NOTIFY eventIdChanged)
    // False until the event is in the cache (or when it is gone).
    Q_PROPERTY(bool loaded READ loaded NOTIFY detailsChanged)
    Q_PROPERTY(QString title READ title NOTIFY detailsChanged)
    Q_PROPERTY(QString description READ description NOTIFY detailsChanged)
    Q_PROPERTY(QString communityId READ communityId NOTIFY detailsChanged)
    Q_PROPERTY(QString communityName READ communityName NOTIFY detailsChanged)
    Q_PROPERTY(QString creatorId READ creatorId NOTIFY detailsChanged)
    Q_PROPERTY(QDateTime startsAt READ startsAt NOTIFY detailsChanged) // local time
    Q_PROPERTY(QDateTime endsAt READ endsAt NOTIFY detailsChanged)
    Q_PROPERTY(QString place READ place NOTIFY detailsChanged)
    Q_PROPERTY(QString link READ link NOTIFY detailsChanged)
    Q_PROPERTY(bool edited READ edited NOTIFY detailsChanged)
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY detailsChanged)
    // The event has ended (answers are still taken by the server, but nobody needs a seat).
    Q_PROPERTY(bool past READ past NOTIFY detailsChanged)
    Q_PROPERTY(int capacity READ capacity NOTIFY detailsChanged) // 0 = no limit
    Q_PROPERTY(int goingCount READ goingCount NOTIFY detailsChanged)
    Q_PROPERTY(int waitlistCount READ waitlistCount NOTIFY detailsChanged)
    Q_PROPERTY(int maybeCount READ maybeCount NOTIFY detailsChanged)
    // Seats still free; -1 when there is no limit.
    Q_PROPERTY(int seatsLeft READ seatsLeft NOTIFY detailsChanged)
    // Who answered, in the order they answered: [{userId, displayName, handle, isMe}].
    Q_PROPERTY(QVariantList going READ going NOTIFY detailsChanged)
    Q_PROPERTY(QVariantList waitlist READ waitlist NOTIFY detailsChanged)
    Q_PROPERTY(QVariantList maybe READ maybe NOTIFY detailsChanged)
    // "" (no answer) | going | waitlisted | maybe | not_going
    Q_PROPERTY(QString myRsvp READ myRsvp NOTIFY detailsChanged)
    // 1 = next in line for a seat; 0 when I am not waiting.
    Q_PROPERTY(int waitlistPosition READ waitlistPosition NOTIFY detailsChanged)
    // My answer is in the outbox, not yet settled by the server.
    Q_PROPERTY(bool pending READ pending NOTIFY detailsChanged)
    // My last answer was refused (why, and the outbox entry to retry or discard).
    Q_PROPERTY(QString failedReason READ failedReason NOTIFY detailsChanged)
    Q_PROPERTY(QString failedMutationId READ failedMutationId NOTIFY detailsChanged)
    // The zone the times are shown in, e.g. "Europe/Berlin (CET)".
    Q_PROPERTY(QString timeZoneName READ timeZoneName NOTIFY detailsChanged)
    // For "Add to calendar": a file name from the title, and the Downloads folder.
    Q_PROPERTY(QString calendarFileName READ calendarFileName NOTIFY detailsChanged)
    Q_PROPERTY(QUrl calendarFolder READ calendarFolder CONSTANT)

public:
    explicit EventDetails(QObject *parent = nullptr);

    hearth::cache::CacheStore *store() const { return m_store; }
    void setStore(hearth::cache::CacheStore *store);
    QString eventId() const { return m_eventId; }
    void setEventId(const QString &eventId);

    bool loaded() const;
    QString title() const;
    QString description() const;
    QString communityId() const;
    QString communityName() const;
    QString creatorId() const;
    QDateTime startsAt() const;
    QDateTime endsAt() const;
    QString place() const;
    QString link() const;
    bool edited() const;
    bool cancelled() const;
    bool past() const;
    int capacity() const;
    int goingCount() const;
    int waitlistCount() const;
    int maybeCount() const;
    int seatsLeft() const;
    QVariantList going() const;
    QVariantList waitlist() const;
    QVariantList maybe() const;
    QString myRsvp() const;
    int waitlistPosition() const;
    bool pending() const;
    QString failedReason() const;
    QString failedMutationId() const;
    QString timeZoneName() const;
    QString calendarFileName() const;
    QUrl calendarFolder() const;

    // Answers the event (going, maybe or not_going) through the outbox. Returns the mutation's
    // id, or "" when there is nothing to answer (no event, a cancelled one, a bad status).
    Q_INVOKABLE QString rsvp(const QString &status);
    // The refused answer: send it again / drop it (what was there before comes back).
    Q_INVOKABLE void retryFailed();
    Q_INVOKABLE void discardFailed();
    // Writes the event as an iCalendar file at `file` (a local file URL). Returns "" on success,
    // otherwise why it could not be written, in words for the member.
    Q_INVOKABLE QString saveCalendarFile(const QUrl &file) const;
    // The file's content, as saveCalendarFile writes it.
    Q_INVOKABLE QByteArray calendarData() const;

Q_SIGNALS:
    void storeChanged();
    void eventIdChanged();
    void detailsChanged();

private:
    void load();
    QVariantList people(const QList<hearth::cache::EventAttendee> &list) const;

    QPointer<hearth::cache::CacheStore> m_store;
    QString m_eventId;
    std::optional<hearth::cache::EventDetail> m_detail; // nullopt while not loaded
};

} // namespace hearth::models
