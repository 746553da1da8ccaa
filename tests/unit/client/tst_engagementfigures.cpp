// EngagementFigures over a real cache: the figures as hearthd sends them, stored with the time
// they were fetched and read again offline (a new model on the same file), people named as the
// cache knows them with the handle that mentions them, posts and events marked when the cache
// can open them; a refresh that fails keeps the last figures and says why; a figure of another
// community or one that does not parse is refused; a thank-you is queued as a post that
// mentions the member.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/engagementfigures.h"

#include "protocol/engagementreport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::EngagementFigures;
using hearth::testing::PageBuilder;
namespace protocol = hearth::protocol;

namespace {

QByteArray reportJson(const QString &communityId = QStringLiteral("c1")) {
    protocol::EngagementReport r;
    r.communityId = communityId;
    r.generatedAt = 50000;
    r.weeks = {{1000, 10, 4, 3, 9}, {2000, 12, 6, 5, 11}};
    r.topContributors = {{QStringLiteral("bo"), QStringLiteral("Bo (server)"), 4, 7},
                         {QStringLiteral("zed"), QStringLiteral("Zed"), 1, 0}};
    r.unansweredQuestions = {
        {QStringLiteral("p1"), QStringLiteral("Kiln wash?"), QStringLiteral("cy"), 1500},
        {QStringLiteral("p-gone"), QStringLiteral("Glaze?"), QStringLiteral("cy"), 1600}};
    r.membersNotSeen = {{QStringLiteral("cy"), QStringLiteral("Cy"), 0}};
    r.events = {{QStringLiteral("e1"), QStringLiteral("Raku firing"), 9000, 6, false, 6, 2, 1}};
    r.questionsAsked = 7;
    r.questionsAnswered = 5;
    r.questionsAnsweredWithinDay = 4;
    r.medianFirstAnswerMs = 12600000;
    return QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestEngagementFigures : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;

    QString file() const { return m_dir.filePath(QStringLiteral("engagement.sqlite")); }

    void fetch(EngagementFigures &figures) {
        figures.refresh();
        QVERIFY(figures.loading());
        m_store->applyEngagementReport(QStringLiteral("c1"), reportJson(), 77000);
        m_store->waitForWrites();
        QTRY_VERIFY(!figures.loading());
        QCOMPARE(figures.fetchedAt(), 77000.0);
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(file(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("ada"), QStringLiteral("Ada"));
        m_store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .membership(QStringLiteral("c1"), QStringLiteral("ada"), QStringLiteral("owner"))
                .user(QStringLiteral("ada"), QStringLiteral("ada"), {})
                .user(QStringLiteral("bo"), QStringLiteral("bo"), {})
                .user(QStringLiteral("cy"), QStringLiteral("cy"), {})
                .post(QStringLiteral("p1"), QStringLiteral("c1"), 1500,
                      QStringLiteral("Kiln wash?"))
                .event(QStringLiteral("e1"), QStringLiteral("c1"), QStringLiteral("Raku firing"),
                       9000, 6, 6)
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() {
        m_store.reset();
        QFile::remove(file());
    }

    void fetchedFiguresAreKeptAndReadOffline() {
        {
            EngagementFigures figures;
            figures.setStore(m_store.get());
            figures.setCommunityId(QStringLiteral("c1"));
            QCOMPARE(figures.fetchedAt(), 0.0);
            QCOMPARE(figures.weekStarts().size(), 0);
            fetch(figures);
        }
        // Closed and opened again: what was fetched reads without the server.
        m_store.reset();
        QString error;
        m_store = CacheStore::open(file(), &error);
        QVERIFY2(m_store, qPrintable(error));
        EngagementFigures figures;
        figures.setStore(m_store.get());
        figures.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(figures.fetchedAt(), 77000.0);
        QCOMPARE(figures.weekStarts(), (QVariantList{1000.0, 2000.0}));
        QCOMPARE(figures.weeklyMembers(), (QVariantList{10.0, 12.0}));
        QCOMPARE(figures.weeklyActive(), (QVariantList{4.0, 6.0}));
        QCOMPARE(figures.weeklyPosts(), (QVariantList{3.0, 5.0}));
        QCOMPARE(figures.weeklyComments(), (QVariantList{9.0, 11.0}));
        QCOMPARE(figures.postsInSpan(), 8);
        QCOMPARE(figures.commentsInSpan(), 20);
        QCOMPARE(figures.questionsAsked(), 7);
        QCOMPARE(figures.questionsAnswered(), 5);
        QCOMPARE(figures.questionsAnsweredWithinDay(), 4);
        QCOMPARE(figures.medianFirstAnswerMs(), 12600000.0);

        // People as the cache names them, with their handle; the server's name otherwise.
        const QVariantList top = figures.topContributors();
        QCOMPARE(top.size(), 2);
        QCOMPARE(top[0].toMap().value("name").toString(), QStringLiteral("bo"));
        QCOMPARE(top[0].toMap().value("handle").toString(), QStringLiteral("bo"));
        QCOMPARE(top[0].toMap().value("posts").toInt(), 4);
        QCOMPARE(top[0].toMap().value("comments").toInt(), 7);
        QCOMPARE(top[1].toMap().value("name").toString(), QStringLiteral("Zed"));
        QCOMPARE(top[1].toMap().value("handle").toString(), QString());

        // A question opens where the cache holds its post.
        const QVariantList questions = figures.unansweredQuestions();
        QCOMPARE(questions.size(), 2);
        QCOMPARE(questions[0].toMap().value("authorName").toString(), QStringLiteral("cy"));
        QVERIFY(questions[0].toMap().value("cached").toBool());
        QVERIFY(!questions[1].toMap().value("cached").toBool());

        QCOMPARE(figures.membersNotSeen().size(), 1);
        QCOMPARE(figures.membersNotSeen()[0].toMap().value("lastSeenAt").toDouble(), 0.0);
        const QVariantMap event = figures.events().value(0).toMap();
        QCOMPARE(event.value("title").toString(), QStringLiteral("Raku firing"));
        QCOMPARE(event.value("capacity").toInt(), 6);
        QCOMPARE(event.value("going").toInt(), 6);
        QCOMPARE(event.value("waitlisted").toInt(), 2);
        QCOMPARE(event.value("maybe").toInt(), 1);
        QVERIFY(event.value("cached").toBool());
    }

    void aFailedRefreshKeepsTheFiguresAndSaysWhy() {
        EngagementFigures figures;
        figures.setStore(m_store.get());
        figures.setCommunityId(QStringLiteral("c1"));
        fetch(figures);

        figures.refresh();
        m_store->reportEngagementError(QStringLiteral("c1"), QStringLiteral("forbidden: no"));
        QVERIFY(!figures.loading());
        QCOMPARE(figures.error(), QStringLiteral("forbidden: no"));
        QCOMPARE(figures.fetchedAt(), 77000.0);

        figures.refresh();
        m_store->reportEngagementError(QStringLiteral("c1"), QString());
        QCOMPARE(figures.error(), QStringLiteral("You are offline."));

        // Another community's figures, and figures that do not parse, are not stored.
        figures.refresh();
        m_store->applyEngagementReport(QStringLiteral("c1"), reportJson(QStringLiteral("c2")),
                                       99000);
        m_store->waitForWrites();
        QTRY_VERIFY(!figures.loading());
        QVERIFY2(figures.error().contains(QLatin1String("another community")),
                 qPrintable(figures.error()));
        figures.refresh();
        m_store->applyEngagementReport(QStringLiteral("c1"), "{\"weeks\": 3}", 99000);
        m_store->waitForWrites();
        QTRY_VERIFY(!figures.loading());
        QVERIFY2(figures.error().contains(QLatin1String("do not parse")),
                 qPrintable(figures.error()));
        QCOMPARE(figures.fetchedAt(), 77000.0);
        QCOMPARE(figures.postsInSpan(), 8);
    }

    void aThankYouIsAPostThatMentionsThem() {
        EngagementFigures figures;
        figures.setStore(m_store.get());
        figures.setCommunityId(QStringLiteral("c1"));
        fetch(figures);
        const QString draft = figures.thanksDraft(QStringLiteral("bo"));
        QVERIFY2(draft.contains(QLatin1String("@bo ")), qPrintable(draft));
        // No handle cached: their name, which does not pretend to mention.
        QVERIFY(figures.helloDraft(QStringLiteral("zed")).contains(QLatin1String("Zed")));
        QVERIFY(!figures.helloDraft(QStringLiteral("zed")).contains(QLatin1Char('@')));

        QCOMPARE(figures.post(QStringLiteral("Thanks"), QStringLiteral("   ")), QString());
        const QString postId = figures.post(QStringLiteral(" Thank you, bo! "), draft);
        QVERIFY(!postId.isEmpty());
        m_store->waitForWrites();
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].name, QStringLiteral("post.create"));
        QCOMPARE(pending[0].args.value("communityId").toString(), QStringLiteral("c1"));
        QCOMPARE(pending[0].args.value("title").toString(), QStringLiteral("Thank you, bo!"));
        QCOMPARE(pending[0].args.value("body").toString(), draft);
        QCOMPARE(pending[0].args.value("id").toString(), postId);
    }
};

QTEST_GUILESS_MAIN(TestEngagementFigures)
#include "tst_engagementfigures.moc"
