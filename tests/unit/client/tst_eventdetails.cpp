// EventDetails over a real cache: an event as its detail page shows it (who is going, seats
// left, my place on the waitlist), my answer queued in the outbox and shown at once, the
// server's "waitlisted" settling it, a refused answer with its reason, and the .ics export.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "cache/eventdetailquery.h"
#include "models/eventdetails.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using hearth::cache::CacheStore;
using hearth::models::EventDetails;
using hearth::testing::PageBuilder;

namespace {

// The outbox rows as the sync engine would send them: name and args.
QList<QPair<QString, QJsonObject>> outbox(CacheStore &store) {
    QList<QPair<QString, QJsonObject>> rows;
    QSqlQuery q(store.readConnection());
    q.exec(QStringLiteral("SELECT name, args FROM outbox ORDER BY seq"));
    while (q.next())
        rows.append({q.value(0).toString(),
                     QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()});
    return rows;
}

QByteArray answer(const QString &mutationId, const QString &status, const QString &eventId,
                  const QString &stored) {
    QJsonObject result{{QStringLiteral("id"), mutationId}, {QStringLiteral("status"), status}};
    if (status == QLatin1String("applied"))
        result.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("eventId"), eventId},
                                                            {QStringLiteral("status"), stored}});
    else
        result.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                                  {QStringLiteral("message"), stored}});
    return QJsonDocument(QJsonObject{{QStringLiteral("results"), QJsonArray{result}}}).toJson();
}

QStringList names(const QVariantList &people) {
    QStringList out;
    for (const QVariant &p : people)
        out.append(p.toMap().value(QStringLiteral("displayName")).toString());
    return out;
}

} // namespace

class TestEventDetails : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;
    qint64 m_now = 0;
    static constexpr qint64 Hour = 3600 * 1000;
    static constexpr qint64 T0 = 1700000000000;

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(
            m_dir.filePath(QStringLiteral("details%1.sqlite").arg(++m_files)), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Sam Rivera"));
        m_now = QDateTime::currentMSecsSinceEpoch();
        const QString c1 = QStringLiteral("c1");
        // Raku: 2 seats, both taken (Maren first, then Ada), Cal and Bea waiting in that order.
        // Spoons: 6 seats, nobody yet.
        m_store->applySyncPage(
            PageBuilder()
                .community(c1, QStringLiteral("Wrenfield Makers"))
                .membership(c1, QStringLiteral("me"))
                .user(QStringLiteral("me"), QStringLiteral("sam"), QString())
                .user(QStringLiteral("maren"), QStringLiteral("maren.clay"), QString())
                .user(QStringLiteral("ada"), QStringLiteral("ada.w"), QString())
                .user(QStringLiteral("cal"), QStringLiteral("cal.m"), QString())
                .user(QStringLiteral("bea"), QStringLiteral("bea.dyes"), QString())
                .event(QStringLiteral("raku"), c1, QStringLiteral("Raku firing evening"),
                       m_now + 30 * Hour, 2, 2)
                .event(QStringLiteral("spoons"), c1, QStringLiteral("Spoon carving, day one"),
                       m_now + 200 * Hour, 0, 6)
                .rsvp(QStringLiteral("raku"), c1, QStringLiteral("ada"), QStringLiteral("going"),
                      T0 + 2000)
                .rsvp(QStringLiteral("raku"), c1, QStringLiteral("maren"), QStringLiteral("going"),
                      T0 + 1000)
                .rsvp(QStringLiteral("raku"), c1, QStringLiteral("bea"),
                      QStringLiteral("waitlisted"), T0 + 4000)
                .rsvp(QStringLiteral("raku"), c1, QStringLiteral("cal"),
                      QStringLiteral("waitlisted"), T0 + 3000)
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void showsTheEventWithWhoIsGoingInOrder() {
        EventDetails details;
        details.setStore(m_store.get());
        details.setEventId(QStringLiteral("raku"));
        QVERIFY(details.loaded());
        QCOMPARE(details.title(), QStringLiteral("Raku firing evening"));
        QCOMPARE(details.communityName(), QStringLiteral("Wrenfield Makers"));
        QCOMPARE(details.place(), QStringLiteral("The workshop"));
        QCOMPARE(details.startsAt().toMSecsSinceEpoch(), m_now + 30 * Hour);
        QCOMPARE(details.capacity(), 2);
        QCOMPARE(details.seatsLeft(), 0);
        QCOMPARE(names(details.going()), QStringList({"maren.clay", "ada.w"}));
        QCOMPARE(names(details.waitlist()), QStringList({"cal.m", "bea.dyes"}));
        QCOMPARE(details.myRsvp(), QString());
        QCOMPARE(details.waitlistPosition(), 0);
        QVERIFY(!details.timeZoneName().isEmpty());

        details.setEventId(QStringLiteral("spoons"));
        QCOMPARE(details.seatsLeft(), 6);
        QVERIFY(details.going().isEmpty());
        details.setEventId(QStringLiteral("nope"));
        QVERIFY(!details.loaded());
        QCOMPARE(details.rsvp(QStringLiteral("going")), QString());
    }

    void goingToAFullEventQueuesTheAnswerAndLandsOnTheWaitlist() {
        EventDetails details;
        details.setStore(m_store.get());
        details.setEventId(QStringLiteral("raku"));
        QSignalSpy changed(&details, &EventDetails::detailsChanged);

        QCOMPARE(details.rsvp(QStringLiteral("waitlisted")), QString()); // not an answer
        const QString id = details.rsvp(QStringLiteral("going"));
        QVERIFY(!id.isEmpty());
        m_store->waitForWrites();
        QTRY_VERIFY(details.pending());
        // The answer the sync engine will send.
        const auto rows = outbox(*m_store);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).first, QStringLiteral("rsvp.set"));
        QCOMPARE(rows.at(0).second.value(QStringLiteral("eventId")).toString(),
                 QStringLiteral("raku"));
        QCOMPARE(rows.at(0).second.value(QStringLiteral("status")).toString(),
                 QStringLiteral("going"));

        // The server had no seat: it waitlisted me, behind Cal and Bea.
        m_store->settleMutations(answer(id, QStringLiteral("applied"), QStringLiteral("raku"),
                                        QStringLiteral("waitlisted")));
        m_store->waitForWrites();
        QTRY_VERIFY(!details.pending());
        QCOMPARE(details.myRsvp(), QStringLiteral("waitlisted"));
        QCOMPARE(details.waitlistPosition(), 3);
        QCOMPARE(names(details.waitlist()), QStringList({"cal.m", "bea.dyes", "sam"}));
        QVERIFY(!changed.isEmpty());

        // Ada gives up her seat: the server seats Cal, and everyone moves up.
        m_store->applySyncPage(PageBuilder()
                                   .rsvp(QStringLiteral("raku"), QStringLiteral("c1"),
                                         QStringLiteral("ada"), QStringLiteral("not_going"),
                                         T0 + 9000)
                                   .rsvp(QStringLiteral("raku"), QStringLiteral("c1"),
                                         QStringLiteral("cal"), QStringLiteral("going"), T0 + 3000)
                                   .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QTRY_COMPARE(details.waitlistPosition(), 2);
        QCOMPARE(names(details.going()), QStringList({"maren.clay", "cal.m"}));
    }

    void aRefusedAnswerSaysWhyAndCanBeDiscarded() {
        EventDetails details;
        details.setStore(m_store.get());
        details.setEventId(QStringLiteral("spoons"));
        const QString id = details.rsvp(QStringLiteral("maybe"));
        QVERIFY(!id.isEmpty());
        m_store->waitForWrites();
        QTRY_COMPARE(details.myRsvp(), QStringLiteral("maybe"));
        m_store->settleMutations(answer(id, QStringLiteral("rejected"), QStringLiteral("spoons"),
                                        QStringLiteral("the event was cancelled")));
        m_store->waitForWrites();
        QTRY_COMPARE(details.failedMutationId(), id);
        QCOMPARE(details.failedReason(), QStringLiteral("the event was cancelled"));
        QVERIFY(!details.pending());

        details.discardFailed();
        m_store->waitForWrites();
        QTRY_VERIFY(details.failedMutationId().isEmpty());
        QCOMPARE(details.myRsvp(), QString()); // what was there before: no answer
        QVERIFY(outbox(*m_store).isEmpty());
    }

    void savesAnIcsFile() {
        EventDetails details;
        details.setStore(m_store.get());
        details.setEventId(QStringLiteral("raku"));
        QCOMPARE(details.calendarFileName(), QStringLiteral("raku-firing-evening.ics"));
        QVERIFY(details.calendarFolder().isLocalFile());

        const QString path = m_dir.filePath(QStringLiteral("raku.ics"));
        QCOMPARE(details.saveCalendarFile(QUrl::fromLocalFile(path)), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QCOMPARE(ics, details.calendarData());
        QVERIFY(ics.contains("UID:raku@hearth\r\n"));
        QVERIFY(ics.contains("SUMMARY:Raku firing evening\r\n"));
        QVERIFY(ics.contains("LOCATION:The workshop\r\n"));
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_now + 30 * Hour).toUTC();
        const QByteArray dtstart =
            "DTSTART:" + start.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
        QVERIFY(ics.contains(dtstart));

        // Somewhere it cannot write: a clear message, nothing half-written.
        const QString error = details.saveCalendarFile(
            QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("no/such/folder/raku.ics"))));
        QVERIFY(error.startsWith(QStringLiteral("Could not save")));
        QVERIFY(
            !details.saveCalendarFile(QUrl(QStringLiteral("https://example.org/x.ics"))).isEmpty());
    }

    void theQueryAloneReadsTheEvent() {
        const hearth::cache::EventDetailQuery query{QStringLiteral("raku"), QStringLiteral("cal")};
        const auto d = query.run(m_store->readConnection());
        QVERIFY(d.has_value());
        QCOMPARE(d->myStatus, QStringLiteral("waitlisted"));
        QCOMPARE(d->waitlistPosition, 1);
        QCOMPARE(d->going.size(), 2);
        const hearth::cache::EventDetailQuery unknown{QStringLiteral("x"), QStringLiteral("cal")};
        QVERIFY(!unknown.run(m_store->readConnection()));
    }
};

QTEST_GUILESS_MAIN(TestEventDetails)
#include "tst_eventdetails.moc"
