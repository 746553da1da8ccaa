// profile.update: a member rewrites their own profile within the wire's limits, based on the
// version they edited; the new profile reaches them and whoever shares an active community with
// them, and nobody else.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "protocol/entities.h"
#include "protocol/limits.h"

#include <QJsonArray>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {

QString code(const char *c) {
    return QString::fromLatin1(c);
}

QJsonObject link(const QString &url, const QString &label = QStringLiteral("Site")) {
    return {{QStringLiteral("label"), label}, {QStringLiteral("url"), url}};
}

QJsonObject item(const QString &title, const QString &text = {}, const QString &url = {}) {
    QJsonObject o{{QStringLiteral("title"), title}};
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    if (!url.isEmpty())
        o.insert(QStringLiteral("link"), url);
    return o;
}

// The profile `reader` last received for `userId`; nullopt when none reached them.
std::optional<UserProfile> seenProfile(ServerFixture &f, const TestUser &reader,
                                       const QString &userId, const QString &cursor = {}) {
    const auto rows = changesOf(f.syncAll(reader, cursor), QStringLiteral("user"), userId);
    if (rows.isEmpty())
        return std::nullopt;
    QString error;
    auto profile = UserProfile::fromJson(rows.last().data, &error);
    if (!profile)
        qWarning() << "unreadable profile:" << error;
    return profile;
}

// ada and bo share a community (bo's); cy runs another one; dee belongs to none.
struct Cast {
    ServerFixture f;
    TestUser ada, bo, cy, dee;
    QString shared, other;

    Cast() {
        ada = f.registerUser(QStringLiteral("ada"));
        bo = f.registerUser(QStringLiteral("bo"));
        cy = f.registerUser(QStringLiteral("cy"));
        dee = f.registerUser(QStringLiteral("dee"));
        shared = f.createCommunity(bo, QStringLiteral("potters"));
        f.mutateOne(ada, QStringLiteral("membership.join"),
                    {{QStringLiteral("communityId"), shared}});
        other = f.createCommunity(cy, QStringLiteral("runners"));
    }

    MutationResult update(const TestUser &u, QJsonObject args, int version = 1,
                          const QString &whose = {}) {
        args.insert(QStringLiteral("id"), whose.isEmpty() ? u.id : whose);
        args.insert(QStringLiteral("version"), version);
        if (!args.contains(QStringLiteral("displayName")))
            args.insert(QStringLiteral("displayName"), QStringLiteral("Ada Lovelace"));
        return f.mutateOne(u, QStringLiteral("profile.update"), args);
    }
};

} // namespace

class TestServerProfiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void aMemberRewritesTheirProfileAndTheVersionMovesOn() {
        Cast c;
        const auto r = c.update(
            c.ada,
            {{QStringLiteral("displayName"), QStringLiteral("  Ada Lovelace  ")},
             {QStringLiteral("bio"), QStringLiteral("I *throw* pots.")},
             {QStringLiteral("interests"),
              QJsonArray{QStringLiteral("raku"), QStringLiteral("glazes")}},
             {QStringLiteral("links"), QJsonArray{link(QStringLiteral("https://ada.example"))}},
             {QStringLiteral("showcase"),
              QJsonArray{item(QStringLiteral("Moon jar"), QStringLiteral("Cone 10"),
                              QStringLiteral("http://ada.example/jar"))}}});
        QVERIFY2(r.applied(), qPrintable(r.errorMessage));
        QCOMPARE(r.result.value(QStringLiteral("version")).toInt(), 2);

        const auto mine = seenProfile(c.f, c.ada, c.ada.id);
        QVERIFY(mine);
        QCOMPARE(mine->displayName, QStringLiteral("Ada Lovelace")); // trimmed
        QCOMPARE(mine->bio, QStringLiteral("I *throw* pots."));
        QCOMPARE(mine->interests, (QStringList{QStringLiteral("raku"), QStringLiteral("glazes")}));
        QCOMPARE(mine->links.size(), 1);
        QCOMPARE(mine->links.at(0)[QStringLiteral("url")].toString(),
                 QStringLiteral("https://ada.example"));
        QCOMPARE(mine->showcase.at(0)[QStringLiteral("title")].toString(),
                 QStringLiteral("Moon jar"));
        QCOMPARE(mine->version, 2);
        QCOMPARE(mine->handle, QStringLiteral("ada")); // not the update's to change

        // A later update replaces the whole profile: what it leaves out is gone.
        const auto second = c.update(c.ada, {{QStringLiteral("bio"), QStringLiteral("Kilns.")}}, 2);
        QVERIFY2(second.applied(), qPrintable(second.errorMessage));
        const auto after = seenProfile(c.f, c.ada, c.ada.id);
        QVERIFY(after);
        QCOMPARE(after->version, 3);
        QVERIFY(after->showcase.isEmpty());
        QVERIFY(after->interests.isEmpty());
    }

    void theWiresLimitsAreRefusedNamingTheField_data() {
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("field");
        const QString longer = QString(Limits::DisplayNameMax + 1, QLatin1Char('a'));
        QTest::newRow("empty name")
            << QJsonObject{{QStringLiteral("displayName"), QStringLiteral("   ")}}
            << QStringLiteral("displayName");
        QTest::newRow("long name") << QJsonObject{{QStringLiteral("displayName"), longer}}
                                   << QStringLiteral("displayName");
        QTest::newRow("long bio") << QJsonObject{{QStringLiteral("bio"),
                                                  QString(Limits::BioMax + 1, QLatin1Char('b'))}}
                                  << QStringLiteral("bio");
        QJsonArray tags;
        for (int i = 0; i <= Limits::InterestsMax; ++i)
            tags.append(QStringLiteral("tag%1").arg(i));
        QTest::newRow("too many interests")
            << QJsonObject{{QStringLiteral("interests"), tags}} << QStringLiteral("interests");
        QTest::newRow("long interest")
            << QJsonObject{{QStringLiteral("interests"),
                            QJsonArray{QString(Limits::InterestMax + 1, QLatin1Char('t'))}}}
            << QStringLiteral("interests");
        QJsonArray links;
        for (int i = 0; i <= Limits::LinksMax; ++i)
            links.append(link(QStringLiteral("https://ada.example/%1").arg(i)));
        QTest::newRow("too many links")
            << QJsonObject{{QStringLiteral("links"), links}} << QStringLiteral("links");
        QJsonArray items;
        for (int i = 0; i <= Limits::ShowcaseMax; ++i)
            items.append(item(QStringLiteral("Piece %1").arg(i)));
        QTest::newRow("too many showcase items")
            << QJsonObject{{QStringLiteral("showcase"), items}} << QStringLiteral("showcase");
        QTest::newRow("item without title")
            << QJsonObject{{QStringLiteral("showcase"),
                            QJsonArray{item(QString(), QStringLiteral("text only"))}}}
            << QStringLiteral("title");
        QTest::newRow("long item text")
            << QJsonObject{{QStringLiteral("showcase"),
                            QJsonArray{
                                item(QStringLiteral("Jar"),
                                     QString(Limits::ShowcaseTextMax + 1, QLatin1Char('x')))}}}
            << QStringLiteral("text");
    }

    void theWiresLimitsAreRefusedNamingTheField() {
        QFETCH(QJsonObject, args);
        QFETCH(QString, field);
        Cast c;
        const auto r = c.update(c.ada, args);
        QCOMPARE(r.errorCode, code(ErrorCode::InvalidRequest));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("'%1'").arg(field)),
                 qPrintable(r.errorMessage));
        // Nothing changed: the version is still 1, so an edit based on it goes through.
        QVERIFY(c.update(c.ada, {}).applied());
    }

    void linksMustBeWebAddresses_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("no scheme") << QStringLiteral("ada.example");
        QTest::newRow("no host") << QStringLiteral("https://");
        QTest::newRow("space") << QStringLiteral("https://ada example.org");
        QTest::newRow("empty") << QString();
    }

    void linksMustBeWebAddresses() {
        QFETCH(QString, url);
        Cast c;
        const auto asLink = c.update(c.ada, {{QStringLiteral("links"), QJsonArray{link(url)}}});
        QCOMPARE(asLink.errorCode, code(ErrorCode::InvalidRequest));
        QVERIFY2(asLink.errorMessage.contains(QStringLiteral("'links'")),
                 qPrintable(asLink.errorMessage));
        if (url.isEmpty())
            return; // a showcase item's link is optional
        const auto inShowcase = c.update(
            c.ada,
            {{QStringLiteral("showcase"), QJsonArray{item(QStringLiteral("Jar"), {}, url)}}});
        QCOMPARE(inShowcase.errorCode, code(ErrorCode::InvalidRequest));
        QVERIFY2(inShowcase.errorMessage.contains(QStringLiteral("'link'")),
                 qPrintable(inShowcase.errorMessage));
    }

    void anotherUsersProfileIsRefused() {
        Cast c;
        const auto r = c.update(c.bo, {{QStringLiteral("displayName"), QStringLiteral("Hacked")}},
                                1, c.ada.id);
        QCOMPARE(r.errorCode, code(ErrorCode::Forbidden));
        const auto seen = seenProfile(c.f, c.ada, c.ada.id);
        QVERIFY(seen);
        QCOMPARE(seen->displayName, QStringLiteral("ada"));
        QCOMPARE(seen->version, 1);
    }

    void aStaleVersionIsAConflictWithTheProfileAsItIs() {
        Cast c;
        QVERIFY(c.update(c.ada, {{QStringLiteral("bio"), QStringLiteral("from the laptop")}})
                    .applied());
        const auto stale =
            c.update(c.ada, {{QStringLiteral("bio"), QStringLiteral("from the desktop")}}, 1);
        QCOMPARE(stale.status, code(MutationStatus::Conflict));
        QCOMPARE(stale.errorCode, code(ErrorCode::Conflict));
        QCOMPARE(stale.current.value(QStringLiteral("bio")).toString(),
                 QStringLiteral("from the laptop"));
        QCOMPARE(stale.current.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(seenProfile(c.f, c.ada, c.ada.id)->bio, QStringLiteral("from the laptop"));
    }

    // A repeat of a conflicted mutation answers the conflict again, with the profile as it is now.
    void aReplayedConflictCarriesTheProfileAsItIsNow() {
        Cast c;
        QVERIFY(c.update(c.ada, {{QStringLiteral("bio"), QStringLiteral("one")}}).applied());
        const Mutation stale =
            ServerFixture::mutation(QStringLiteral("profile.update"),
                                    {{QStringLiteral("id"), c.ada.id},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("displayName"), QStringLiteral("Ada")}});
        QCOMPARE(c.f.mutate(c.ada, {stale}).constFirst().status, code(MutationStatus::Conflict));
        QVERIFY(c.update(c.ada, {{QStringLiteral("bio"), QStringLiteral("two")}}, 2).applied());
        const auto replay = c.f.mutate(c.ada, {stale}).constFirst();
        QCOMPARE(replay.status, code(MutationStatus::Conflict));
        QCOMPARE(replay.current.value(QStringLiteral("bio")).toString(), QStringLiteral("two"));
    }

    // Through the change log: the member, and whoever shares an active community with them,
    // receive the new profile; a member of another community and a stranger never do.
    void theNewProfileReachesExactlyThoseWhoShareACommunity() {
        Cast c;
        QString boCursor, cyCursor, deeCursor;
        c.f.syncAll(c.bo, {}, &boCursor);
        c.f.syncAll(c.cy, {}, &cyCursor);
        c.f.syncAll(c.dee, {}, &deeCursor);
        QVERIFY(c.update(c.ada, {{QStringLiteral("displayName"), QStringLiteral("Ada L.")},
                                 {QStringLiteral("showcase"),
                                  QJsonArray{item(QStringLiteral("Moon jar"))}}})
                    .applied());

        const auto bo = seenProfile(c.f, c.bo, c.ada.id, boCursor);
        QVERIFY2(bo, "a member of the shared community did not receive the new profile");
        QCOMPARE(bo->displayName, QStringLiteral("Ada L."));
        QCOMPARE(bo->showcase.at(0)[QStringLiteral("title")].toString(),
                 QStringLiteral("Moon jar"));
        QVERIFY(seenProfile(c.f, c.ada, c.ada.id));
        QVERIFY2(!seenProfile(c.f, c.cy, c.ada.id), "a member of another community received it");
        QVERIFY2(!seenProfile(c.f, c.dee, c.ada.id), "a stranger received it");
        QVERIFY(!c.f.syncBytes(c.dee).contains("Moon jar"));
        QVERIFY(!c.f.syncBytes(c.cy).contains("Moon jar"));

        // Once cy joins, the profile reaches her too (through the join window), as it is now.
        c.f.mutateOne(c.cy, QStringLiteral("membership.join"),
                      {{QStringLiteral("communityId"), c.shared}});
        const auto cy = seenProfile(c.f, c.cy, c.ada.id, cyCursor);
        QVERIFY(cy);
        QCOMPARE(cy->displayName, QStringLiteral("Ada L."));
    }

    // A community lists its organizers by name for anyone browsing the directory, who has not
    // got their profiles: an organizer's new name goes out with each community they run (and
    // only when the name changed).
    void anOrganizersNewNameReachesTheDirectory() {
        Cast c;
        QString deeCursor;
        c.f.syncAll(c.dee, {}, &deeCursor);
        QVERIFY(c.update(c.bo, {{QStringLiteral("displayName"), QStringLiteral("Bo the Potter")}})
                    .applied());
        const auto rows = changesOf(c.f.syncAll(c.dee, deeCursor, &deeCursor),
                                    QStringLiteral("community"), c.shared);
        QVERIFY2(!rows.isEmpty(), "the community did not go out again with its organizer's name");
        QString error;
        const auto community = Community::fromJson(rows.last().data, &error);
        QVERIFY2(community, qPrintable(error));
        QCOMPARE(community->organizers.at(0)[QStringLiteral("displayName")].toString(),
                 QStringLiteral("Bo the Potter"));
        QVERIFY2(!seenProfile(c.f, c.dee, c.bo.id, deeCursor), "a stranger received the profile");

        // A new bio alone leaves the directory as it was.
        QVERIFY(c.update(c.bo,
                         {{QStringLiteral("displayName"), QStringLiteral("Bo the Potter")},
                          {QStringLiteral("bio"), QStringLiteral("Wheel and kiln")}},
                         2)
                    .applied());
        QVERIFY(changesOf(c.f.syncAll(c.dee, deeCursor), QStringLiteral("community"), c.shared)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerProfiles)
#include "tst_server_profiles.moc"
