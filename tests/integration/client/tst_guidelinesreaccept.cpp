// Re-accepting updated guidelines end to end against a real hearthd. Ada owns Glaze Guild; Bo is
// a member who accepted its guidelines on joining. Ada's app changes the guidelines and requires
// every member to accept them again. Bo's app learns it by sync (its feed shows the accept panel
// instead of the composer); a post Bo's app sends anyway (written offline) is refused
// by hearthd with guidelines_not_accepted and kept in the outbox with that reason; once Bo
// accepts through the outbox, the same post, retried, goes through. And the Manage pane's
// Settings (CommunitySettings) saving a tagline that reaches the members, or refused as a
// conflict when based on an older version.

#include "apicall.h"
#include "hearthdprocess.h"
#include "memberapp.h"

#include "cache/cacheactions.h"
#include "cache/cachestore.h"
#include "models/communitylistmodel.h"
#include "models/communitysettings.h"
#include "net/syncengine.h"
#include "protocol/apierror.h"
#include "protocol/communityargs.h"
#include "protocol/postargs.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Hearth_UiPlugin)
Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

using hearth::cache::CacheActions;
using hearth::cache::CacheStore;
using hearth::models::CommunityListModel;
using hearth::models::CommunitySettings;
using hearth::net::SyncEngine;
using hearth::protocol::AuthResponse;
using hearth::testing::HearthdProcess;
using hearth::testing::registerUser;
using hearth::testing::sendMutation;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct App : hearth::testing::MemberApp {
    // The outbox entry `id`, wherever it is (pending or failed).
    std::optional<hearth::cache::OutboxEntry> entry(const QString &id) const {
        auto all = store->failedMutations();
        all.append(store->pendingMutations(1000));
        for (const auto &e : std::as_const(all))
            if (e.id == id)
                return e;
        return std::nullopt;
    }
};

// Starts `server` and registers Ada and Bo on it.
bool startWithAdaAndBo(HearthdProcess &server, QUrl *url, AuthResponse *ada, AuthResponse *bo,
                       QString *error) {
    if (!server.start(error))
        return false;
    *url = server.url();
    *ada = registerUser(*url, QStringLiteral("ada"));
    *bo = registerUser(*url, QStringLiteral("bo"));
    if (ada->token.isEmpty() || bo->token.isEmpty()) {
        *error = QStringLiteral("Ada and Bo could not register");
        return false;
    }
    return true;
}

QVariant railValue(CommunityListModel &rail, const QString &communityId, int role) {
    const int row = rail.indexOf(communityId);
    return row < 0 ? QVariant() : rail.data(rail.index(row), role);
}

} // namespace

class TestGuidelinesReaccept : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(m_dir.isValid());
    }

    void aMemberAcceptsTheUpdatedGuidelinesBeforePostingAgain() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server")));
        QUrl url;
        AuthResponse ada, bo;
        QString error;
        QVERIFY2(startWithAdaAndBo(server, &url, &ada, &bo, &error), qPrintable(error));

        const QString guild = newId();
        QVERIFY(sendMutation(url, ada.token, QStringLiteral("community.create"),
                             {{QStringLiteral("id"), guild},
                              {QStringLiteral("slug"), QStringLiteral("glaze-guild")},
                              {QStringLiteral("name"), QStringLiteral("Glaze Guild")},
                              {QStringLiteral("guidelines"), QStringLiteral("Be kind.")}}));
        QVERIFY(sendMutation(
            url, bo.token, QStringLiteral("membership.join"),
            {{QStringLiteral("communityId"), guild}, {QStringLiteral("acceptGuidelines"), true}}));

        App adaApp, boApp;
        QVERIFY2(adaApp.open(m_dir.filePath(QStringLiteral("ada.sqlite")), ada, url, &error),
                 qPrintable(error));
        QVERIFY2(boApp.open(m_dir.filePath(QStringLiteral("bo.sqlite")), bo, url, &error),
                 qPrintable(error));
        CommunityListModel adaRail, boRail;
        adaRail.setStore(adaApp.store.get());
        boRail.setStore(boApp.store.get());
        QTRY_COMPARE_WITH_TIMEOUT(railValue(boRail, guild, CommunityListModel::JoinedRole).toBool(),
                                  true, 15000);
        QCOMPARE(railValue(boRail, guild, CommunityListModel::MustAcceptGuidelinesRole).toBool(),
                 false);
        QTRY_COMPARE_WITH_TIMEOUT(
            railValue(adaRail, guild, CommunityListModel::RoleRole).toString(),
            QStringLiteral("owner"), 15000);

        // Ada's app: new guidelines, every member to accept them again.
        const QString rules = QStringLiteral("Be kind. Credit the maker. No selling.");
        hearth::protocol::CommunityUpdateArgs change;
        change.id = guild;
        change.guidelines = rules;
        change.requireReacceptance = true;
        QVERIFY(!CacheActions(adaApp.store.get()).updateCommunity(change).isEmpty());
        // Queued on the cache's writer thread: in the outbox first, then sent. (Reading the
        // outbox before the write lands would find it empty and let Bo's post overtake it.)
        adaApp.store->waitForWrites();
        QTRY_COMPARE_WITH_TIMEOUT(adaApp.store->unsentCount(), 0, 15000);
        QCOMPARE(adaApp.store->failedMutations().size(), 0);
        // Ada made the change, so she need not accept it.
        QTRY_COMPARE_WITH_TIMEOUT(
            railValue(adaRail, guild, CommunityListModel::GuidelinesRole).toString(), rules, 15000);
        QCOMPARE(railValue(adaRail, guild, CommunityListModel::MustAcceptGuidelinesRole).toBool(),
                 false);

        // Bo's app, offline: a post written there...
        boApp.engine.stop();
        hearth::protocol::PostCreateArgs post;
        post.communityId = guild;
        post.body = QStringLiteral("Selling my old kiln, anyone?");
        const QString postId = CacheActions(boApp.store.get()).createPost(post);
        QVERIFY(!postId.isEmpty());
        boApp.store->waitForWrites();
        const QString entryId = boApp.store->pendingMutations(10).value(0).id;
        QVERIFY(!entryId.isEmpty());
        boApp.engine.start();
        // ...is refused by hearthd with its own code, and kept with the reason.
        QTRY_VERIFY_WITH_TIMEOUT(boApp.entry(entryId) &&
                                     boApp.entry(entryId)->state == QLatin1StringView("failed"),
                                 15000);
        QCOMPARE(boApp.entry(entryId)->errorCode,
                 QString::fromLatin1(hearth::protocol::ErrorCode::GuidelinesNotAccepted));
        QVERIFY2(boApp.entry(entryId)->errorMessage.contains(QStringLiteral("guidelines")),
                 qPrintable(boApp.entry(entryId)->errorMessage));

        // The sync brought the change: Bo's feed shows the accept panel, not the composer.
        QTRY_COMPARE_WITH_TIMEOUT(
            railValue(boRail, guild, CommunityListModel::MustAcceptGuidelinesRole).toBool(), true,
            15000);
        QQmlEngine qml;
        qml.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&qml);
        component.setData("import QtQuick\nimport Hearth.Ui\n"
                          "FeedPage { width: 900; height: 700; communityName: \"Glaze Guild\" }",
                          QUrl(QStringLiteral("qrc:/guidelines-reaccept-test.qml")));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        std::unique_ptr<QObject> feed(component.createWithInitialProperties(
            {{QStringLiteral("store"), QVariant::fromValue(boApp.store.get())},
             {QStringLiteral("communityId"), guild},
             {QStringLiteral("guidelines"),
              railValue(boRail, guild, CommunityListModel::GuidelinesRole)},
             {QStringLiteral("mustAcceptGuidelines"),
              railValue(boRail, guild, CommunityListModel::MustAcceptGuidelinesRole)}}));
        QVERIFY(feed);
        auto *panel = feed->property("guidelinesPanel").value<QQuickItem *>();
        auto *composer = feed->property("composer").value<QQuickItem *>();
        QVERIFY(panel && composer);
        QVERIFY(panel->isVisible());
        QVERIFY(!composer->isVisible());

        // Bo accepts (through the outbox), then retries the post: it goes through.
        QVERIFY(!boRail.acceptGuidelines(guild).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            railValue(boRail, guild, CommunityListModel::MustAcceptGuidelinesRole).toBool(), false,
            15000);
        QTRY_COMPARE_WITH_TIMEOUT(boApp.store->unsentCount(), 0, 15000);
        QCOMPARE(boApp.store->failedMutations().size(), 1); // only the refused post
        boApp.store->retryMutation(entryId);
        QTRY_VERIFY_WITH_TIMEOUT(!boApp.entry(entryId), 15000);
        QCOMPARE(boApp.store->failedMutations().size(), 0);
        // Ada's app receives Bo's post.
        const QString body = post.body;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSqlQuery q(adaApp.store->readConnection());
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM posts WHERE community_id = ? AND "
                                         "body = ?"));
                q.addBindValue(guild);
                q.addBindValue(body);
                return q.exec() && q.next() && q.value(0).toInt() == 1;
            }(),
            15000);
    }

    // The Manage pane's Settings, end to end: Ada's CommunitySettings saves only the tagline,
    // hearthd applies it (a new version) and Bo's app receives the new tagline. A save based on
    // a version another of Ada's devices has moved past is refused as a conflict, not applied.
    void anOrganizersSettingsSaveReachesTheMembers() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("settings-server")));
        QUrl url;
        AuthResponse ada, bo;
        QString error;
        QVERIFY2(startWithAdaAndBo(server, &url, &ada, &bo, &error), qPrintable(error));
        const QString guild = newId();
        QVERIFY(sendMutation(url, ada.token, QStringLiteral("community.create"),
                             {{QStringLiteral("id"), guild},
                              {QStringLiteral("slug"), QStringLiteral("kiln-circle")},
                              {QStringLiteral("name"), QStringLiteral("Kiln Circle")},
                              {QStringLiteral("tagline"), QStringLiteral("Firing together")}}));
        QVERIFY(sendMutation(url, bo.token, QStringLiteral("membership.join"),
                             {{QStringLiteral("communityId"), guild}}));

        App adaApp, boApp;
        QVERIFY2(
            adaApp.open(m_dir.filePath(QStringLiteral("ada-settings.sqlite")), ada, url, &error),
            qPrintable(error));
        QVERIFY2(boApp.open(m_dir.filePath(QStringLiteral("bo-settings.sqlite")), bo, url, &error),
                 qPrintable(error));
        CommunityListModel boRail;
        boRail.setStore(boApp.store.get());
        QTRY_COMPARE_WITH_TIMEOUT(railValue(boRail, guild, CommunityListModel::JoinedRole).toBool(),
                                  true, 15000);

        CommunitySettings settings;
        settings.setStore(adaApp.store.get());
        settings.setCommunityId(guild);
        QTRY_VERIFY_WITH_TIMEOUT(settings.loaded() && settings.seatsTaken() == 2, 15000);
        QCOMPARE(settings.tagline(), QStringLiteral("Firing together"));
        QCOMPARE(settings.version(), 1);
        const QVariantMap form{{QStringLiteral("name"), settings.name()},
                               {QStringLiteral("tagline"), QStringLiteral("Firing on Fridays")},
                               {QStringLiteral("memberCap"), settings.memberCap()}};
        QVERIFY(!settings.save(form, false).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(settings.saveState(), CommunitySettings::Applied, 15000);
        QCOMPARE(settings.version(), 2);
        QCOMPARE(settings.tagline(), QStringLiteral("Firing on Fridays"));
        QTRY_COMPARE_WITH_TIMEOUT(
            railValue(boRail, guild, CommunityListModel::TaglineRole).toString(),
            QStringLiteral("Firing on Fridays"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(settings.cachedVersion(), 2, 15000);

        // Ada edits on; meanwhile her other device changes the settings (version 3).
        settings.setEditing(true);
        QVERIFY(sendMutation(url, ada.token, QStringLiteral("community.update"),
                             {{QStringLiteral("id"), guild},
                              {QStringLiteral("version"), 2},
                              {QStringLiteral("welcome"), QStringLiteral("Hello, potters")}}));
        QTRY_COMPARE_WITH_TIMEOUT(settings.cachedVersion(), 3, 15000);
        QCOMPARE(settings.version(), 2);
        QVERIFY(!settings.save({{QStringLiteral("tagline"), QStringLiteral("Kilns!")}}, false)
                     .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(settings.saveState(), CommunitySettings::Refused, 15000);
        QCOMPARE(settings.errorCode(), QString::fromLatin1(hearth::protocol::ErrorCode::Conflict));
        QCOMPARE(adaApp.store->failedMutations().size(), 0); // the refusal is shown, not kept
        QTRY_COMPARE_WITH_TIMEOUT(
            railValue(boRail, guild, CommunityListModel::WelcomeRole).toString(),
            QStringLiteral("Hello, potters"), 15000);
        QCOMPARE(railValue(boRail, guild, CommunityListModel::TaglineRole).toString(),
                 QStringLiteral("Firing on Fridays"));

        // The edits given up, the form follows the cache again.
        settings.setEditing(false);
        QTRY_COMPARE_WITH_TIMEOUT(settings.version(), 3, 15000);
        QCOMPARE(settings.welcome(), QStringLiteral("Hello, potters"));
    }
};

QTEST_MAIN(TestGuidelinesReaccept)
#include "tst_guidelinesreaccept.moc"
