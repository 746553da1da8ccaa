// Who may do what, as a matrix: every membership state and role against every community action.

#include "server/domain/policy.h"

#include "protocol/apierror.h"

#include <QTest>

using hearthd::Policy;
using Action = hearthd::Policy::Action;
using hearth::protocol::Membership;

Q_DECLARE_METATYPE(Action)

class TestServerPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matrix_data() {
        QTest::addColumn<QString>("who"); // "none" or "<state>/<role>"
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");

        struct Row {
            const char *action;
            Action value;
            // none, pending, banned, member, moderator, owner
            bool allowed[6];
        };
        const Row rows[] = {
            {"create post", Action::CreatePost, {false, false, false, true, true, true}},
            {"announce", Action::CreateAnnouncement, {false, false, false, false, true, true}},
            {"comment", Action::Comment, {false, false, false, true, true, true}},
            {"comment locked", Action::CommentOnLocked, {false, false, false, false, true, true}},
            {"edit own", Action::EditOwn, {false, false, false, true, true, true}},
            {"delete own", Action::DeleteOwn, {false, false, false, true, true, true}},
            {"delete any", Action::DeleteAny, {false, false, false, false, true, true}},
            {"pin", Action::Pin, {false, false, false, false, true, true}},
            {"moderate", Action::Moderate, {false, false, false, false, true, true}},
            {"change role", Action::ChangeRole, {false, false, false, false, false, true}},
            {"leave", Action::Leave, {false, true, false, true, true, true}},
            {"react", Action::React, {false, false, false, true, true, true}},
            {"rsvp", Action::Rsvp, {false, false, false, true, true, true}},
            {"manage events", Action::ManageEvents, {false, false, false, false, true, true}},
            {"manage invites", Action::ManageInvites, {false, false, false, false, true, true}},
            {"report", Action::Report, {false, false, false, true, true, true}},
            {"resolve reports", Action::ResolveReports, {false, false, false, false, true, true}},
            {"view engagement", Action::ViewEngagement, {false, false, false, false, true, true}},
        };
        const char *who[] = {"none",          "pending/member",   "banned/member",
                             "active/member", "active/moderator", "active/owner"};
        for (const Row &row : rows) {
            for (int i = 0; i < 6; ++i)
                QTest::addRow("%s by %s", row.action, who[i])
                    << QString::fromLatin1(who[i]) << row.value << row.allowed[i];
        }
    }

    void matrix() {
        QFETCH(QString, who);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        std::optional<Membership> m;
        if (who != QStringLiteral("none")) {
            m = Membership{};
            m->state = who.section(QLatin1Char('/'), 0, 0);
            m->role = who.section(QLatin1Char('/'), 1, 1);
        }
        const auto denied = Policy::check(action, m);
        QCOMPARE(!denied.has_value(), allowed);
        if (denied)
            QVERIFY(!denied->message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerPolicy)
#include "tst_server_policy.moc"
