import QtQuick
import QtTest
import Hearth.Ui

// A community's member directory over a realistic cache: organizers first with their badges,
// search by name or handle, and a member's profile opened by click, Enter, or from the search.
TestCase {
    id: testCase
    name: "MembersPage"
    when: windowShown
    width: 900
    height: 800
    visible: true

    Component {
        id: membersComponent

        MembersPage {
            width: testCase.width
            height: testCase.height
            store: testStore
            communityId: fixture.makers
            communityName: "Wrenfield Makers"
            backLabel: "Wrenfield Makers"
        }
    }

    SignalSpy {
        id: profileSpy
        signalName: "profileRequested"
    }

    function createPage() {
        const page = createTemporaryObject(membersComponent, testCase);
        verify(page !== null);
        profileSpy.clear();
        profileSpy.target = page;
        tryCompare(page.members, "count", 10);
        return page;
    }

    function row(page, index) {
        page.list.positionViewAtIndex(index, ListView.Contain);
        page.list.forceLayout();
        const item = page.list.itemAtIndex(index);
        verify(item !== null, "a row at " + index);
        return item;
    }

    function test_organizersFirstWithBadges() {
        const page = createPage();
        compare(findChild(page, "pageSubtitle").text, "10 members in Wrenfield Makers");
        const owner = row(page, 0);
        compare(owner.displayName, "Maren Holt");
        compare(owner.handle, "maren.clay");
        compare(findChild(owner, "roleBadge").visible, true);
        compare(findChild(owner, "roleBadge").role, "owner");
        const moderator = row(page, 1);
        compare(moderator.displayName, "Ada Whitfield");
        compare(findChild(moderator, "roleBadge").role, "moderator");
        const member = row(page, 2);
        compare(member.role, "member");
        verify(!findChild(member, "roleBadge").visible, "plain members carry no badge");
        compare(findChild(member, "memberBio").text.length > 0, member.bio.length > 0);
        // Me, marked.
        let me = null;
        for (let i = 0; i < page.list.count; ++i) {
            if (row(page, i).isMe)
                me = row(page, i);
        }
        verify(me !== null);
        compare(me.displayName, "Sam Rivera");
    }

    function test_searchByNameOrHandle() {
        const page = createPage();
        page.searchField.forceActiveFocus();
        keyClick(Qt.Key_W);
        keyClick(Qt.Key_R);
        keyClick(Qt.Key_E);
        tryCompare(page.members, "count", 1);
        compare(row(page, 0).displayName, "Tobias Wren");
        compare(findChild(page, "pageSubtitle").text, "1 of 10 members in Wrenfield Makers");

        // A handle matches too, any case.
        page.searchField.text = "DYES";
        tryCompare(page.members, "count", 1);
        compare(row(page, 0).displayName, "Bea Lindqvist");

        // Enter opens the best match.
        page.searchField.forceActiveFocus();
        keyClick(Qt.Key_Return);
        compare(profileSpy.count, 1);

        page.searchField.text = "zzz";
        tryCompare(page.members, "count", 0);
        const empty = findChild(page, "membersEmptyState");
        verify(empty.visible);
        compare(findChild(page, "membersEmptyText").text, "Nobody called “zzz” here");

        // Escape clears the search first.
        page.searchField.forceActiveFocus();
        keyClick(Qt.Key_Escape);
        compare(page.searchField.text, "");
        tryCompare(page.members, "count", 10);
    }

    function test_openingAProfile() {
        const page = createPage();
        mouseClick(row(page, 1));
        compare(profileSpy.count, 1);
        compare(profileSpy.signalArguments[0][0], fixture.ada);

        // Down from the search moves into the list; Enter opens the current member.
        page.searchField.forceActiveFocus();
        keyClick(Qt.Key_Down);
        verify(page.list.activeFocus);
        compare(page.list.currentIndex, 0);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        compare(profileSpy.count, 2);
        compare(profileSpy.signalArguments[1][0], fixture.ada);
        // Up from the top returns to the search.
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        verify(page.searchField.activeFocus);
    }
}
