// A member's profile edit, end to end against a real hearthd: Ada's app queues profile.update
// through its outbox (MemberProfile::save, as the profile editor does), shows her new name on her
// own post at once, and hearthd accepts it; Bo, who shares a community with her, receives the new
// name and showcase and sees the name on her post; Cy, who shares none, never receives her profile.

#include "apicall.h"
#include "hearthdprocess.h"
#include "memberapp.h"

#include "cache/cachestore.h"
#include "cache/profilequery.h"
#include "models/memberprofile.h"
#include "net/syncengine.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hearth::cache::CacheStore;
using hearth::cache::ProfileQuery;
using hearth::net::SyncEngine;
using hearth::testing::HearthdProcess;
using hearth::testing::registerUser;
using hearth::testing::sendMutation;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One member's app: a cache and a running sync engine.
struct App : hearth::testing::MemberApp {
    App(const QString &path, const hearth::protocol::AuthResponse &who, const QUrl &server) {
        QString error;
        if (!open(path, who, server, &error))
            qFatal("cannot open the cache: %s", qPrintable(error));
    }

    QString value(const QString &sql, const QString &bound) const {
        QSqlQuery q(store->readConnection());
        q.prepare(sql);
        q.addBindValue(bound);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }
    QString authorOf(const QString &postId) const {
        return value(QStringLiteral("SELECT author_name FROM posts WHERE id = ?"), postId);
    }
    QString nameOf(const QString &userId) const {
        return value(QStringLiteral("SELECT display_name FROM users WHERE id = ?"), userId);
    }
};

} // namespace

class TestProfileSync : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(m_dir.isValid());
    }

    void anEditedProfileReachesWhoSharesACommunityAndNobodyElse() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        const auto cy = registerUser(server.url(), QStringLiteral("cy"));
        QVERIFY(!ada.token.isEmpty() && !bo.token.isEmpty() && !cy.token.isEmpty());

        // Bo's community, which Ada joins and posts in; Cy runs another one.
        const QString makers = newId(), runners = newId(), post = newId();
        QVERIFY(sendMutation(server.url(), bo.token, QStringLiteral("community.create"),
                             {{QStringLiteral("id"), makers},
                              {QStringLiteral("slug"), QStringLiteral("makers")},
                              {QStringLiteral("name"), QStringLiteral("Wrenfield Makers")}}));
        QVERIFY(sendMutation(server.url(), cy.token, QStringLiteral("community.create"),
                             {{QStringLiteral("id"), runners},
                              {QStringLiteral("slug"), QStringLiteral("runners")},
                              {QStringLiteral("name"), QStringLiteral("Trail Runners")}}));
        QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("membership.join"),
                             {{QStringLiteral("communityId"), makers}}));
        QVERIFY(sendMutation(server.url(), ada.token, QStringLiteral("post.create"),
                             {{QStringLiteral("id"), post},
                              {QStringLiteral("communityId"), makers},
                              {QStringLiteral("body"), QStringLiteral("Moon jars, cone 10")}}));

        App adaApp(m_dir.filePath(QStringLiteral("ada.sqlite")), ada, server.url());
        App boApp(m_dir.filePath(QStringLiteral("bo.sqlite")), bo, server.url());
        App cyApp(m_dir.filePath(QStringLiteral("cy.sqlite")), cy, server.url());
        QTRY_COMPARE_WITH_TIMEOUT(adaApp.authorOf(post), ada.displayName, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(boApp.authorOf(post), ada.displayName, 15000);

        // The editor's fields, as its page hands them over.
        hearth::models::MemberProfile mine;
        mine.setStore(adaApp.store.get());
        mine.setUserId(ada.userId);
        QVERIFY(mine.loaded() && mine.isMe());
        const QVariantMap fields{
            {QStringLiteral("displayName"), QStringLiteral("Ada Lovelace")},
            {QStringLiteral("bio"), QStringLiteral("I *throw* pots.")},
            {QStringLiteral("interests"), QStringList{QStringLiteral("raku")}},
            {QStringLiteral("links"),
             QVariantList{
                 QVariantMap{{QStringLiteral("label"), QStringLiteral("Shop")},
                             {QStringLiteral("url"), QStringLiteral("https://ada.example")}}}},
            {QStringLiteral("showcase"),
             QVariantList{QVariantMap{{QStringLiteral("title"), QStringLiteral("Moon jar")},
                                      {QStringLiteral("text"), QStringLiteral("Cone 10")}}}}};
        // What hearthd would refuse is not queued, and says why.
        QVariantMap noName = fields;
        noName.insert(QStringLiteral("displayName"), QString());
        QVERIFY(mine.save(noName).isEmpty());
        QVERIFY2(mine.saveError().contains(QLatin1String("displayName")),
                 qPrintable(mine.saveError()));
        QVERIFY2(!mine.save(fields).isEmpty(), qPrintable(mine.saveError()));
        QCOMPARE(mine.saveError(), QString());

        // At once in Ada's own app (before hearthd answers), then settled.
        adaApp.store->waitForWrites();
        QCOMPARE(adaApp.authorOf(post), QStringLiteral("Ada Lovelace"));
        QTRY_COMPARE_WITH_TIMEOUT(adaApp.store->unsentCount(), 0, 15000);
        QCOMPARE(adaApp.store->failedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            adaApp.value(QStringLiteral("SELECT version FROM users WHERE id = ?"), ada.userId),
            QStringLiteral("2"), 15000);

        // Bo: the new name on her profile and on her post, and her showcase.
        QTRY_COMPARE_WITH_TIMEOUT(boApp.nameOf(ada.userId), QStringLiteral("Ada Lovelace"), 15000);
        QCOMPARE(boApp.authorOf(post), QStringLiteral("Ada Lovelace"));
        const auto seen = ProfileQuery{ada.userId, bo.userId}.run(boApp.store->readConnection());
        QVERIFY(seen);
        QCOMPARE(seen->bio, QStringLiteral("I *throw* pots."));
        QCOMPARE(seen->showcase.size(), 1);
        QCOMPARE(seen->showcase.at(0)[QStringLiteral("title")].toString(),
                 QStringLiteral("Moon jar"));

        // Cy shares no community with Ada: her profile never reaches Cy's cache. Cy's app has
        // synced past the update once its own later write has come back by sync (sync_seq set).
        const QString cyPost = newId();
        cyApp.store->enqueueMutation(QStringLiteral("post.create"),
                                     {{QStringLiteral("id"), cyPost},
                                      {QStringLiteral("communityId"), runners},
                                      {QStringLiteral("body"), QStringLiteral("Long run Sunday")}});
        cyApp.store->waitForWrites(); // in the outbox before "nothing unsent" can mean "sent"
        QTRY_COMPARE_WITH_TIMEOUT(cyApp.store->unsentCount(), 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            cyApp.value(QStringLiteral("SELECT sync_seq FROM posts WHERE id = ?"), cyPost).toInt() >
                0,
            15000);
        QCOMPARE(cyApp.nameOf(ada.userId), QStringLiteral("<none>"));
    }
};

QTEST_MAIN(TestProfileSync)
#include "tst_profilesync.moc"
