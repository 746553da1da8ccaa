// MemberProfile over a real cache: a member's profile with interests, showcase and the
// communities we share, following a sync that changes it.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/memberprofile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::MemberProfile;
using hearth::testing::PageBuilder;

class TestMemberProfile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("profile.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("me"));
        const QJsonArray showcase{
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Moon jar")},
                        {QStringLiteral("text"), QStringLiteral("Stoneware, 40 cm")}}};
        // Amy shares Makers with me; Runners is hers alone.
        m_store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .community(QStringLiteral("c2"), QStringLiteral("Runners"))
                .user(QStringLiteral("u-amy"), QStringLiteral("amy"), QStringLiteral("potter"),
                      {QStringLiteral("ceramics"), QStringLiteral("glazes")}, showcase)
                .membership(QStringLiteral("c1"), QStringLiteral("me"))
                .membership(QStringLiteral("c1"), QStringLiteral("u-amy"))
                .membership(QStringLiteral("c2"), QStringLiteral("u-amy"))
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void showsAProfile() {
        MemberProfile profile;
        profile.setStore(m_store.get());
        QSignalSpy changed(&profile, &MemberProfile::profileChanged);
        profile.setUserId(QStringLiteral("u-amy"));
        QVERIFY(profile.loaded());
        QCOMPARE(profile.handle(), QStringLiteral("amy"));
        QCOMPARE(profile.interests(),
                 (QStringList{QStringLiteral("ceramics"), QStringLiteral("glazes")}));
        QCOMPARE(profile.showcase().size(), 1);
        QCOMPARE(profile.showcase().at(0).toMap().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Moon jar"));
        // Only the communities we share.
        QCOMPARE(profile.communities().size(), 1);
        QCOMPARE(profile.communities().at(0).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Makers"));
        QVERIFY(!profile.isMe());

        m_store->applySyncPage(
            PageBuilder()
                .user(QStringLiteral("u-amy"), QStringLiteral("amy"), QStringLiteral("new bio"))
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(profile.bio(), QStringLiteral("new bio"));
        QVERIFY(changed.size() >= 2);

        profile.setUserId(QStringLiteral("nobody"));
        QVERIFY(!profile.loaded());
    }
};

QTEST_GUILESS_MAIN(TestMemberProfile)
#include "tst_memberprofile.moc"
