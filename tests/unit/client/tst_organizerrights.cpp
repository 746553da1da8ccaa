// OrganizerRights, the client's copy of who may do what as an organizer, checked against the
// real thing: hearthd's Policy for every role and state, and the rank rule of its moderation
// mutations. If the server's rules change and the client's do not, this fails.

#include "server/domain/policy.h"
#include "ui/organizerrights.h"

#include <QSignalSpy>
#include <QTest>

using hearth::ui::OrganizerRights;
using hearthd::Policy;

namespace {

std::optional<hearth::protocol::Membership> membership(const QString &role, const QString &state) {
    if (role.isEmpty())
        return std::nullopt;
    hearth::protocol::Membership m;
    m.communityId = QStringLiteral("c");
    m.userId = QStringLiteral("me");
    m.role = role;
    m.state = state;
    return m;
}

bool allowed(Policy::Action action, const QString &role, const QString &state) {
    return !Policy::check(action, membership(role, state)).has_value();
}

} // namespace

class TestOrganizerRights : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesServerPolicy_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("state");
        for (const char *role : {"", "member", "moderator", "owner"})
            for (const char *state : {"active", "pending", "banned"}) {
                if (!*role && QByteArray(state) != "active")
                    continue;
                QTest::addRow("%s/%s", *role ? role : "none", state)
                    << QString::fromLatin1(role) << QString::fromLatin1(state);
            }
    }

    void matchesServerPolicy() {
        QFETCH(QString, role);
        QFETCH(QString, state);
        OrganizerRights rights;
        rights.setRole(role);
        rights.setState(role.isEmpty() ? QString() : state);
        QCOMPARE(rights.isOrganizer(), Policy::isOrganizer(membership(role, state)));
        QCOMPARE(rights.property("canModerate").toBool(),
                 allowed(Policy::Action::Moderate, role, state));
        QCOMPARE(rights.canChangeRoles(), allowed(Policy::Action::ChangeRole, role, state));
        QCOMPARE(rights.property("canManageInvites").toBool(),
                 allowed(Policy::Action::ManageInvites, role, state));
        QCOMPARE(rights.property("canResolveReports").toBool(),
                 allowed(Policy::Action::ResolveReports, role, state));
        QCOMPARE(rights.property("canPin").toBool(), allowed(Policy::Action::Pin, role, state));
        QCOMPARE(rights.property("canEditSettings").toBool(),
                 allowed(Policy::Action::ManageSettings, role, state));
        QCOMPARE(rights.property("canEditOwnerSettings").toBool(),
                 allowed(Policy::Action::ManageOwnerSettings, role, state));
    }

    // membership.remove / ban: an organizer acts on someone of a lower rank, never on themselves
    // (ModerationMutations' outranks()).
    void actsOnLowerRanksOnly() {
        OrganizerRights rights;
        rights.setState(QStringLiteral("active"));
        rights.setRole(QStringLiteral("moderator"));
        QVERIFY(rights.canActOn(QStringLiteral("member"), false));
        QVERIFY(rights.canActOn(QString(), false)); // a pre-emptive ban of a non-member
        QVERIFY(!rights.canActOn(QStringLiteral("moderator"), false));
        QVERIFY(!rights.canActOn(QStringLiteral("owner"), false));
        QVERIFY(!rights.canActOn(QStringLiteral("member"), true));
        QVERIFY(!rights.canChangeRoleOf(false));

        rights.setRole(QStringLiteral("owner"));
        QVERIFY(rights.canActOn(QStringLiteral("moderator"), false));
        QVERIFY(!rights.canActOn(QStringLiteral("owner"), false));
        QVERIFY(rights.canChangeRoleOf(false));
        QVERIFY(!rights.canChangeRoleOf(true));

        rights.setRole(QStringLiteral("member"));
        QVERIFY(!rights.canActOn(QString(), false));
        // A banned or pending owner is no organizer at all.
        rights.setRole(QStringLiteral("owner"));
        rights.setState(QStringLiteral("banned"));
        QVERIFY(!rights.canActOn(QStringLiteral("member"), false));
        QVERIFY(!rights.canChangeRoleOf(false));
    }

    // Bindings in QML follow a role change (e.g. I was demoted while the pane was open).
    void notifiesWhenMyRoleChanges() {
        OrganizerRights rights;
        QSignalSpy spy(&rights, &OrganizerRights::changed);
        rights.setState(QStringLiteral("active"));
        rights.setRole(QStringLiteral("moderator"));
        QVERIFY(rights.isOrganizer());
        rights.setRole(QStringLiteral("member"));
        QVERIFY(!rights.isOrganizer());
        rights.setRole(QStringLiteral("member"));
        QCOMPARE(spy.count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOrganizerRights)
#include "tst_organizerrights.moc"
