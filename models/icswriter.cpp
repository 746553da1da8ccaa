#include "icswriter.h"

#include <QCoreApplication>

namespace hearth::models {

namespace {

constexpr int maxLineOctets = 75;

// A UTF-8 continuation byte (10xxxxxx): a fold must not fall before one.
bool isContinuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

QByteArray property(const char *name, const QString &value) {
    return QByteArray(name) + ':' + value.toUtf8();
}

} // namespace

QString IcsWriter::escapeText(const QString &text) {
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case ';':
            out += QLatin1String("\\;");
            break;
        case ',':
            out += QLatin1String("\\,");
            break;
        case '\r':
            // CRLF is one break; a lone CR is one too.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += c;
            break;
        default:
            // Control characters other than HTAB are not allowed in TEXT.
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                out += c;
        }
    }
    return out;
}

QByteArray IcsWriter::utcDateTime(const QDateTime &when) {
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray IcsWriter::foldLine(const QByteArray &line) {
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype start = 0;
    int limit = maxLineOctets; // the first line holds 75 octets, continuations a space + 74
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && isContinuation(line.at(end)))
            --end;
        out += line.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = maxLineOctets - 1;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QString IcsWriter::fileName(const QString &title) {
    QString name;
    bool dash = false;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !name.isEmpty())
                name += QLatin1Char('-');
            name += c;
            dash = false;
        } else {
            dash = true;
        }
        if (name.size() >= 60)
            break;
    }
    if (name.isEmpty())
        name = QStringLiteral("event");
    return name + QStringLiteral(".ics");
}

QByteArray IcsWriter::write(const CalendarEvent &event) {
    QList<QByteArray> lines;
    lines << "BEGIN:VCALENDAR"
          << "VERSION:2.0"
          << property("PRODID", QStringLiteral("-//Hearth//Hearth %1//EN")
                                    .arg(QCoreApplication::applicationVersion().isEmpty()
                                             ? QStringLiteral("1")
                                             : QCoreApplication::applicationVersion()))
          << "CALSCALE:GREGORIAN"
          << "METHOD:PUBLISH"
          << "BEGIN:VEVENT";
    lines << property("UID", escapeText(event.uid));
    lines << "DTSTAMP:" +
                 utcDateTime(event.stamp.isValid() ? event.stamp : QDateTime::currentDateTimeUtc());
    lines << "DTSTART:" + utcDateTime(event.start);
    lines << "DTEND:" + utcDateTime(event.end.isValid() && event.end >= event.start ? event.end
                                                                                    : event.start);
    if (event.lastModified.isValid())
        lines << "LAST-MODIFIED:" + utcDateTime(event.lastModified);
    lines << property("SUMMARY", escapeText(event.summary));
    if (!event.description.isEmpty())
        lines << property("DESCRIPTION", escapeText(event.description));
    if (!event.location.isEmpty())
        lines << property("LOCATION", escapeText(event.location));
    // URL is a URI value, not TEXT: it is written as it is (commas and all).
    if (event.url.isValid() && !event.url.isEmpty())
        lines << "URL:" + event.url.toEncoded();
    lines << (event.cancelled ? QByteArray("STATUS:CANCELLED") : QByteArray("STATUS:CONFIRMED"));
    lines << "END:VEVENT"
          << "END:VCALENDAR";

    QByteArray out;
    for (const QByteArray &line : std::as_const(lines))
        out += foldLine(line);
    return out;
}

} // namespace hearth::models
