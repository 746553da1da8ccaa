// Reporting someone else's post or comment, end to end against a real hearthd: Ada's app reports
// Bo's comment and post through its thread (ThreadModel, as the thread page does), the outbox
// sends both and hearthd applies them; the reports reach Bo, the community's owner, with Ada's
// reasons, and nobody else. A report of a comment hearthd no longer has is refused, and Ada's
// app shows it refused with the server's reason.

#include "apicall.h"
#include "hearthdprocess.h"
#include "memberapp.h"

#include "cache/cachestore.h"
#include "models/threadmodel.h"
#include "net/apiclient.h"
#include "protocol/syncpage.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hearth::models::ThreadModel;
using hearth::net::ApiClient;
using hearth::testing::HearthdProcess;
using hearth::testing::registerUser;
using hearth::testing::sendMutation;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The `report` rows a user's sync from the start holds: targetId -> reason.
QMap<QString, QString> reportsSyncedTo(const QUrl &server, const QString &token) {
    QMap<QString, QString> reports;
    QString cursor;
    for (int page = 0; page < 20; ++page) {
        const auto result = hearth::testing::call(
            [&](ApiClient &api, QObject *ctx, auto cb) { api.fetchSyncPage(cursor, 500, ctx, cb); },
            server, token);
        if (!result.ok())
            return {};
        QString error;
        const auto body = hearth::protocol::SyncPage::fromJson(result.body, &error);
        if (!body)
            return {};
        for (const auto &change : body->changes) {
            if (change.type == QLatin1String("report"))
                reports.insert(change.data.value(QStringLiteral("targetId")).toString(),
                               change.data.value(QStringLiteral("reason")).toString());
        }
        cursor = body->cursor;
        if (!body->hasMore)
            break;
    }
    return reports;
}

} // namespace

class TestReportContent : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(m_dir.isValid());
    }

    void aMembersReportsReachTheOrganizersOnly() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        const auto cy = registerUser(server.url(), QStringLiteral("cy"));
        QVERIFY(!ada.token.isEmpty() && !bo.token.isEmpty() && !cy.token.isEmpty());

        // Bo's community with his post and two comments; Ada and Cy are members.
        const QString makers = newId(), post = newId(), comment = newId(), gone = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("community.create"),
                             {{QStringLiteral("id"), makers},
                              {QStringLiteral("slug"), QStringLiteral("makers")},
                              {QStringLiteral("name"), QStringLiteral("Wrenfield Makers")}}));
        for (const auto *who : {&ada, &cy})
            QVERIFY(sendMutation(server.url(), who->token, QStringLiteral("membership.join"),
                                 {{QStringLiteral("communityId"), makers}}));
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("post.create"),
                             {{QStringLiteral("id"), post},
                              {QStringLiteral("communityId"), makers},
                              {QStringLiteral("body"), QStringLiteral("Cheap watches here")}}));
        for (const QString &id : {comment, gone})
            QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("comment.create"),
                                 {{QStringLiteral("id"), id},
                                  {QStringLiteral("postId"), post},
                                  {QStringLiteral("body"), QStringLiteral("DM me for prices")}}));

        hearth::testing::MemberApp adaApp;
        QVERIFY2(
            adaApp.open(m_dir.filePath(QStringLiteral("ada.sqlite")), ada, server.url(), &error),
            qPrintable(error));
        ThreadModel thread;
        thread.setStore(adaApp.store.get());
        thread.setPostId(post);
        QTRY_VERIFY_WITH_TIMEOUT(!thread.post().isEmpty() && thread.rowCount() == 2, 15000);

        // The engine stops for a moment, so the comment goes before Ada's report of it is sent.
        adaApp.engine.stop();
        QVERIFY(thread.reportComment(comment, QStringLiteral("   ")).isEmpty()); // no reason
        QVERIFY(!thread.reportComment(comment, QStringLiteral("Selling watches")).isEmpty());
        QVERIFY(!thread.reportPost(QStringLiteral("Spam, not a making post")).isEmpty());
        const QString refused = thread.reportComment(gone, QStringLiteral("Also spam"));
        QVERIFY(!refused.isEmpty());
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("comment.delete"),
                             {{QStringLiteral("id"), gone}}));
        adaApp.store->waitForWrites(); // both reports in the outbox before "nothing unsent" counts
        adaApp.engine.start();

        QTRY_COMPARE_WITH_TIMEOUT(adaApp.store->unsentCount(), 0, 15000);
        QCOMPARE(adaApp.store->failedCount(), 1);
        QSqlQuery q(adaApp.store->readConnection());
        q.prepare(QStringLiteral("SELECT state, error_code FROM outbox WHERE id = ?"));
        q.addBindValue(refused);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("failed"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("not_found"));

        // Bo, the owner, has both reports with Ada's reasons; Cy, a member, has none.
        const auto bosReports = reportsSyncedTo(server.url(), bo.token);
        QCOMPARE(bosReports.value(comment), QStringLiteral("Selling watches"));
        QCOMPARE(bosReports.value(post), QStringLiteral("Spam, not a making post"));
        QVERIFY(!bosReports.contains(gone));
        QVERIFY(reportsSyncedTo(server.url(), cy.token).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
