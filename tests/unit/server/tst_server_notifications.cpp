// Notifications: a reply to my post or comment, a mention of my @handle where I am a member, a
// join request for the organizers, a reminder of an event I am going to; each synced to its
// recipient alone, and marked read by that recipient only.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "protocol/entities.h"
#include "protocol/limits.h"
#include "server/domain/clock.h"

#include <QJsonArray>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {

const QString code(const char *c) {
    return QString::fromLatin1(c);
}

constexpr qint64 Hour = 3600 * 1000;

// The notifications a user holds after syncing everything: id -> latest state.
QMap<QString, Notification> notificationsOf(ServerFixture &f, const TestUser &user) {
    QMap<QString, Notification> out;
    for (const Change &c : changesOf(f.syncAll(user), QStringLiteral("notification"))) {
        QString error;
        const auto n = Notification::fromJson(c.data, &error);
        if (!n)
            qFatal("unreadable notification: %s", qPrintable(error));
        out.insert(c.id, *n);
    }
    return out;
}

QList<Notification> ofKind(const QMap<QString, Notification> &all, const QString &kind) {
    QList<Notification> out;
    for (const Notification &n : all)
        if (n.kind == kind)
            out.append(n);
    return out;
}

QJsonObject who(const QString &communityId, const TestUser &u) {
    return {{QStringLiteral("communityId"), communityId}, {QStringLiteral("userId"), u.id}};
}

// ada owns a public community where bo and cy are members; dee is outside it.
struct Cast {
    ServerFixture f;
    TestUser ada, bo, cy, dee;
    QString community;

    Cast() {
        ada = f.registerUser(QStringLiteral("ada"));
        bo = f.registerUser(QStringLiteral("bo"));
        cy = f.registerUser(QStringLiteral("cy"));
        dee = f.registerUser(QStringLiteral("dee"));
        community = f.createCommunity(ada, QStringLiteral("potters"));
        for (const TestUser &u : {bo, cy})
            f.mutateOne(u, QStringLiteral("membership.join"),
                        {{QStringLiteral("communityId"), community}});
    }

    QString comment(const TestUser &author, const QString &postId, const QString &body,
                    const QString &parentId = {}) {
        const QString id = ServerFixture::newId();
        QJsonObject args{{QStringLiteral("id"), id},
                         {QStringLiteral("postId"), postId},
                         {QStringLiteral("body"), body}};
        if (!parentId.isEmpty())
            args.insert(QStringLiteral("parentId"), parentId);
        const auto r = f.mutateOne(author, QStringLiteral("comment.create"), args);
        if (!r.applied())
            qFatal("comment.create failed: %s", qPrintable(r.errorMessage));
        return id;
    }

    QString event(qint64 startsAt) {
        const QString id = ServerFixture::newId();
        const auto r = f.mutateOne(ada, QStringLiteral("event.create"),
                                   {{QStringLiteral("id"), id},
                                    {QStringLiteral("communityId"), community},
                                    {QStringLiteral("title"), QStringLiteral("Raku firing")},
                                    {QStringLiteral("place"), QStringLiteral("The kiln shed")},
                                    {QStringLiteral("startsAt"), double(startsAt)},
                                    {QStringLiteral("endsAt"), double(startsAt + Hour)}});
        if (!r.applied())
            qFatal("event.create failed: %s", qPrintable(r.errorMessage));
        return id;
    }

    void rsvp(const TestUser &u, const QString &eventId, const QString &status) {
        const auto r =
            f.mutateOne(u, QStringLiteral("rsvp.set"),
                        {{QStringLiteral("eventId"), eventId}, {QStringLiteral("status"), status}});
        if (!r.applied())
            qFatal("rsvp.set failed: %s", qPrintable(r.errorMessage));
    }
};

} // namespace

class TestServerNotifications : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void aReplyNotifiesTheAuthorOfWhatWasAnswered() {
        Cast c;
        const QString post = c.f.createPost(c.bo, c.community, QStringLiteral("My first pot"));
        const QString first = c.comment(c.cy, post, QStringLiteral("Lovely glaze!"));
        c.comment(c.bo, post, QStringLiteral("Thanks all")); // on his own post: nothing
        const QString answer = c.comment(c.ada, post, QStringLiteral("Agreed"), first);

        const auto bo = ofKind(notificationsOf(c.f, c.bo), QStringLiteral("reply"));
        QCOMPARE(bo.size(), 1);
        QCOMPARE(bo[0].targetType, QStringLiteral("comment"));
        QCOMPARE(bo[0].targetId, first);
        QCOMPARE(bo[0].actorId, c.cy.id);
        QCOMPARE(bo[0].actorName, QStringLiteral("cy"));
        QCOMPARE(bo[0].communityId, c.community);
        QCOMPARE(bo[0].text, QStringLiteral("Lovely glaze!"));
        QVERIFY(bo[0].createdAt > 0);
        QCOMPARE(bo[0].readAt, 0);

        // A reply to cy's comment is cy's, not the post author's.
        const auto cy = ofKind(notificationsOf(c.f, c.cy), QStringLiteral("reply"));
        QCOMPARE(cy.size(), 1);
        QCOMPARE(cy[0].targetId, answer);
        QCOMPARE(cy[0].actorId, c.ada.id);
        // Nobody sees anyone else's notifications.
        QVERIFY(notificationsOf(c.f, c.ada).isEmpty());
        QVERIFY(notificationsOf(c.f, c.dee).isEmpty());
    }

    void aMentionNotifiesMembersOnly() {
        Cast c;
        const QString post = c.f.createPost(
            c.bo, c.community, QStringLiteral("Ask @cy, or @dee, or me (@bo), or @nobody."));
        const auto cy = ofKind(notificationsOf(c.f, c.cy), QStringLiteral("mention"));
        QCOMPARE(cy.size(), 1);
        QCOMPARE(cy[0].targetType, QStringLiteral("post"));
        QCOMPARE(cy[0].targetId, post);
        QCOMPARE(cy[0].actorId, c.bo.id);
        QVERIFY(notificationsOf(c.f, c.dee).isEmpty()); // not a member
        QVERIFY(notificationsOf(c.f, c.bo).isEmpty());  // not for oneself

        // In a comment, at the end of a sentence and in capitals.
        const QString comment = c.comment(c.cy, post, QStringLiteral("Thanks, @ADA."));
        const auto ada = ofKind(notificationsOf(c.f, c.ada), QStringLiteral("mention"));
        QCOMPARE(ada.size(), 1);
        QCOMPARE(ada[0].targetType, QStringLiteral("comment"));
        QCOMPARE(ada[0].targetId, comment);

        // Replied to and mentioned in one comment: one notification, the reply.
        c.comment(c.ada, post, QStringLiteral("@bo see above"));
        const auto bo = notificationsOf(c.f, c.bo);
        QCOMPARE(ofKind(bo, QStringLiteral("reply")).size(), 2);
        QCOMPARE(ofKind(bo, QStringLiteral("mention")).size(), 0);
    }

    void aJoinRequestNotifiesTheOrganizersOnly() {
        Cast c;
        const QString ask =
            c.f.createCommunity(c.ada, QStringLiteral("askers"), QStringLiteral("request"));
        for (const TestUser &u : {c.bo, c.cy}) {
            c.f.mutateOne(u, QStringLiteral("membership.join"),
                          {{QStringLiteral("communityId"), ask}});
            QVERIFY(
                c.f.mutateOne(c.ada, QStringLiteral("membership.approve"), who(ask, u)).applied());
        }
        QJsonObject role = who(ask, c.cy);
        role.insert(QStringLiteral("role"), QStringLiteral("moderator"));
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("membership.setRole"), role).applied());

        QCOMPARE(c.f.mutateOne(c.dee, QStringLiteral("membership.join"),
                               {{QStringLiteral("communityId"), ask}})
                     .result.value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("pending"));
        for (const TestUser &organizer : {c.ada, c.cy}) {
            QList<Notification> fromDee;
            for (const Notification &n :
                 ofKind(notificationsOf(c.f, organizer), QStringLiteral("join_request")))
                if (n.actorId == c.dee.id)
                    fromDee.append(n);
            QCOMPARE(fromDee.size(), 1);
            QCOMPARE(fromDee[0].communityId, ask);
            QCOMPARE(fromDee[0].targetType, QStringLiteral("membership"));
            QCOMPARE(fromDee[0].targetId, ask + QLatin1Char(':') + c.dee.id);
            QCOMPARE(fromDee[0].actorName, QStringLiteral("dee"));
        }
        QVERIFY(ofKind(notificationsOf(c.f, c.bo), QStringLiteral("join_request")).isEmpty());
        QVERIFY(notificationsOf(c.f, c.dee).isEmpty());
        // Joining a public community asks nobody.
        const QString open = c.f.createCommunity(c.bo, QStringLiteral("open-door"));
        c.f.mutateOne(c.dee, QStringLiteral("membership.join"),
                      {{QStringLiteral("communityId"), open}});
        QVERIFY(ofKind(notificationsOf(c.f, c.bo), QStringLiteral("join_request")).isEmpty());
    }

    // The applicant hears the organizers' decision, approved or denied.
    void aJoinDecisionNotifiesTheApplicant() {
        Cast c;
        const QString ask =
            c.f.createCommunity(c.ada, QStringLiteral("askers"), QStringLiteral("request"));
        for (const TestUser &u : {c.bo, c.cy})
            QCOMPARE(c.f.mutateOne(u, QStringLiteral("membership.join"),
                                   {{QStringLiteral("communityId"), ask}})
                         .result.value(QStringLiteral("state"))
                         .toString(),
                     QStringLiteral("pending"));
        QVERIFY(
            c.f.mutateOne(c.ada, QStringLiteral("membership.approve"), who(ask, c.bo)).applied());
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("membership.deny"), who(ask, c.cy)).applied());

        const auto approved = ofKind(notificationsOf(c.f, c.bo), QStringLiteral("join_approved"));
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved[0].communityId, ask);
        QCOMPARE(approved[0].targetType, QStringLiteral("community"));
        QCOMPARE(approved[0].targetId, ask);
        QCOMPARE(approved[0].actorId, c.ada.id);
        QCOMPARE(approved[0].text, QStringLiteral("ASKERS"));
        QVERIFY(ofKind(notificationsOf(c.f, c.bo), QStringLiteral("join_denied")).isEmpty());
        // Denied: no membership left, and still told.
        const auto denied = ofKind(notificationsOf(c.f, c.cy), QStringLiteral("join_denied"));
        QCOMPARE(denied.size(), 1);
        QCOMPARE(denied[0].communityId, ask);
        QCOMPARE(denied[0].text, QStringLiteral("ASKERS"));
        QVERIFY(ofKind(notificationsOf(c.f, c.cy), QStringLiteral("join_approved")).isEmpty());
        // Nobody else hears of it.
        QVERIFY(ofKind(notificationsOf(c.f, c.dee), QStringLiteral("join_denied")).isEmpty());
        QVERIFY(ofKind(notificationsOf(c.f, c.ada), QStringLiteral("join_approved")).isEmpty());

        // A denial with a reason: the applicant is told why (and the audit log keeps it).
        c.f.mutateOne(c.dee, QStringLiteral("membership.join"),
                      {{QStringLiteral("communityId"), ask}});
        QJsonObject withReason = who(ask, c.dee);
        withReason.insert(QStringLiteral("reason"),
                          QStringLiteral("  We are full for the season: ask again in March.  "));
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("membership.deny"), withReason).applied());
        const auto told = ofKind(notificationsOf(c.f, c.dee), QStringLiteral("join_denied"));
        QCOMPARE(told.size(), 1);
        QCOMPARE(told[0].text, QStringLiteral("We are full for the season: ask again in March."));
        // A reason past the wire's limit is refused, and nothing is decided.
        c.f.mutateOne(c.bo, QStringLiteral("membership.leave"),
                      {{QStringLiteral("communityId"), ask}});
        c.f.mutateOne(c.bo, QStringLiteral("membership.join"),
                      {{QStringLiteral("communityId"), ask}});
        QJsonObject tooLong = who(ask, c.bo);
        tooLong.insert(QStringLiteral("reason"), QString(Limits::ReasonMax + 1, QLatin1Char('x')));
        QVERIFY(!c.f.mutateOne(c.ada, QStringLiteral("membership.deny"), tooLong).applied());
        QVERIFY(ofKind(notificationsOf(c.f, c.bo), QStringLiteral("join_denied")).isEmpty());
    }

    void anEventReminderComesOnceWithinADay() {
        Cast c;
        const qint64 now = hearthd::Clock::nowMs();
        const QString soon = c.event(now + 2 * Hour);
        const QString later = c.event(now + 72 * Hour);
        const QString past = c.event(now - 2 * Hour);
        for (const QString &e : {soon, later, past})
            c.rsvp(c.bo, e, QStringLiteral("going"));
        c.rsvp(c.cy, soon, QStringLiteral("maybe"));

        for (int round = 0; round < 3; ++round) {
            const auto bo = ofKind(notificationsOf(c.f, c.bo), QStringLiteral("event_reminder"));
            QCOMPARE(bo.size(), 1);
            QCOMPARE(bo[0].targetType, QStringLiteral("event"));
            QCOMPARE(bo[0].targetId, soon);
            QCOMPARE(bo[0].text, QStringLiteral("Raku firing"));
            QVERIFY(bo[0].actorId.isEmpty());
        }
        // Exactly one row in the whole log, however often bo syncs.
        int rows = 0;
        for (const Change &ch : changesOf(c.f.syncAll(c.bo), QStringLiteral("notification")))
            rows += ch.data.value(QStringLiteral("kind")).toString() ==
                    QStringLiteral("event_reminder");
        QCOMPARE(rows, 1);
        QVERIFY(ofKind(notificationsOf(c.f, c.cy), QStringLiteral("event_reminder")).isEmpty());
        QVERIFY(ofKind(notificationsOf(c.f, c.ada), QStringLiteral("event_reminder")).isEmpty());
    }

    void onlyTheRecipientMarksRead() {
        Cast c;
        const QString post = c.f.createPost(c.bo, c.community, QStringLiteral("Kiln day"));
        c.comment(c.cy, post, QStringLiteral("Count me in"));
        c.comment(c.ada, post, QStringLiteral("Me too"));
        const auto before = notificationsOf(c.f, c.bo);
        QCOMPARE(before.size(), 2);
        const QString first = before.firstKey();

        const QJsonObject markFirst{{QStringLiteral("ids"), QJsonArray{first}}};
        const auto stolen = c.f.mutateOne(c.cy, QStringLiteral("notification.markRead"), markFirst);
        QCOMPARE(stolen.errorCode, code(ErrorCode::NotFound));
        QCOMPARE(notificationsOf(c.f, c.bo).value(first).readAt, 0);

        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("notification.markRead"), {}).errorCode,
                 code(ErrorCode::InvalidRequest));
        QCOMPARE(c.f.mutateOne(c.bo, QStringLiteral("notification.markRead"),
                               {{QStringLiteral("ids"), QJsonArray{ServerFixture::newId()}}})
                     .errorCode,
                 code(ErrorCode::NotFound));

        const auto one = c.f.mutateOne(c.bo, QStringLiteral("notification.markRead"), markFirst);
        QVERIFY(one.applied());
        QCOMPARE(one.result.value(QStringLiteral("marked")).toInt(), 1);
        auto after = notificationsOf(c.f, c.bo);
        QVERIFY(after.value(first).readAt > 0);
        QCOMPARE(after.value(before.lastKey()).readAt, 0);

        const auto all = c.f.mutateOne(c.bo, QStringLiteral("notification.markRead"),
                                       {{QStringLiteral("all"), true}});
        QVERIFY(all.applied());
        QCOMPARE(all.result.value(QStringLiteral("marked")).toInt(), 1);
        after = notificationsOf(c.f, c.bo);
        for (const Notification &n : after)
            QVERIFY(n.readAt > 0);
        // cy's own notifications are untouched by bo's "all".
        QVERIFY(notificationsOf(c.f, c.cy).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerNotifications)
#include "tst_server_notifications.moc"
