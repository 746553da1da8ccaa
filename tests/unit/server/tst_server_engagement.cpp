// Engagement figures: what an organizer reads about their community, computed from what members
// did; only organizers may read them.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "protocol/engagementreport.h"
#include "server/domain/clock.h"
#include "server/domain/engagementreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;

} // namespace

class TestServerEngagement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void figuresCountWhatMembersDid() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const TestUser cy = f.registerUser(QStringLiteral("cy"));
        const TestUser dee = f.registerUser(QStringLiteral("dee"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        for (const TestUser &u : {bo, cy, dee})
            f.mutateOne(u, QStringLiteral("membership.join"),
                        {{QStringLiteral("communityId"), community}});
        const auto ask = [&](const TestUser &u, const QString &title) {
            const QString id = ServerFixture::newId();
            f.mutateOne(u, QStringLiteral("post.create"),
                        {{QStringLiteral("id"), id},
                         {QStringLiteral("communityId"), community},
                         {QStringLiteral("kind"), QStringLiteral("question")},
                         {QStringLiteral("title"), title},
                         {QStringLiteral("body"), QStringLiteral("?")}});
            return id;
        };
        const auto reply = [&](const TestUser &u, const QString &post) {
            f.mutateOne(u, QStringLiteral("comment.create"),
                        {{QStringLiteral("id"), ServerFixture::newId()},
                         {QStringLiteral("postId"), post},
                         {QStringLiteral("body"), QStringLiteral("!")}});
        };
        const QString answered = ask(bo, QStringLiteral("Cone 6?"));
        const QString selfAnswered = ask(bo, QStringLiteral("Wax resist?"));
        ask(cy, QStringLiteral("Kiln wash?"));
        reply(ada, answered);
        reply(bo, selfAnswered);
        reply(bo, answered);
        f.createPost(bo, community);
        const QString event = ServerFixture::newId();
        const qint64 now = hearthd::Clock::nowMs();
        QVERIFY(f.mutateOne(ada, QStringLiteral("event.create"),
                            {{QStringLiteral("id"), event},
                             {QStringLiteral("communityId"), community},
                             {QStringLiteral("title"), QStringLiteral("Open studio")},
                             {QStringLiteral("startsAt"), double(now + DayMs)},
                             {QStringLiteral("endsAt"), double(now + DayMs + 3600000)},
                             {QStringLiteral("place"), QStringLiteral("Studio")},
                             {QStringLiteral("capacity"), 1}})
                    .applied());
        for (const TestUser &u : {bo, cy})
            f.mutateOne(u, QStringLiteral("rsvp.set"),
                        {{QStringLiteral("eventId"), event},
                         {QStringLiteral("status"), QStringLiteral("going")}});

        auto &engagement = f.server().engagement();
        const auto built = engagement.build(ada.id, community, 4, hearthd::Clock::nowMs());
        QVERIFY(built.ok());
        const QJsonObject report = QJsonDocument::fromJson(built.value()).object();
        const QJsonArray weeks = report.value(QStringLiteral("weeks")).toArray();
        QCOMPARE(weeks.size(), 4);
        const QJsonObject thisWeek = weeks.last().toObject();
        QCOMPARE(thisWeek.value(QStringLiteral("members")).toInt(), 4);
        QCOMPARE(thisWeek.value(QStringLiteral("posts")).toInt(), 4);
        QCOMPARE(thisWeek.value(QStringLiteral("comments")).toInt(), 3);
        QCOMPARE(thisWeek.value(QStringLiteral("activeMembers")).toInt(), 3); // ada, bo, cy
        QCOMPARE(weeks.first()[QStringLiteral("posts")].toInt(), 0);

        const QJsonArray top = report.value(QStringLiteral("topContributors")).toArray();
        QCOMPARE(top.first()[QStringLiteral("userId")].toString(), bo.id);
        QCOMPARE(top.first()[QStringLiteral("posts")].toInt(), 3);
        QCOMPARE(top.first()[QStringLiteral("comments")].toInt(), 2);
        QCOMPARE(top.first()[QStringLiteral("displayName")].toString(), QStringLiteral("bo"));

        QStringList unanswered;
        for (const QJsonValue &q : report.value(QStringLiteral("unansweredQuestions")).toArray())
            unanswered.append(q[QStringLiteral("title")].toString());
        unanswered.sort(); // oldest first; these two may share a millisecond
        QCOMPARE(unanswered,
                 (QStringList{QStringLiteral("Kiln wash?"), QStringLiteral("Wax resist?")}));

        // Three questions; only "Cone 6?" has an answer from someone other than its asker, and
        // it came within the day.
        const auto figures = hearth::protocol::EngagementReport::fromJson(report, nullptr);
        QVERIFY(figures);
        QCOMPARE(figures->questionsAsked, 3);
        QCOMPARE(figures->questionsAnswered, 1);
        QCOMPARE(figures->questionsAnsweredWithinDay, 1);
        QVERIFY(figures->medianFirstAnswerMs >= 0 && figures->medianFirstAnswerMs < DayMs);

        const QJsonArray events = report.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][QStringLiteral("capacity")].toInt(), 1);
        QCOMPARE(events[0][QStringLiteral("going")].toInt(), 1);
        QCOMPARE(events[0][QStringLiteral("waitlisted")].toInt(), 1);

        // Today nobody is "not seen"; forty days on, dee (who never wrote) and ada and the rest
        // all are, with dee's last sighting unknown.
        QVERIFY(report.value(QStringLiteral("membersNotSeen")).toArray().isEmpty());
        const auto later = engagement.build(ada.id, community, 1, now + 40 * DayMs);
        const QJsonArray notSeen = QJsonDocument::fromJson(later.value())
                                       .object()
                                       .value(QStringLiteral("membersNotSeen"))
                                       .toArray();
        QCOMPARE(notSeen.size(), 4);
        for (const QJsonValue &m : notSeen) {
            const bool isDee = m[QStringLiteral("userId")].toString() == dee.id;
            QCOMPARE(m[QStringLiteral("lastSeenAt")].toDouble() == 0, isDee);
        }
    }

    void onlyOrganizersReadFigures() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const TestUser cy = f.registerUser(QStringLiteral("cy"));
        const QString community = f.createCommunity(ada, QStringLiteral("potters"));
        for (const TestUser &u : {bo, cy})
            f.mutateOne(u, QStringLiteral("membership.join"),
                        {{QStringLiteral("communityId"), community}});
        f.mutateOne(ada, QStringLiteral("membership.setRole"),
                    {{QStringLiteral("communityId"), community},
                     {QStringLiteral("userId"), cy.id},
                     {QStringLiteral("role"), QStringLiteral("moderator")}});
        auto &engagement = f.server().engagement();
        const qint64 now = hearthd::Clock::nowMs();
        QVERIFY(engagement.build(ada.id, community, 12, now).ok());
        QVERIFY(engagement.build(cy.id, community, 12, now).ok());
        const auto member = engagement.build(bo.id, community, 12, now);
        QVERIFY(!member.ok());
        QCOMPARE(member.error().code, QString::fromLatin1(ErrorCode::Forbidden));
        QCOMPARE(engagement.build(ada.id, ServerFixture::newId(), 12, now).error().code,
                 QString::fromLatin1(ErrorCode::NotFound));
        QCOMPARE(engagement.build(ada.id, community, 0, now).error().code,
                 QString::fromLatin1(ErrorCode::InvalidRequest));
        QCOMPARE(engagement.build(ada.id, community, hearthd::EngagementReport::MaxWeeks + 1, now)
                     .error()
                     .code,
                 QString::fromLatin1(ErrorCode::InvalidRequest));
    }
};

QTEST_GUILESS_MAIN(TestServerEngagement)
#include "tst_server_engagement.moc"
