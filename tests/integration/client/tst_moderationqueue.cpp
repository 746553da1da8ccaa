// The moderation queue end to end against a real hearthd. Ada writes a post and a comment in
// Maren's community; Cal reports both (report.create, as his client sends it). Sam, a moderator,
// sees the reports in his app's ReportsModel with the content in context; Ada's app never
// receives them. Sam removes the comment and dismisses the post's report through the model: hearthd
// applies both, the comment leaves Ada's cache while the post stays, and Sam's resolved queue
// says what was decided. When Maren makes Sam a plain member again, his app drops the reports.

#include "apicall.h"
#include "hearthdprocess.h"
#include "memberapp.h"

#include "cache/cachestore.h"
#include "models/reportsmodel.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hearth::models::ReportsModel;
using hearth::testing::HearthdProcess;
using hearth::testing::registerUser;
using hearth::testing::sendMutation;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

using App = hearth::testing::MemberApp;

int count(App &app, const QString &sql, const QString &value) {
    QSqlQuery q(app.store->readConnection());
    q.prepare(sql);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

// The model's value of `role` on the report `reportId` (invalid when it is not listed).
QVariant reportValue(const ReportsModel &model, const QString &reportId, int role) {
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.data(model.index(i), ReportsModel::ReportIdRole).toString() == reportId)
            return model.data(model.index(i), role);
    return {};
}

} // namespace

class TestModerationQueue : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(m_dir.isValid());
    }

    void aReportIsListedResolvedAndTheContentTakenDown() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QUrl url = server.url();
        const auto maren = registerUser(url, QStringLiteral("maren"));
        const auto sam = registerUser(url, QStringLiteral("sam"));
        const auto ada = registerUser(url, QStringLiteral("ada"));
        const auto cal = registerUser(url, QStringLiteral("cal"));
        for (const auto &u : {maren, sam, ada, cal})
            QVERIFY(!u.token.isEmpty());

        // Maren's public community: Sam moderates it, Ada and Cal are members.
        const QString makers = newId();
        QVERIFY(sendMutation(url, maren.token, QStringLiteral("community.create"),
                             {{QStringLiteral("id"), makers},
                              {QStringLiteral("slug"), QStringLiteral("makers")},
                              {QStringLiteral("name"), QStringLiteral("Makers")},
                              {QStringLiteral("visibility"), QStringLiteral("public")}}));
        for (const auto &u : {sam, ada, cal})
            QVERIFY(sendMutation(url, u.token, QStringLiteral("membership.join"),
                                 {{QStringLiteral("communityId"), makers}}));
        QVERIFY(sendMutation(url, maren.token, QStringLiteral("membership.setRole"),
                             {{QStringLiteral("communityId"), makers},
                              {QStringLiteral("userId"), sam.userId},
                              {QStringLiteral("role"), QStringLiteral("moderator")}}));

        // Ada's post and comment; Cal reports both.
        const QString post = newId(), comment = newId();
        QVERIFY(sendMutation(url, ada.token, QStringLiteral("post.create"),
                             {{QStringLiteral("id"), post},
                              {QStringLiteral("communityId"), makers},
                              {QStringLiteral("kind"), QStringLiteral("discussion")},
                              {QStringLiteral("title"), QStringLiteral("Kiln for sale")},
                              {QStringLiteral("body"), QStringLiteral("Barely used, DM me")}}));
        QVERIFY(sendMutation(url, ada.token, QStringLiteral("comment.create"),
                             {{QStringLiteral("id"), comment},
                              {QStringLiteral("postId"), post},
                              {QStringLiteral("body"), QStringLiteral("Only idiots buy new")}}));
        const QString onComment = newId(), onPost = newId();
        QVERIFY(sendMutation(url, cal.token, QStringLiteral("report.create"),
                             {{QStringLiteral("id"), onComment},
                              {QStringLiteral("targetType"), QStringLiteral("comment")},
                              {QStringLiteral("targetId"), comment},
                              {QStringLiteral("reason"), QStringLiteral("insulting")}}));
        QVERIFY(sendMutation(url, cal.token, QStringLiteral("report.create"),
                             {{QStringLiteral("id"), onPost},
                              {QStringLiteral("targetType"), QStringLiteral("post")},
                              {QStringLiteral("targetId"), post},
                              {QStringLiteral("reason"), QStringLiteral("selling")}}));

        App samApp, adaApp;
        QVERIFY2(samApp.open(m_dir.filePath(QStringLiteral("sam.sqlite")), sam, url, &error),
                 qPrintable(error));
        QVERIFY2(adaApp.open(m_dir.filePath(QStringLiteral("ada.sqlite")), ada, url, &error),
                 qPrintable(error));

        // ---- Sam's queue: both reports, the content in context ----
        ReportsModel open;
        open.setStore(samApp.store.get());
        open.setCommunityId(makers);
        QTRY_COMPARE_WITH_TIMEOUT(open.count(), 2, 15000);
        QCOMPARE(open.openCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(
            reportValue(open, onComment, ReportsModel::ContentTextRole).toString(),
            QStringLiteral("Only idiots buy new"), 15000);
        QCOMPARE(reportValue(open, onComment, ReportsModel::PostTitleRole).toString(),
                 QStringLiteral("Kiln for sale"));
        QCOMPARE(reportValue(open, onComment, ReportsModel::PostIdRole).toString(), post);
        QCOMPARE(reportValue(open, onComment, ReportsModel::ReasonRole).toString(),
                 QStringLiteral("insulting"));
        QCOMPARE(reportValue(open, onComment, ReportsModel::ReporterIdRole).toString(), cal.userId);
        QTRY_COMPARE_WITH_TIMEOUT(
            reportValue(open, onComment, ReportsModel::ReporterNameRole).toString(),
            cal.displayName, 15000);
        QCOMPARE(reportValue(open, onComment, ReportsModel::AuthorIdRole).toString(), ada.userId);
        QCOMPARE(reportValue(open, onPost, ReportsModel::ContentTextRole).toString(),
                 QStringLiteral("Barely used, DM me"));

        // Ada's app has the comment, and no reports: they are for organizers only.
        QTRY_COMPARE_WITH_TIMEOUT(
            count(adaApp, QStringLiteral("SELECT count(*) FROM comments WHERE id = ?"), comment), 1,
            15000);
        QCOMPARE(count(adaApp,
                       QStringLiteral("SELECT count(*) FROM reports WHERE community_id = ?"),
                       makers),
                 0);

        // ---- Sam removes the comment and dismisses the post's report ----
        QVERIFY(!open.resolve(onComment, QStringLiteral("remove"), QStringLiteral("second time"))
                     .isEmpty());
        QVERIFY(!open.resolve(onPost, QStringLiteral("dismiss")).isEmpty());
        samApp.store->waitForWrites(); // in the outbox before "nothing unsent" can mean "sent"
        QTRY_COMPARE_WITH_TIMEOUT(samApp.store->unsentCount(), 0, 15000);
        QCOMPARE(samApp.store->failedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(open.count(), 0, 15000);
        QCOMPARE(open.openCount(), 0);

        ReportsModel resolved;
        resolved.setStore(samApp.store.get());
        resolved.setCommunityId(makers);
        resolved.setStatus(QStringLiteral("resolved"));
        QCOMPARE(resolved.count(), 2);
        QCOMPARE(reportValue(resolved, onComment, ReportsModel::ReportStatusRole).toString(),
                 QStringLiteral("removed"));
        QCOMPARE(reportValue(resolved, onComment, ReportsModel::ResolvedByRole).toString(),
                 sam.userId);
        QCOMPARE(reportValue(resolved, onComment, ReportsModel::NoteRole).toString(),
                 QStringLiteral("second time"));
        QVERIFY(!reportValue(resolved, onComment, ReportsModel::ContentAvailableRole).toBool());
        QCOMPARE(reportValue(resolved, onPost, ReportsModel::ReportStatusRole).toString(),
                 QStringLiteral("dismissed"));
        QVERIFY(reportValue(resolved, onPost, ReportsModel::ContentAvailableRole).toBool());

        // The comment is gone from Ada's cache; the post whose report was dismissed stays.
        QTRY_COMPARE_WITH_TIMEOUT(
            count(adaApp, QStringLiteral("SELECT count(*) FROM comments WHERE id = ?"), comment), 0,
            15000);
        QCOMPARE(count(adaApp, QStringLiteral("SELECT count(*) FROM posts WHERE id = ?"), post), 1);

        // ---- Sam steps down: his app drops what only organizers may hold ----
        QVERIFY(sendMutation(url, maren.token, QStringLiteral("membership.setRole"),
                             {{QStringLiteral("communityId"), makers},
                              {QStringLiteral("userId"), sam.userId},
                              {QStringLiteral("role"), QStringLiteral("member")}}));
        QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 0, 15000);
        QCOMPARE(count(samApp,
                       QStringLiteral("SELECT count(*) FROM reports WHERE community_id = ?"),
                       makers),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestModerationQueue)
#include "tst_moderationqueue.moc"
