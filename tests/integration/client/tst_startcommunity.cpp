// The founder's path end to end against a real hearthd: Ada's app (the real HomePage and its
// "Start a community" page over the real sync engine's cache) walks the steps and creates an
// invite-only community; hearthd makes it with the welcome message pinned as its first post, the
// app asks for an invite and shows its link; Ada lands in the new community, in the rail, its
// feed led by the pinned welcome post. Then Bo, on another client, joins with that code alone
// (an invite-only community cannot be joined any other way), and a second founder who picks the
// same address is told at the slug field.

#include "apicall.h"
#include "hearthdprocess.h"

#include "cache/cachestore.h"
#include "models/feedmodel.h"
#include "net/syncengine.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Hearth_UiPlugin)
Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

using hearth::cache::CacheStore;
using hearth::models::FeedModel;
using hearth::net::SyncEngine;
using hearth::testing::HearthdProcess;
using hearth::testing::registerUser;
using hearth::testing::sendMutation;

namespace {

// One member's app: a cache, a sync engine and the real HomePage over them.
struct App {
    std::unique_ptr<CacheStore> store;
    SyncEngine engine;
    QQmlEngine qml;
    std::unique_ptr<QObject> home;

    bool open(const QString &path, const QUrl &server, const hearth::protocol::AuthResponse &user,
              QString *error) {
        store = CacheStore::open(path, error);
        if (!store)
            return false;
        store->setLocalUser(user.userId, user.displayName);
        engine.setStore(store.get());
        engine.setServerUrl(server);
        engine.setToken(user.token);
        engine.setPollInterval(300);
        engine.setBackoff(100, 800);
        engine.start();
        qml.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&qml);
        // Online, as the window says once the engine has reached the server (SyncStatusPill's
        // State.Online).
        component.setData("import QtQuick\nimport Hearth.Ui\n"
                          "HomePage { width: 1100; height: 800; handle: \"ada\";"
                          " syncStatus: SyncStatusPill.State.Online }",
                          QUrl(QStringLiteral("qrc:/start-community-test.qml")));
        if (!component.isReady()) {
            *error = component.errorString();
            return false;
        }
        home.reset(component.createWithInitialProperties(
            {{QStringLiteral("store"), QVariant::fromValue(store.get())}}));
        if (!home)
            *error = component.errorString();
        return home != nullptr;
    }

    QObject *startPage() const { return home->property("startPage").value<QObject *>(); }
    QObject *founder() const { return startPage()->property("founder").value<QObject *>(); }
    int stage() const { return founder()->property("stage").toInt(); }
};

// CommunityFounder::Stage
constexpr int Failed = 4;
constexpr int Ready = 3;

void fill(QObject *page, const QString &name) {
    page->setProperty("name", name);
    page->setProperty("tagline", QStringLiteral("Wheel, kiln and glaze nights"));
    page->setProperty("description", QStringLiteral("Potters of the Hollin valley."));
    page->setProperty("topics", QStringList{QStringLiteral("ceramics")});
    page->setProperty("visibility", QStringLiteral("invite"));
}

// Next through every step to Review, then Create.
void walkAndCreate(QObject *page) {
    for (int i = 0; i < 6; ++i)
        QMetaObject::invokeMethod(page, "next");
}

} // namespace

class TestStartCommunity : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(m_dir.isValid());
    }

    void founderLandsInTheNewCommunityWithAPinnedWelcomeAndAWorkingInvite() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ada = registerUser(server.url(), QStringLiteral("ada"));
        const auto bo = registerUser(server.url(), QStringLiteral("bo"));
        QVERIFY(!ada.token.isEmpty() && !bo.token.isEmpty());

        App app;
        QVERIFY2(app.open(m_dir.filePath(QStringLiteral("ada.sqlite")), server.url(), ada, &error),
                 qPrintable(error));
        QVERIFY(QMetaObject::invokeMethod(app.home.get(), "openStartCommunity"));
        QCOMPARE(app.home->property("view").toString(), QStringLiteral("start"));
        QObject *page = app.startPage();
        fill(page, QStringLiteral("Hollin Potters"));
        QCOMPARE(page->property("slug").toString(), QStringLiteral("hollin-potters"));
        walkAndCreate(page);
        QCOMPARE(page->property("stepName").toString(), QStringLiteral("review"));
        const QString welcome = page->property("welcome").toString();
        QVERIFY(welcome.contains(QLatin1StringView("Hollin Potters")));

        // hearthd makes it, then the invite; the link is ready to copy.
        QTRY_COMPARE_WITH_TIMEOUT(app.stage(), Ready, 20000);
        const QString communityId = app.founder()->property("communityId").toString();
        const QString link = app.founder()->property("inviteLink").toString();
        QVERIFY2(link.startsWith(QLatin1StringView("hearth://invite/")), qPrintable(link));
        const QString code = link.mid(int(qstrlen("hearth://invite/")));
        QCOMPARE(code.size(), 12);
        auto *linkField = page->findChild<QObject *>(QStringLiteral("inviteLinkField"));
        QVERIFY(linkField);
        QCOMPARE(linkField->property("text").toString(), link);

        // Ada lands in it: selected in the rail, its feed led by the pinned welcome post.
        QVERIFY(QMetaObject::invokeMethod(page, "openCommunity"));
        QObject *rail = app.home->property("rail").value<QObject *>();
        QTRY_COMPARE_WITH_TIMEOUT(rail->property("currentCommunityId").toString(), communityId,
                                  15000);
        QCOMPARE(rail->property("currentName").toString(), QStringLiteral("Hollin Potters"));
        QCOMPARE(app.home->property("view").toString(), QStringLiteral("feed"));
        QObject *feedPage = app.home->property("feedPage").value<QObject *>();
        auto *feed = feedPage->property("feedModel").value<FeedModel *>();
        QVERIFY(feed);
        QTRY_VERIFY_WITH_TIMEOUT(feed->rowCount() > 0, 15000);
        const QModelIndex first = feed->index(0, 0);
        QVERIFY(feed->data(first, FeedModel::PinnedRole).toBool());
        QCOMPARE(feed->data(first, FeedModel::KindRole).toString(), QStringLiteral("announcement"));
        QCOMPARE(feed->data(first, FeedModel::BodyRole).toString(), welcome);
        QCOMPARE(feed->data(first, FeedModel::AuthorIdRole).toString(), ada.userId);
        QVERIFY(!feed->data(first, FeedModel::PendingRole).toBool());

        // Bo cannot join an invite-only community without the code, and can with it alone
        // (accepting the guidelines the founder chose, as every join of it must).
        QVERIFY(!sendMutation(server.url(), bo.token, QStringLiteral("membership.join"),
                              {{QStringLiteral("communityId"), communityId},
                               {QStringLiteral("acceptGuidelines"), true}}));
        QVERIFY(sendMutation(
            server.url(), bo.token, QStringLiteral("membership.join"),
            {{QStringLiteral("inviteCode"), code}, {QStringLiteral("acceptGuidelines"), true}}));
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                QSqlQuery q(app.store->readConnection());
                q.prepare(QStringLiteral("SELECT member_count FROM communities WHERE id = ?"));
                q.addBindValue(communityId);
                return q.exec() && q.next() ? q.value(0).toInt() : -1;
            }(),
            2, 15000);

        // Another founder who picks the same address hears it at the slug field.
        QVERIFY(QMetaObject::invokeMethod(app.home.get(), "openStartCommunity"));
        fill(page, QStringLiteral("Hollin Potters"));
        page->setProperty("visibility", QStringLiteral("public"));
        QCOMPARE(page->property("slugCheck").toString(), QStringLiteral("taken"));
        QVERIFY(sendMutation(
            server.url(), bo.token, QStringLiteral("community.create"),
            {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("slug"), QStringLiteral("hidden-kiln")},
             {QStringLiteral("name"), QStringLiteral("Hidden Kiln")},
             {QStringLiteral("visibility"), QStringLiteral("invite")}}));
        page->setProperty("slugEdited", true);
        page->setProperty("slug", QStringLiteral("hidden-kiln"));
        QCOMPARE(page->property("slugCheck").toString(), QString()); // not visible to Ada
        walkAndCreate(page);
        QTRY_COMPARE_WITH_TIMEOUT(app.stage(), Failed, 20000);
        QCOMPARE(app.founder()->property("errorField").toString(), QStringLiteral("slug"));
        QCOMPARE(page->property("stepName").toString(), QStringLiteral("basics"));
        QCOMPARE(page->property("slugError").toString(),
                 QStringLiteral("“hidden-kiln” is already taken on this server. Try another "
                                "address."));
        QCOMPARE(page->property("name").toString(), QStringLiteral("Hollin Potters"));
        QTRY_COMPARE_WITH_TIMEOUT(app.store->failedCount() + app.store->unsentCount(), 0, 15000);
        app.engine.stop();
    }
};

QTEST_MAIN(TestStartCommunity)
#include "tst_startcommunity.moc"
