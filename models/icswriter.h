#pragma once
// Writes one event as an iCalendar file (RFC 5545) that calendar apps import: "Add to calendar".
// Times are written in UTC (so the calendar shows them in whatever zone its owner is in), text is
// escaped, long lines are folded at 75 octets without splitting a UTF-8 sequence, and lines end
// in CRLF. The UID is stable per event, so importing a newer export updates the same entry.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace hearth::models {

// What goes into the file: one VEVENT.
struct CalendarEvent {
    QString uid; // stable and globally unique (the event's id at Hearth)
    QString summary;
    QString description;
    QString location;
    QUrl url;
    QDateTime start;
    QDateTime end;
    QDateTime stamp;        // when the file was made (DTSTAMP)
    QDateTime lastModified; // invalid: never edited
    bool cancelled = false;
};

class IcsWriter {
public:
    // The whole file: VCALENDAR with one VEVENT, CRLF line ends, folded.
    static QByteArray write(const CalendarEvent &event);

    // A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any line break
    // written as \n, other control characters dropped.
    static QString escapeText(const QString &text);
    // A DATE-TIME in UTC: 20241109T180000Z.
    static QByteArray utcDateTime(const QDateTime &when);
    // One content line folded at 75 octets (continuations start with a space), CRLF-terminated.
    static QByteArray foldLine(const QByteArray &line);
    // A file name for the event: its title in lowercase words joined by '-', then ".ics".
    static QString fileName(const QString &title);
};

} // namespace hearth::models
