// alerts.set: a member's own alert choices, kept by hearthd so that they follow the member to
// another machine. A level names a community of theirs; what the args leave out stays; the
// settings travel to that member alone, from any cursor, on a fresh machine too.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "protocol/entities.h"

#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;

namespace {

const QString Alerts = QStringLiteral("alerts");

// The member's settings as a client that synced everything holds them (the last row wins).
std::optional<AlertSettings> settingsOf(ServerFixture &f, const TestUser &user) {
    const auto rows = changesOf(f.syncAll(user), Alerts);
    if (rows.isEmpty())
        return std::nullopt;
    QString error;
    auto settings = AlertSettings::fromJson(rows.last().data, &error);
    if (!settings)
        qFatal("unreadable alert settings: %s", qPrintable(error));
    return settings;
}

QJsonObject level(const QString &communityId, const char *value) {
    return {{QStringLiteral("communityId"), communityId},
            {QStringLiteral("level"), QString::fromLatin1(value)}};
}

} // namespace

class TestServerAlerts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HEARTHD_SKIP_WITHOUT_BACKEND(); }

    void choicesAreKeptMergedAndSyncedToTheMemberAlone() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser bo = f.registerUser(QStringLiteral("bo"));
        const QString potters = f.createCommunity(ada, QStringLiteral("potters"));
        const QString runners = f.createCommunity(ada, QStringLiteral("runners"));
        f.mutateOne(bo, QStringLiteral("membership.join"),
                    {{QStringLiteral("communityId"), potters}});
        QVERIFY(!settingsOf(f, ada)); // never chose: no row (the defaults)

        auto r = f.mutateOne(ada, QStringLiteral("alerts.set"), level(potters, "mentions"));
        QVERIFY2(r.applied(), qPrintable(r.errorMessage));
        QCOMPARE(r.result.value(QStringLiteral("version")).toInt(), 1);
        r = f.mutateOne(ada, QStringLiteral("alerts.set"), level(runners, "none"));
        QVERIFY(r.applied());
        r = f.mutateOne(ada, QStringLiteral("alerts.set"), {{QStringLiteral("digest"), true}});
        QVERIFY(r.applied());
        QCOMPARE(r.result.value(QStringLiteral("version")).toInt(), 3);

        // A fresh machine (sync from the start) gets them whole, and only the latest row.
        const auto rows = changesOf(f.syncAll(ada), Alerts);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).id, ada.id);
        auto settings = settingsOf(f, ada);
        QVERIFY(settings);
        QVERIFY(settings->digest);
        QCOMPARE(settings->levelFor(potters), QStringLiteral("mentions"));
        QCOMPARE(settings->levelFor(runners), QStringLiteral("none"));
        QCOMPARE(settings->version, 3);

        // Nobody else sees them, not even a member of the same community.
        QVERIFY(changesOf(f.syncAll(bo), Alerts).isEmpty());
        QVERIFY(!f.syncBytes(bo).contains("\"digest\""));

        // "all" takes a community out; the digest stays as it was.
        QString cursor;
        f.syncAll(ada, {}, &cursor);
        QVERIFY(f.mutateOne(ada, QStringLiteral("alerts.set"), level(potters, "all")).applied());
        const auto later = changesOf(f.syncAll(ada, cursor), Alerts);
        QCOMPARE(later.size(), 1);
        settings = settingsOf(f, ada);
        QCOMPARE(settings->levelFor(potters), QStringLiteral("all"));
        QVERIFY(!settings->levels.contains(potters));
        QCOMPARE(settings->levelFor(runners), QStringLiteral("none"));
        QVERIFY(settings->digest);
    }

    void aLevelIsOnlyForMyOwnCommunities() {
        ServerFixture f;
        const TestUser ada = f.registerUser(QStringLiteral("ada"));
        const TestUser dee = f.registerUser(QStringLiteral("dee"));
        const QString potters = f.createCommunity(ada, QStringLiteral("potters"));
        auto r = f.mutateOne(dee, QStringLiteral("alerts.set"), level(potters, "none"));
        QVERIFY(!r.applied());
        QCOMPARE(r.errorCode, QString::fromLatin1(ErrorCode::NotFound));
        QCOMPARE(r.errorMessage, QStringLiteral("you are not a member of that community"));
        r = f.mutateOne(dee, QStringLiteral("alerts.set"),
                        level(ServerFixture::newId(), "mentions"));
        QCOMPARE(r.errorCode, QString::fromLatin1(ErrorCode::NotFound));
        // A bad level names the field; nothing is stored.
        r = f.mutateOne(ada, QStringLiteral("alerts.set"), level(potters, "loud"));
        QCOMPARE(r.errorCode, QString::fromLatin1(ErrorCode::InvalidRequest));
        QCOMPARE(r.errorMessage,
                 QStringLiteral("field 'level' must be one of: all, mentions, none"));
        QVERIFY(!settingsOf(f, ada));
        QVERIFY(!settingsOf(f, dee));
    }
};

QTEST_GUILESS_MAIN(TestServerAlerts)
#include "tst_server_alerts.moc"
