// Reports: members flag posts and comments; organizers see the flags (nobody else does) and
// resolve them by removing the content or dismissing; the report stays, with how it ended.

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

QJsonObject latest(const QList<Change> &changes, const QString &type, const QString &id) {
    const auto rows = changesOf(changes, type, id);
    return rows.isEmpty() ? QJsonObject() : rows.last().data;
}

// ada owns the community, cy moderates, bo and dee are members (dee wrote a post and bo a
// comment on it); eli is outside.
struct Cast {
    ServerFixture f;
    TestUser ada, bo, cy, dee, eli;
    QString community, post, comment;

    Cast() {
        ada = f.registerUser(QStringLiteral("ada"));
        bo = f.registerUser(QStringLiteral("bo"));
        cy = f.registerUser(QStringLiteral("cy"));
        dee = f.registerUser(QStringLiteral("dee"));
        eli = f.registerUser(QStringLiteral("eli"));
        community = f.createCommunity(ada, QStringLiteral("potters"));
        for (const TestUser &u : {bo, cy, dee})
            f.mutateOne(u, QStringLiteral("membership.join"),
                        {{QStringLiteral("communityId"), community}});
        f.mutateOne(ada, QStringLiteral("membership.setRole"),
                    {{QStringLiteral("communityId"), community},
                     {QStringLiteral("userId"), cy.id},
                     {QStringLiteral("role"), QStringLiteral("moderator")}});
        post = f.createPost(dee, community, QStringLiteral("cheap pots, DM me"));
        comment = ServerFixture::newId();
        f.mutateOne(bo, QStringLiteral("comment.create"),
                    {{QStringLiteral("id"), comment},
                     {QStringLiteral("postId"), post},
                     {QStringLiteral("body"), QStringLiteral("rude words")}});
    }

    MutationResult report(const TestUser &u, const QString &type, const QString &target,
                          const QString &id = ServerFixture::newId()) {
        return f.mutateOne(u, QStringLiteral("report.create"),
                           {{QStringLiteral("id"), id},
                            {QStringLiteral("targetType"), type},
                            {QStringLiteral("targetId"), target},
                            {QStringLiteral("reason"), QStringLiteral("spam")}});
    }

    MutationResult resolve(const TestUser &u, const QString &id, const QString &action) {
        return f.mutateOne(u, QStringLiteral("report.resolve"),
                           {{QStringLiteral("id"), id},
                            {QStringLiteral("action"), action},
                            {QStringLiteral("note"), QStringLiteral("checked")}});
    }
};

} // namespace

class TestServerReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void onlyOrganizersSeeReports() {
        Cast c;
        const QString id = ServerFixture::newId();
        const auto made = c.report(c.bo, QStringLiteral("post"), c.post, id);
        QVERIFY2(made.applied(), qPrintable(made.errorMessage));
        QCOMPARE(c.report(c.eli, QStringLiteral("post"), c.post).errorCode,
                 code(ErrorCode::Forbidden));
        QCOMPARE(c.report(c.bo, QStringLiteral("post"), c.post, id).errorCode,
                 code(ErrorCode::Conflict));
        QCOMPARE(c.report(c.bo, QStringLiteral("comment"), c.post).errorCode,
                 code(ErrorCode::NotFound));
        QCOMPARE(c.report(c.bo, QStringLiteral("user"), c.post).errorCode,
                 code(ErrorCode::InvalidRequest));

        for (const TestUser &organizer : {c.ada, c.cy}) {
            const QJsonObject seen = latest(c.f.syncAll(organizer), QStringLiteral("report"), id);
            QString error;
            const auto report = Report::fromJson(seen, &error);
            QVERIFY2(report, qPrintable(error));
            QCOMPARE(report->reporterId, c.bo.id);
            QCOMPARE(report->targetId, c.post);
            QCOMPARE(report->reason, QStringLiteral("spam"));
            QCOMPARE(report->status, QStringLiteral("open"));
        }
        for (const TestUser &other : {c.bo, c.dee, c.eli})
            QVERIFY(changesOf(c.f.syncAll(other), QStringLiteral("report")).isEmpty());
    }

    void aNewOrganizerReceivesReportsAndInvitesAndAFormerOneDropsThem() {
        Cast c;
        const QString report = ServerFixture::newId();
        QVERIFY(c.report(c.bo, QStringLiteral("post"), c.post, report).applied());
        const QString invite = ServerFixture::newId();
        QVERIFY(c.f.mutateOne(c.ada, QStringLiteral("invite.create"),
                              {{QStringLiteral("id"), invite},
                               {QStringLiteral("communityId"), c.community}})
                    .applied());
        QString cursor;
        QVERIFY(changesOf(c.f.syncAll(c.dee, {}, &cursor), QStringLiteral("report")).isEmpty());
        const auto setRole = [&](const QString &role) {
            return c.f.mutateOne(c.ada, QStringLiteral("membership.setRole"),
                                 {{QStringLiteral("communityId"), c.community},
                                  {QStringLiteral("userId"), c.dee.id},
                                  {QStringLiteral("role"), role}});
        };
        QVERIFY(setRole(QStringLiteral("moderator")).applied());
        auto seen = c.f.syncAll(c.dee, cursor, &cursor);
        QCOMPARE(latest(seen, QStringLiteral("report"), report)
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("open"));
        QVERIFY(!latest(seen, QStringLiteral("invite"), invite).isEmpty());
        QVERIFY(setRole(QStringLiteral("member")).applied());
        seen = c.f.syncAll(c.dee, cursor);
        QCOMPARE(changesOf(seen, QStringLiteral("report"), report).last().op,
                 QStringLiteral("delete"));
        QCOMPARE(changesOf(seen, QStringLiteral("invite"), invite).last().op,
                 QStringLiteral("delete"));
    }

    void removingTakesTheContentDownAndKeepsTheReport() {
        Cast c;
        const QString id = ServerFixture::newId();
        QVERIFY(c.report(c.dee, QStringLiteral("comment"), c.comment, id).applied());
        QCOMPARE(c.resolve(c.bo, id, QStringLiteral("remove")).errorCode,
                 code(ErrorCode::Forbidden));
        QCOMPARE(c.resolve(c.cy, id, QStringLiteral("delete")).errorCode,
                 code(ErrorCode::InvalidRequest));
        QString cursor;
        c.f.syncAll(c.dee, {}, &cursor);
        const auto resolved = c.resolve(c.cy, id, QStringLiteral("remove"));
        QVERIFY2(resolved.applied(), qPrintable(resolved.errorMessage));
        QCOMPARE(resolved.result.value(QStringLiteral("status")).toString(),
                 QStringLiteral("removed"));

        // Members see the comment go and the post's count drop.
        const auto seen = c.f.syncAll(c.dee, cursor);
        const auto gone = changesOf(seen, QStringLiteral("comment"), c.comment);
        QCOMPARE(gone.size(), 1);
        QCOMPARE(gone.first().op, QStringLiteral("delete"));
        QCOMPARE(latest(seen, QStringLiteral("post"), c.post)
                     .value(QStringLiteral("commentCount"))
                     .toInt(),
                 0);
        // Organizers see the report kept, resolved.
        const QJsonObject report = latest(c.f.syncAll(c.ada), QStringLiteral("report"), id);
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("removed"));
        QCOMPARE(report.value(QStringLiteral("resolvedBy")).toString(), c.cy.id);
        QCOMPARE(report.value(QStringLiteral("note")).toString(), QStringLiteral("checked"));
        QCOMPARE(c.resolve(c.ada, id, QStringLiteral("dismiss")).errorCode,
                 code(ErrorCode::Conflict));

        const auto audit = c.f.server().audit().page(c.ada.id, c.community, 50);
        const QJsonArray entries = QJsonDocument::fromJson(audit.value())
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QCOMPARE(entries.at(0)[QStringLiteral("action")].toString(),
                 QStringLiteral("report.resolve"));
        QCOMPARE(entries.at(0)[QStringLiteral("reason")].toString(),
                 QStringLiteral("removed: checked"));
        QCOMPARE(entries.at(1)[QStringLiteral("action")].toString(),
                 QStringLiteral("comment.delete"));
        QCOMPARE(entries.at(1)[QStringLiteral("targetId")].toString(), c.comment);
    }

    void dismissingLeavesTheContent() {
        Cast c;
        const QString first = ServerFixture::newId();
        const QString second = ServerFixture::newId();
        QVERIFY(c.report(c.bo, QStringLiteral("post"), c.post, first).applied());
        QVERIFY(c.report(c.cy, QStringLiteral("post"), c.post, second).applied());
        QCOMPARE(c.resolve(c.ada, first, QStringLiteral("dismiss"))
                     .result.value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("dismissed"));
        QVERIFY(!latest(c.f.syncAll(c.bo), QStringLiteral("post"), c.post).isEmpty());
        QVERIFY(c.f.mutateOne(c.bo, QStringLiteral("comment.create"),
                              {{QStringLiteral("id"), ServerFixture::newId()},
                               {QStringLiteral("postId"), c.post},
                               {QStringLiteral("body"), QStringLiteral("still here")}})
                    .applied());
        // A second report on the same post is removed; the post goes for everyone.
        QVERIFY(c.resolve(c.ada, second, QStringLiteral("remove")).applied());
        const auto post = changesOf(c.f.syncAll(c.bo), QStringLiteral("post"), c.post);
        QCOMPARE(post.last().op, QStringLiteral("delete"));
        QCOMPARE(c.report(c.bo, QStringLiteral("post"), c.post).errorCode,
                 code(ErrorCode::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestServerReports)
#include "tst_server_reports.moc"
