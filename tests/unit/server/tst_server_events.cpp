// Events and RSVPs: organizers schedule, members answer; past the capacity "going" waits in
// line, and a freed seat goes to the first in line, which every member sees in sync.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "protocol/entities.h"
#include "server/domain/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {

const QString code(const char *c) {
    return QString::fromLatin1(c);
}

constexpr qint64 Day = 24 * 3600 * 1000;
constexpr qint64 Start = 1800000000000; // a Tuesday in 2027

QJsonObject eventArgs(const QString &id, const QString &communityId, int capacity) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("communityId"), communityId},
            {QStringLiteral("title"), QStringLiteral("Raku firing")},
            {QStringLiteral("description"), QStringLiteral("Bring a pot or two.")},
            {QStringLiteral("startsAt"), double(Start)},
            {QStringLiteral("endsAt"), double(Start + Day / 4)},
            {QStringLiteral("place"), QStringLiteral("The kiln shed")},
            {QStringLiteral("capacity"), capacity}};
}

QJsonObject answer(const QString &eventId, const QString &status) {
    return {{QStringLiteral("eventId"), eventId}, {QStringLiteral("status"), status}};
}

// What a client holds after applying `changes` of `type`: id -> latest data.
QMap<QString, QJsonObject> held(const QList<Change> &changes, const QString &type) {
    QMap<QString, QJsonObject> out;
    for (const Change &c : changesOf(changes, type)) {
        if (c.op == QStringLiteral("upsert"))
            out.insert(c.id, c.data);
        else
            out.remove(c.id);
    }
    return out;
}

QString rsvpOf(const QList<Change> &changes, const QString &eventId, const TestUser &user) {
    return held(changes, QStringLiteral("rsvp"))
        .value(eventId + QLatin1Char(':') + user.id)
        .value(QStringLiteral("status"))
        .toString();
}

// ada owns the community, cy moderates it, bo, dee and eli are members; fay is outside.
struct Cast {
    ServerFixture f;
    TestUser ada, bo, cy, dee, eli, fay;
    QString community;

    Cast() {
        ada = f.registerUser(QStringLiteral("ada"));
        bo = f.registerUser(QStringLiteral("bo"));
        cy = f.registerUser(QStringLiteral("cy"));
        dee = f.registerUser(QStringLiteral("dee"));
        eli = f.registerUser(QStringLiteral("eli"));
        fay = f.registerUser(QStringLiteral("fay"));
        community = f.createCommunity(ada, QStringLiteral("potters"));
        for (const TestUser &u : {bo, cy, dee, eli})
            f.mutateOne(u, QStringLiteral("membership.join"),
                        {{QStringLiteral("communityId"), community}});
        f.mutateOne(ada, QStringLiteral("membership.setRole"),
                    {{QStringLiteral("communityId"), community},
                     {QStringLiteral("userId"), cy.id},
                     {QStringLiteral("role"), QStringLiteral("moderator")}});
    }

    QString event(int capacity) {
        const QString id = ServerFixture::newId();
        const auto r =
            f.mutateOne(cy, QStringLiteral("event.create"), eventArgs(id, community, capacity));
        if (!r.applied())
            qFatal("event.create failed: %s", qPrintable(r.errorMessage));
        return id;
    }

    QString rsvp(const TestUser &u, const QString &eventId, const QString &status) {
        const auto r = f.mutateOne(u, QStringLiteral("rsvp.set"), answer(eventId, status));
        if (!r.applied())
            qFatal("rsvp.set failed: %s", qPrintable(r.errorMessage));
        return r.result.value(QStringLiteral("status")).toString();
    }

    QStringList auditActions() {
        const auto page = f.server().audit().page(ada.id, community, 50);
        QStringList out;
        for (const QJsonValue &e : QJsonDocument::fromJson(page.value())
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray())
            out.append(e[QStringLiteral("action")].toString());
        return out;
    }
};

} // namespace

class TestServerEvents : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void organizersScheduleAndMembersSeeTheEvent() {
        Cast c;
        const QString id = ServerFixture::newId();
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("event.create"), eventArgs(id, c.community, 2))
                     .errorCode,
                 code(ErrorCode::Forbidden));
        QCOMPARE(c.f.mutateOne(c.fay, QStringLiteral("event.create"), eventArgs(id, c.community, 2))
                     .errorCode,
                 code(ErrorCode::Forbidden));
        const auto created =
            c.f.mutateOne(c.cy, QStringLiteral("event.create"), eventArgs(id, c.community, 2));
        QVERIFY2(created.applied(), qPrintable(created.errorMessage));
        QCOMPARE(c.f.mutateOne(c.ada, QStringLiteral("event.create"), eventArgs(id, c.community, 2))
                     .errorCode,
                 code(ErrorCode::Conflict));

        const QJsonObject seen = held(c.f.syncAll(c.bo), QStringLiteral("event")).value(id);
        QString error;
        const auto event = Event::fromJson(seen, &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->title, QStringLiteral("Raku firing"));
        QCOMPARE(event->communityId, c.community);
        QCOMPARE(event->creatorId, c.cy.id);
        QCOMPARE(event->startsAt, Start);
        QCOMPARE(event->endsAt, Start + Day / 4);
        QCOMPARE(event->place, QStringLiteral("The kiln shed"));
        QCOMPARE(event->capacity, 2);
        QCOMPARE(event->goingCount, 0);
        QVERIFY(!event->cancelled);
        QVERIFY(held(c.f.syncAll(c.fay), QStringLiteral("event")).isEmpty());
        QCOMPARE(c.auditActions().first(), QStringLiteral("event.create"));
    }

    void eventArgsAreChecked() {
        Cast c;
        const auto refused = [&](QJsonObject args) {
            return c.f.mutateOne(c.ada, QStringLiteral("event.create"), args).errorCode;
        };
        QJsonObject backwards = eventArgs(ServerFixture::newId(), c.community, 0);
        backwards.insert(QStringLiteral("endsAt"), double(Start - 1));
        QCOMPARE(refused(backwards), code(ErrorCode::InvalidRequest));
        QJsonObject nowhere = eventArgs(ServerFixture::newId(), c.community, 0);
        nowhere.remove(QStringLiteral("place"));
        QCOMPARE(refused(nowhere), code(ErrorCode::InvalidRequest));
        nowhere.insert(QStringLiteral("link"), QStringLiteral("https://meet.example/raku"));
        QCOMPARE(c.f.mutateOne(c.ada, QStringLiteral("event.create"), nowhere).status,
                 QStringLiteral("applied"));
        QJsonObject untitled = eventArgs(ServerFixture::newId(), c.community, 0);
        untitled.remove(QStringLiteral("title"));
        QCOMPARE(refused(untitled), code(ErrorCode::InvalidRequest));
        QJsonObject negative = eventArgs(ServerFixture::newId(), c.community, -1);
        QCOMPARE(refused(negative), code(ErrorCode::InvalidRequest));
        QJsonObject unknown = eventArgs(ServerFixture::newId(), c.community, 0);
        unknown.insert(QStringLiteral("colour"), QStringLiteral("red"));
        QCOMPARE(refused(unknown), code(ErrorCode::InvalidRequest));
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("rsvp.set"),
                               answer(ServerFixture::newId(), QStringLiteral("going")))
                     .errorCode,
                 code(ErrorCode::NotFound));
    }

    void theThirdGoingToTwoSeatsWaitsAndMovesUpWhenASeatFrees() {
        Cast c;
        const QString event = c.event(2);
        QCOMPARE(c.rsvp(c.bo, event, QStringLiteral("going")), QStringLiteral("going"));
        QCOMPARE(c.rsvp(c.dee, event, QStringLiteral("going")), QStringLiteral("going"));
        QCOMPARE(c.rsvp(c.eli, event, QStringLiteral("going")), QStringLiteral("waitlisted"));
        QCOMPARE(c.rsvp(c.ada, event, QStringLiteral("going")), QStringLiteral("waitlisted"));
        QCOMPARE(c.rsvp(c.cy, event, QStringLiteral("maybe")), QStringLiteral("maybe"));
        // Saying "going" again keeps one's place in line.
        QCOMPARE(c.rsvp(c.eli, event, QStringLiteral("going")), QStringLiteral("waitlisted"));
        QCOMPARE(
            c.f.mutateOne(c.fay, QStringLiteral("rsvp.set"), answer(event, QStringLiteral("going")))
                .errorCode,
            code(ErrorCode::Forbidden));

        QString eliCursor, deeCursor;
        const auto before = c.f.syncAll(c.eli, {}, &eliCursor);
        c.f.syncAll(c.dee, {}, &deeCursor);
        QCOMPARE(rsvpOf(before, event, c.eli), QStringLiteral("waitlisted"));
        const QJsonObject counts = held(before, QStringLiteral("event")).value(event);
        QCOMPARE(counts.value(QStringLiteral("goingCount")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("waitlistCount")).toInt(), 2);

        // Bo can no longer come: eli, first in line, takes the seat; ada still waits.
        QCOMPARE(c.rsvp(c.bo, event, QStringLiteral("not_going")), QStringLiteral("not_going"));
        for (const auto &[user, cursor] :
             {std::pair{c.eli, eliCursor}, std::pair{c.dee, deeCursor}}) {
            const auto after = c.f.syncAll(user, cursor);
            QCOMPARE(rsvpOf(after, event, c.eli), QStringLiteral("going"));
            QCOMPARE(rsvpOf(after, event, c.bo), QStringLiteral("not_going"));
            const QJsonObject now = held(after, QStringLiteral("event")).value(event);
            QCOMPARE(now.value(QStringLiteral("goingCount")).toInt(), 2);
            QCOMPARE(now.value(QStringLiteral("waitlistCount")).toInt(), 1);
        }
        const auto all = c.f.syncAll(c.ada);
        QCOMPARE(rsvpOf(all, event, c.ada), QStringLiteral("waitlisted"));
        QCOMPARE(rsvpOf(all, event, c.cy), QStringLiteral("maybe"));

        // Bo changes his mind again: the line is behind ada now.
        QCOMPARE(c.rsvp(c.bo, event, QStringLiteral("going")), QStringLiteral("waitlisted"));
        QCOMPARE(c.rsvp(c.dee, event, QStringLiteral("maybe")), QStringLiteral("maybe"));
        const auto last = c.f.syncAll(c.bo);
        QCOMPARE(rsvpOf(last, event, c.ada), QStringLiteral("going"));
        QCOMPARE(rsvpOf(last, event, c.bo), QStringLiteral("waitlisted"));
    }

    void raisingTheCapacityPromotesAndCancellingClosesRsvps() {
        Cast c;
        const QString event = c.event(1);
        c.rsvp(c.bo, event, QStringLiteral("going"));
        QCOMPARE(c.rsvp(c.dee, event, QStringLiteral("going")), QStringLiteral("waitlisted"));
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("event.edit"),
                               {{QStringLiteral("id"), event}, {QStringLiteral("capacity"), 3}})
                     .errorCode,
                 code(ErrorCode::Forbidden));
        QCOMPARE(c.f.mutateOne(c.ada, QStringLiteral("event.edit"), {{QStringLiteral("id"), event}})
                     .errorCode,
                 code(ErrorCode::InvalidRequest));
        const auto edited =
            c.f.mutateOne(c.ada, QStringLiteral("event.edit"),
                          {{QStringLiteral("id"), event},
                           {QStringLiteral("capacity"), 3},
                           {QStringLiteral("title"), QStringLiteral("Raku firing (two kilns)")}});
        QVERIFY2(edited.applied(), qPrintable(edited.errorMessage));
        auto seen = c.f.syncAll(c.dee);
        QCOMPARE(rsvpOf(seen, event, c.dee), QStringLiteral("going"));
        QJsonObject data = held(seen, QStringLiteral("event")).value(event);
        QCOMPARE(data.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Raku firing (two kilns)"));
        QCOMPARE(data.value(QStringLiteral("place")).toString(), QStringLiteral("The kiln shed"));
        QCOMPARE(data.value(QStringLiteral("goingCount")).toInt(), 2);

        QCOMPARE(
            c.f.mutateOne(c.bo, QStringLiteral("event.cancel"), {{QStringLiteral("id"), event}})
                .errorCode,
            code(ErrorCode::Forbidden));
        QVERIFY(c.f.mutateOne(c.cy, QStringLiteral("event.cancel"),
                              {{QStringLiteral("id"), event},
                               {QStringLiteral("reason"), QStringLiteral("kiln cracked")}})
                    .applied());
        QVERIFY(c.f.mutateOne(c.cy, QStringLiteral("event.cancel"), {{QStringLiteral("id"), event}})
                    .applied());
        seen = c.f.syncAll(c.bo);
        QVERIFY(held(seen, QStringLiteral("event"))
                    .value(event)
                    .value(QStringLiteral("cancelled"))
                    .toBool());
        QCOMPARE(
            c.f.mutateOne(c.eli, QStringLiteral("rsvp.set"), answer(event, QStringLiteral("going")))
                .errorCode,
            code(ErrorCode::Forbidden));
        QCOMPARE(c.f.mutateOne(c.ada, QStringLiteral("event.edit"),
                               {{QStringLiteral("id"), event}, {QStringLiteral("capacity"), 5}})
                     .errorCode,
                 code(ErrorCode::Forbidden));
        QCOMPARE(
            c.auditActions(),
            (QStringList{QStringLiteral("event.cancel"), QStringLiteral("event.edit"),
                         QStringLiteral("event.create"), QStringLiteral("membership.setRole")}));
    }

    void aMemberWhoLosesAccessGivesUpTheirSeat() {
        Cast c;
        const QString event = c.event(1);
        c.rsvp(c.bo, event, QStringLiteral("going"));
        QCOMPARE(c.rsvp(c.dee, event, QStringLiteral("going")), QStringLiteral("waitlisted"));
        QCOMPARE(c.rsvp(c.eli, event, QStringLiteral("going")), QStringLiteral("waitlisted"));
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("membership.ban"),
                              {{QStringLiteral("communityId"), c.community},
                               {QStringLiteral("userId"), c.bo.id}})
                    .applied());
        auto seen = c.f.syncAll(c.dee);
        QCOMPARE(rsvpOf(seen, event, c.dee), QStringLiteral("going"));
        QCOMPARE(rsvpOf(seen, event, c.bo), QStringLiteral("not_going"));
        QVERIFY(c.f.mutateOne(c.eli, QStringLiteral("membership.leave"),
                              {{QStringLiteral("communityId"), c.community}})
                    .applied());
        seen = c.f.syncAll(c.ada);
        QCOMPARE(rsvpOf(seen, event, c.eli), QStringLiteral("not_going"));
        const QJsonObject data = held(seen, QStringLiteral("event")).value(event);
        QCOMPARE(data.value(QStringLiteral("goingCount")).toInt(), 1);
        QCOMPARE(data.value(QStringLiteral("waitlistCount")).toInt(), 0);
    }

    void aNewMemberReceivesEventsAndRsvpsInTheJoinWindow() {
        Cast c;
        const QString event = c.event(0);
        c.rsvp(c.bo, event, QStringLiteral("going"));
        QString cursor;
        c.f.syncAll(c.fay, {}, &cursor);
        QVERIFY(c.f.mutateOne(c.fay, QStringLiteral("membership.join"),
                              {{QStringLiteral("communityId"), c.community}})
                    .applied());
        const auto window = c.f.syncAll(c.fay, cursor);
        QCOMPARE(held(window, QStringLiteral("event"))
                     .value(event)
                     .value(QStringLiteral("goingCount"))
                     .toInt(),
                 1);
        QCOMPARE(rsvpOf(window, event, c.bo), QStringLiteral("going"));
        // Unlimited capacity: everyone who says going goes.
        QCOMPARE(c.rsvp(c.fay, event, QStringLiteral("going")), QStringLiteral("going"));
    }
};

QTEST_GUILESS_MAIN(TestServerEvents)
#include "tst_server_events.moc"
