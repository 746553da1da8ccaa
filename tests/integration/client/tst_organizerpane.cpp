// The organizer's pane end to end against a real hearthd. Sam moderates Maren's request
// community; Sam's app (its cache, its sync engine, the real ManagePage over them) approves a
// join request, bans a member with a reason and creates an invite, and hearthd applies each.
// Ada, a plain member, is offered none of it in her app; when her client forges a ban and an
// invite anyway, hearthd refuses both and her app shows them refused with the server's reason.
// When Maren demotes Sam, Sam's pane stops offering anything.

#include "apicall.h"
#include "hearthdprocess.h"
#include "memberapp.h"

#include "cache/cacheactions.h"
#include "cache/cachestore.h"
#include "models/auditlogmodel.h"
#include "models/communitylistmodel.h"
#include "models/engagementfigures.h"
#include "models/membersmodel.h"
#include "models/outboxmodel.h"
#include "net/syncengine.h"
#include "protocol/inviteargs.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Hearth_UiPlugin)
Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

using hearth::cache::CacheActions;
using hearth::cache::CacheStore;
using hearth::models::AuditLogModel;
using hearth::models::CommunityListModel;
using hearth::models::EngagementFigures;
using hearth::models::MembersModel;
using hearth::models::OutboxModel;
using hearth::net::SyncEngine;
using hearth::testing::HearthdProcess;
using hearth::testing::registerUser;
using hearth::testing::sendMutation;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

using App = hearth::testing::MemberApp;

// My role and state in `communityId` as the app's rail reads them from the cache.
QVariant railValue(CommunityListModel &rail, const QString &communityId, int role) {
    const int row = rail.indexOf(communityId);
    return row < 0 ? QVariant() : rail.data(rail.index(row), role);
}

QVariant memberValue(MembersModel &members, const QString &userId, int role) {
    for (int i = 0; i < members.rowCount(); ++i)
        if (members.data(members.index(i), MembersModel::UserIdRole).toString() == userId)
            return members.data(members.index(i), role);
    return {};
}

// The pane's row for `userId` in the list named `listName` (positioned into view first).
QQuickItem *rowOf(QObject *page, const char *listName, const QString &userId) {
    auto *list = page->findChild<QQuickItem *>(QString::fromLatin1(listName));
    if (!list)
        return nullptr;
    QMetaObject::invokeMethod(list, "forceLayout");
    const int count = list->property("count").toInt();
    for (int i = 0; i < count; ++i) {
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, i), Q_ARG(int, 2));
        QQuickItem *item = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item),
                                  Q_ARG(int, i));
        if (item && item->property("userId").toString() == userId)
            return item;
    }
    return nullptr;
}

bool offered(QQuickItem *row, const char *button) {
    auto *b = row ? row->findChild<QQuickItem *>(QString::fromLatin1(button)) : nullptr;
    return b && b->isVisible() && b->isEnabled();
}

bool click(QQuickItem *row, const char *button) {
    auto *b = row ? row->findChild<QQuickItem *>(QString::fromLatin1(button)) : nullptr;
    return b && QMetaObject::invokeMethod(b, "clicked");
}

} // namespace

class TestOrganizerPane : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QObject> managePage(QQmlEngine &qml, CacheStore *store,
                                        const QString &communityId) {
        QQmlComponent component(&qml);
        component.setData("import QtQuick\nimport Hearth.Ui\n"
                          "ManagePage { width: 1100; height: 800; backLabel: \"Makers\";"
                          " communityName: \"Makers\" }",
                          QUrl(QStringLiteral("qrc:/organizer-pane-test.qml")));
        if (!component.isReady()) {
            qWarning() << component.errorString();
            return {};
        }
        return std::unique_ptr<QObject>(component.createWithInitialProperties(
            {{QStringLiteral("store"), QVariant::fromValue(store)},
             {QStringLiteral("communityId"), communityId}}));
    }

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(m_dir.isValid());
    }

    void aModeratorDecidesAndAMemberIsNeitherOfferedNorAllowed() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QUrl url = server.url();
        const auto maren = registerUser(url, QStringLiteral("maren"));
        const auto sam = registerUser(url, QStringLiteral("sam"));
        const auto ada = registerUser(url, QStringLiteral("ada"));
        const auto cal = registerUser(url, QStringLiteral("cal"));
        const auto tom = registerUser(url, QStringLiteral("tom"));
        for (const auto &u : {maren, sam, ada, cal, tom})
            QVERIFY(!u.token.isEmpty());

        // Maren's request community: Sam moderates it, Ada and Tom are members, Cal asks in.
        const QString makers = newId();
        QVERIFY(sendMutation(url, maren.token, QStringLiteral("community.create"),
                             {{QStringLiteral("id"), makers},
                              {QStringLiteral("slug"), QStringLiteral("makers")},
                              {QStringLiteral("name"), QStringLiteral("Makers")},
                              {QStringLiteral("visibility"), QStringLiteral("request")}}));
        for (const auto &u : {sam, ada, tom}) {
            QVERIFY(sendMutation(url, u.token, QStringLiteral("membership.join"),
                                 {{QStringLiteral("communityId"), makers}}));
            QVERIFY(sendMutation(
                url, maren.token, QStringLiteral("membership.approve"),
                {{QStringLiteral("communityId"), makers}, {QStringLiteral("userId"), u.userId}}));
        }
        QVERIFY(sendMutation(url, maren.token, QStringLiteral("membership.setRole"),
                             {{QStringLiteral("communityId"), makers},
                              {QStringLiteral("userId"), sam.userId},
                              {QStringLiteral("role"), QStringLiteral("moderator")}}));
        QVERIFY(sendMutation(url, cal.token, QStringLiteral("membership.join"),
                             {{QStringLiteral("communityId"), makers}}));

        App samApp, adaApp;
        QVERIFY2(samApp.open(m_dir.filePath(QStringLiteral("sam.sqlite")), sam, url, &error),
                 qPrintable(error));
        QVERIFY2(adaApp.open(m_dir.filePath(QStringLiteral("ada.sqlite")), ada, url, &error),
                 qPrintable(error));

        QQmlEngine qml;
        qml.addImportPath(QStringLiteral("qrc:/"));

        // ---- Sam's app: the pane, with rights from Sam's own synced membership ----
        CommunityListModel samRail;
        samRail.setStore(samApp.store.get());
        QTRY_COMPARE_WITH_TIMEOUT(
            railValue(samRail, makers, CommunityListModel::RoleRole).toString(),
            QStringLiteral("moderator"), 15000);
        auto samPage = managePage(qml, samApp.store.get(), makers);
        QVERIFY(samPage);
        // In a window, as in the app: the confirmations are popups.
        QQuickWindow samWindow;
        samWindow.resize(1100, 800);
        qobject_cast<QQuickItem *>(samPage.get())->setParentItem(samWindow.contentItem());
        samWindow.show();
        samPage->setProperty("myRole", railValue(samRail, makers, CommunityListModel::RoleRole));
        samPage->setProperty("myState",
                             railValue(samRail, makers, CommunityListModel::MembershipStateRole));
        QObject *rights = samPage->property("rights").value<QObject *>();
        QVERIFY(rights && rights->property("isOrganizer").toBool());

        // The join request arrived through the organizer window: approve it.
        QVERIFY(QMetaObject::invokeMethod(samPage.get(), "showSection",
                                          Q_ARG(QString, QStringLiteral("requests"))));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(samPage.get(), "requestList", cal.userId), 15000);
        QQuickItem *request = rowOf(samPage.get(), "requestList", cal.userId);
        QVERIFY(offered(request, "approveButton"));
        QVERIFY(click(request, "approveButton"));
        samApp.store->waitForWrites(); // in the outbox before "nothing unsent" can mean "sent"
        QTRY_COMPARE_WITH_TIMEOUT(samApp.store->unsentCount(), 0, 15000);

        auto *members = samPage->findChild<QObject *>(QStringLiteral("adminMemberList"))
                            ->property("model")
                            .value<MembersModel *>();
        QVERIFY(members);
        QTRY_COMPARE_WITH_TIMEOUT(
            memberValue(*members, cal.userId, MembersModel::StateRole).toString(),
            QStringLiteral("active"), 15000);

        // Ban Tom, with a reason, through the confirmation.
        QVERIFY(QMetaObject::invokeMethod(samPage.get(), "showSection",
                                          Q_ARG(QString, QStringLiteral("members"))));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(samPage.get(), "adminMemberList", tom.userId), 15000);
        QQuickItem *tomRow = rowOf(samPage.get(), "adminMemberList", tom.userId);
        QVERIFY(offered(tomRow, "banButton"));
        // Not on the owner, nor on myself.
        QVERIFY(!offered(rowOf(samPage.get(), "adminMemberList", maren.userId), "banButton"));
        QVERIFY(!offered(rowOf(samPage.get(), "adminMemberList", sam.userId), "removeButton"));
        QVERIFY(click(tomRow, "banButton"));
        auto *dialog = samPage->findChild<QObject *>(QStringLiteral("memberReasonDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        dialog->property("reasonField")
            .value<QObject *>()
            ->setProperty("text", QStringLiteral("selling in every thread"));
        QVERIFY(QMetaObject::invokeMethod(dialog, "confirm"));
        samApp.store->waitForWrites();
        QTRY_COMPARE_WITH_TIMEOUT(samApp.store->unsentCount(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            memberValue(*members, tom.userId, MembersModel::StateRole).toString(),
            QStringLiteral("banned"), 15000);
        QVERIFY(offered(rowOf(samPage.get(), "adminMemberList", tom.userId), "unbanButton"));

        // An invite, as the pane's organizer may create one: hearthd applies it.
        QVERIFY(rights->property("canManageInvites").toBool());
        hearth::protocol::InviteCreateArgs invite;
        invite.id = newId();
        invite.communityId = makers;
        invite.maxUses = 5;
        QVERIFY(!CacheActions(samApp.store.get()).send(invite).isEmpty());
        samApp.store->waitForWrites();
        QTRY_COMPARE_WITH_TIMEOUT(samApp.store->unsentCount(), 0, 15000);
        OutboxModel samOutbox;
        samOutbox.setStore(samApp.store.get());
        QCOMPARE(samOutbox.failedCount(), 0);

        // The audit log, fetched from hearthd when its section opens: Sam's ban, with its
        // reason, newest first, and the approvals and role change before it.
        QVERIFY(QMetaObject::invokeMethod(samPage.get(), "showSection",
                                          Q_ARG(QString, QStringLiteral("audit"))));
        auto *auditList = samPage->findChild<QObject *>(QStringLiteral("auditList"));
        QVERIFY(auditList);
        auto *audit = auditList->property("model").value<AuditLogModel *>();
        QVERIFY(audit);
        QTRY_VERIFY_WITH_TIMEOUT(audit->fetchedAt() > 0, 15000);
        QVERIFY2(audit->error().isEmpty(), qPrintable(audit->error()));
        QStringList summaries;
        for (int i = 0; i < audit->rowCount(); ++i)
            summaries.append(audit->data(audit->index(i), AuditLogModel::SummaryRole).toString());
        QCOMPARE(summaries.value(0), QStringLiteral("%1 made an invite").arg(sam.displayName));
        QCOMPARE(summaries.value(1),
                 QStringLiteral("%1 banned %2").arg(sam.displayName, tom.displayName));
        QCOMPARE(audit->data(audit->index(1), AuditLogModel::ReasonRole).toString(),
                 QStringLiteral("selling in every thread"));
        QVERIFY2(summaries.contains(
                     QStringLiteral("%1 let %2 in").arg(sam.displayName, cal.displayName)),
                 qPrintable(summaries.join(QLatin1String(" | "))));
        QVERIFY2(
            summaries.contains(
                QStringLiteral("%1 made %2 a moderator").arg(maren.displayName, sam.displayName)),
            qPrintable(summaries.join(QLatin1String(" | "))));

        // Engagement, fetched from hearthd when its section opens: twelve weeks, the members
        // now; a thank-you posted from it reaches hearthd like any post.
        QVERIFY(QMetaObject::invokeMethod(samPage.get(), "showSection",
                                          Q_ARG(QString, QStringLiteral("engagement"))));
        auto *engagement = samPage->property("engagementSection")
                               .value<QObject *>()
                               ->property("figures")
                               .value<EngagementFigures *>();
        QVERIFY(engagement);
        QTRY_VERIFY_WITH_TIMEOUT(engagement->fetchedAt() > 0 && !engagement->loading(), 15000);
        QVERIFY2(engagement->error().isEmpty(), qPrintable(engagement->error()));
        QCOMPARE(engagement->weekStarts().size(), 12);
        QVERIFY2(engagement->weeklyMembers().last().toInt() >= 3,
                 qPrintable(engagement->weeklyMembers().last().toString()));
        QVERIFY(!engagement->post(QStringLiteral("Thank you!"), engagement->thanksDraft(cal.userId))
                     .isEmpty());
        samApp.store->waitForWrites();
        QTRY_COMPARE_WITH_TIMEOUT(samApp.store->unsentCount(), 0, 15000);
        QCOMPARE(samOutbox.failedCount(), 0);

        // ---- Ada's app: a member, offered nothing ----
        CommunityListModel adaRail;
        adaRail.setStore(adaApp.store.get());
        QTRY_COMPARE_WITH_TIMEOUT(
            railValue(adaRail, makers, CommunityListModel::RoleRole).toString(),
            QStringLiteral("member"), 15000);
        auto adaPage = managePage(qml, adaApp.store.get(), makers);
        QVERIFY(adaPage);
        adaPage->setProperty("myRole", railValue(adaRail, makers, CommunityListModel::RoleRole));
        adaPage->setProperty("myState",
                             railValue(adaRail, makers, CommunityListModel::MembershipStateRole));
        QObject *adaRights = adaPage->property("rights").value<QObject *>();
        QVERIFY(!adaRights->property("isOrganizer").toBool());
        QVERIFY(!adaRights->property("canManageInvites").toBool());
        QVERIFY(adaPage->findChild<QQuickItem *>(QStringLiteral("notOrganizerState"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(adaPage.get(), "adminMemberList", cal.userId), 15000);
        QQuickItem *calForAda = rowOf(adaPage.get(), "adminMemberList", cal.userId);
        for (const char *button : {"removeButton", "banButton", "roleButton", "approveButton"})
            QVERIFY2(!offered(calForAda, button), button);

        // Her client forges a ban of Cal and an invite all the same: hearthd refuses both, and
        // her app shows them refused, with the server's reason, on Cal and in the outbox.
        CacheActions(adaApp.store.get()).ban(makers, cal.userId, QStringLiteral("forged"));
        hearth::protocol::InviteCreateArgs forgedInvite;
        forgedInvite.id = newId();
        forgedInvite.communityId = makers;
        CacheActions(adaApp.store.get()).send(forgedInvite);
        OutboxModel adaOutbox;
        adaOutbox.setStore(adaApp.store.get());
        QTRY_COMPARE_WITH_TIMEOUT(adaOutbox.failedCount(), 2, 15000);
        for (int i = 0; i < adaOutbox.rowCount(); ++i)
            QCOMPARE(adaOutbox.data(adaOutbox.index(i), OutboxModel::ErrorCodeRole).toString(),
                     QStringLiteral("forbidden"));
        auto *adaMembers = adaPage->findChild<QObject *>(QStringLiteral("adminMemberList"))
                               ->property("model")
                               .value<MembersModel *>();
        QTRY_VERIFY_WITH_TIMEOUT(
            memberValue(*adaMembers, cal.userId, MembersModel::DecisionFailedRole).toBool(), 15000);
        QCOMPARE(memberValue(*adaMembers, cal.userId, MembersModel::DecisionErrorRole).toString(),
                 QStringLiteral("only owners and moderators can do this"));
        QCOMPARE(memberValue(*adaMembers, cal.userId, MembersModel::StateRole).toString(),
                 QStringLiteral("active"));
        auto *note = rowOf(adaPage.get(), "adminMemberList", cal.userId)
                         ->findChild<QObject *>(QStringLiteral("decisionText"));
        QVERIFY(note);
        QCOMPARE(
            note->property("text").toString(),
            QStringLiteral("Ban refused by the server: only owners and moderators can do this"));

        // The audit log is the organizers': hearthd refuses Ada's fetch, and her pane says why.
        AuditLogModel adaAudit;
        adaAudit.setStore(adaApp.store.get());
        adaAudit.setCommunityId(makers);
        adaAudit.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!adaAudit.loading(), 15000);
        QVERIFY2(!adaAudit.error().isEmpty(), "a member's fetch of the audit log is refused");
        QCOMPARE(adaAudit.rowCount(), 0);
        // So are the engagement figures.
        EngagementFigures adaFigures;
        adaFigures.setStore(adaApp.store.get());
        adaFigures.setCommunityId(makers);
        adaFigures.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!adaFigures.loading(), 15000);
        QVERIFY2(!adaFigures.error().isEmpty(), "a member's fetch of the figures is refused");
        QCOMPARE(adaFigures.fetchedAt(), 0.0);

        // ---- Maren demotes Sam: Sam's pane follows Sam's synced role and offers nothing ----
        QVERIFY(sendMutation(url, maren.token, QStringLiteral("membership.setRole"),
                             {{QStringLiteral("communityId"), makers},
                              {QStringLiteral("userId"), sam.userId},
                              {QStringLiteral("role"), QStringLiteral("member")}}));
        QTRY_COMPARE_WITH_TIMEOUT(
            railValue(samRail, makers, CommunityListModel::RoleRole).toString(),
            QStringLiteral("member"), 15000);
        samPage->setProperty("myRole", railValue(samRail, makers, CommunityListModel::RoleRole));
        QVERIFY(!rights->property("isOrganizer").toBool());
        QVERIFY(samPage->findChild<QQuickItem *>(QStringLiteral("notOrganizerState"))->isVisible());

        samApp.engine.stop();
        adaApp.engine.stop();
    }
};

QTEST_MAIN(TestOrganizerPane)
#include "tst_organizerpane.moc"
