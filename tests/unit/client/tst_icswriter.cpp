// "Add to calendar": the .ics file an event is written to, parsed back the way a calendar app
// reads it (RFC 5545: unfold, split at CRLF, unescape TEXT values).

#include "models/icswriter.h"

#include <QMap>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using hearth::models::CalendarEvent;
using hearth::models::IcsWriter;

namespace {

// The content lines of a file, unfolded (RFC 5545 3.1: a CRLF followed by a space or a tab is
// removed).
QList<QByteArray> unfold(QByteArray file) {
    file.replace("\r\n ", "");
    file.replace("\r\n\t", "");
    QList<QByteArray> lines = file.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1); // the CR
    return lines;
}

// A TEXT value read back: \\ \; \, \n \N.
QString unescape(const QString &value) {
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\') || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value.at(++i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else
            out += next;
    }
    return out;
}

// The VEVENT's properties: name -> raw value (unfolded, still escaped).
QMap<QString, QString> eventProperties(const QByteArray &file) {
    QMap<QString, QString> props;
    bool inEvent = false;
    for (const QByteArray &raw : unfold(file)) {
        const QString line = QString::fromUtf8(raw);
        if (line == QLatin1String("BEGIN:VEVENT")) {
            inEvent = true;
            continue;
        }
        if (line == QLatin1String("END:VEVENT"))
            inEvent = false;
        if (!inEvent)
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        props.insert(line.left(colon), line.mid(colon + 1));
    }
    return props;
}

QDateTime parseUtc(const QString &value) {
    QDateTime t = QDateTime::fromString(value, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

CalendarEvent sampleEvent() {
    CalendarEvent e;
    e.uid = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e@hearth");
    e.summary = QStringLiteral("Raku firing evening");
    e.description = QStringLiteral("Bring up to three bisqued pieces.\nWear natural fibres.");
    e.location = QStringLiteral("Tanner Lane Studio yard");
    e.url = QUrl(QStringLiteral("https://meet.example/raku?room=a,b"));
    // 18:00 in Berlin (winter): 17:00 UTC.
    const QTimeZone berlin("Europe/Berlin");
    e.start = QDateTime(QDate(2024, 11, 9), QTime(18, 0), berlin);
    e.end = QDateTime(QDate(2024, 11, 9), QTime(22, 30), berlin);
    e.stamp = QDateTime(QDate(2024, 11, 1), QTime(9, 15, 30), QTimeZone::utc());
    return e;
}

} // namespace

class TestIcsWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesOneEventACalendarReads() {
        const CalendarEvent event = sampleEvent();
        const QByteArray file = IcsWriter::write(event);

        const QList<QByteArray> lines = unfold(file);
        QCOMPARE(lines.first(), QByteArray("BEGIN:VCALENDAR"));
        QCOMPARE(lines.last(), QByteArray("END:VCALENDAR"));
        QVERIFY(lines.contains("VERSION:2.0"));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                            [](const QByteArray &l) { return l.startsWith("PRODID:"); }));
        QCOMPARE(lines.count("BEGIN:VEVENT"), 1);

        const auto props = eventProperties(file);
        QCOMPARE(props.value(QStringLiteral("UID")), event.uid);
        QCOMPARE(unescape(props.value(QStringLiteral("SUMMARY"))), event.summary);
        QCOMPARE(unescape(props.value(QStringLiteral("DESCRIPTION"))), event.description);
        QCOMPARE(unescape(props.value(QStringLiteral("LOCATION"))), event.location);
        // A URI is not TEXT: its comma stays as it is.
        QCOMPARE(props.value(QStringLiteral("URL")),
                 QStringLiteral("https://meet.example/raku?room=a,b"));
        QCOMPARE(props.value(QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
        QVERIFY(!props.contains(QStringLiteral("LAST-MODIFIED")));
    }

    void timesAreInUtc() {
        const CalendarEvent event = sampleEvent();
        const auto props = eventProperties(IcsWriter::write(event));
        QCOMPARE(props.value(QStringLiteral("DTSTART")), QStringLiteral("20241109T170000Z"));
        QCOMPARE(props.value(QStringLiteral("DTEND")), QStringLiteral("20241109T213000Z"));
        QCOMPARE(props.value(QStringLiteral("DTSTAMP")), QStringLiteral("20241101T091530Z"));
        QCOMPARE(parseUtc(props.value(QStringLiteral("DTSTART"))), event.start);
        QCOMPARE(parseUtc(props.value(QStringLiteral("DTEND"))), event.end);
        // Each is a UTC DATE-TIME, never a floating or zoned one.
        const QRegularExpression utc(QStringLiteral("^\\d{8}T\\d{6}Z$"));
        for (const char *name : {"DTSTART", "DTEND", "DTSTAMP"})
            QVERIFY2(utc.match(props.value(QString::fromLatin1(name))).hasMatch(), name);
    }

    void escapesTextValues() {
        CalendarEvent event = sampleEvent();
        event.summary = QStringLiteral("Q&A; tax, VAT \\ invoices");
        event.description = QStringLiteral("Line one\r\nLine two\nLine three\rend\x01.");
        event.location = QStringLiteral("Unit 4, Mill Road; back door");
        const QByteArray file = IcsWriter::write(event);
        const auto props = eventProperties(file);
        QCOMPARE(props.value(QStringLiteral("SUMMARY")),
                 QStringLiteral("Q&A\\; tax\\, VAT \\\\ invoices"));
        QCOMPARE(unescape(props.value(QStringLiteral("SUMMARY"))), event.summary);
        QCOMPARE(props.value(QStringLiteral("DESCRIPTION")),
                 QStringLiteral("Line one\\nLine two\\nLine three\\nend."));
        QCOMPARE(unescape(props.value(QStringLiteral("LOCATION"))), event.location);
        // No raw line break made it into a value: every line is a property or a fold.
        for (const QByteArray &line : unfold(file))
            QVERIFY2(line.contains(':'), line.constData());
    }

    void foldsLongLinesAt75OctetsWithoutSplittingCharacters() {
        CalendarEvent event = sampleEvent();
        // Multi-byte text (2- and 3-byte UTF-8, and a 4-byte emoji) longer than several lines.
        QString text;
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("Töpfern – 陶芸 🔥 ");
        event.description = text;
        const QByteArray file = IcsWriter::write(event);

        QVERIFY(file.endsWith("\r\n"));
        const QList<QByteArray> physical = file.split('\n');
        int continuations = 0;
        for (qsizetype i = 0; i + 1 < physical.size(); ++i) {
            const QByteArray &line = physical.at(i);
            QVERIFY2(line.endsWith('\r'), "every line ends in CRLF");
            const QByteArray content = line.chopped(1);
            QVERIFY2(content.size() <= 75, content.constData());
            // Each physical line is valid UTF-8 on its own: no character was cut in two.
            QCOMPARE(QString::fromUtf8(content).toUtf8(), content);
            QVERIFY(!QString::fromUtf8(content).contains(QChar::ReplacementCharacter));
            if (content.startsWith(' '))
                ++continuations;
        }
        QVERIFY(continuations >= 10);
        QCOMPARE(unescape(eventProperties(file).value(QStringLiteral("DESCRIPTION"))), text);
    }

    void foldLineKeepsShortLinesWhole() {
        QCOMPARE(IcsWriter::foldLine("SUMMARY:Short"), QByteArray("SUMMARY:Short\r\n"));
        const QByteArray exact(75, 'x');
        QCOMPARE(IcsWriter::foldLine(exact), exact + "\r\n");
        const QByteArray longer(76, 'x');
        QCOMPARE(IcsWriter::foldLine(longer), QByteArray(75, 'x') + "\r\n x\r\n");
    }

    void cancelledAndEditedEventsSaySo() {
        CalendarEvent event = sampleEvent();
        event.cancelled = true;
        event.lastModified = QDateTime(QDate(2024, 11, 2), QTime(8, 0), QTimeZone::utc());
        event.url = QUrl();
        const auto props = eventProperties(IcsWriter::write(event));
        QCOMPARE(props.value(QStringLiteral("STATUS")), QStringLiteral("CANCELLED"));
        QCOMPARE(props.value(QStringLiteral("LAST-MODIFIED")), QStringLiteral("20241102T080000Z"));
        QVERIFY(!props.contains(QStringLiteral("URL")));
    }

    void fileNameComesFromTheTitle() {
        QCOMPARE(IcsWriter::fileName(QStringLiteral("Raku firing evening")),
                 QStringLiteral("raku-firing-evening.ics"));
        QCOMPARE(IcsWriter::fileName(QStringLiteral("Demo night — November!")),
                 QStringLiteral("demo-night-november.ics"));
        QCOMPARE(IcsWriter::fileName(QStringLiteral("../../etc/passwd")),
                 QStringLiteral("etc-passwd.ics"));
        QCOMPARE(IcsWriter::fileName(QStringLiteral("   ")), QStringLiteral("event.ics"));
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)

#include "tst_icswriter.moc"
