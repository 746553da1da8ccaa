import QtQuick
import QtTest
import Hearth.Ui

// The pages in the signed-in window: the bell and the rail's per-community counts, a
// notification opening its thread in place, the feed header's members and events, a name
// opening a profile, and Back retracing the way; my profile edited from my profile page, and my
// new name shown in the window at once.
TestCase {
    id: testCase
    name: "PagesInHome"
    when: windowShown
    width: 1200
    height: 800
    visible: true

    Component {
        id: homeComponent

        HomePage {
            width: testCase.width
            height: testCase.height
            store: testStore
            displayName: "Sam Rivera"
            handle: "demo"
            syncStatus: SyncStatusPill.State.Online
        }
    }

    function init() {
        testSupport.discardOutbox();
    }

    function createHome() {
        wait(0); // let the previous test's page and its shortcuts go
        const home = createTemporaryObject(homeComponent, testCase);
        verify(home !== null);
        tryCompare(home.rail, "count", 2);
        return home;
    }

    function selectCommunity(home, communityId) {
        verify(home.selectCommunity(communityId));
        compare(home.rail.currentCommunityId, communityId);
    }

    function railRow(home, communityId) {
        const list = findChild(home.rail, "communityList");
        list.forceLayout();
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i);
            if (item && item.communityId === communityId)
                return item;
        }
        return null;
    }

    function test_theBellAndTheRailCountUnread() {
        const home = createHome();
        const bell = findChild(home.rail, "notificationBell");
        tryCompare(bell, "unreadCount", 3);
        verify(findChild(bell, "unreadBadge").visible);
        const makers = findChild(railRow(home, fixture.makers), "communityUnread");
        compare(makers.unread, 2);
        verify(makers.visible);
        compare(findChild(railRow(home, fixture.trail), "communityUnread").unread, 1);

        mouseClick(bell);
        compare(home.view, "notifications");
        verify(home.notificationsPage.visible);
        verify(!home.feedPage.visible);
        verify(bell.active);
    }

    function test_aNotificationOpensItsThreadInPlace() {
        const home = createHome();
        selectCommunity(home, fixture.trail);
        home.openNotifications();
        const list = home.notificationsPage.list;
        tryVerify(() => list.count === 5);
        list.positionViewAtBeginning();
        list.forceLayout();
        mouseClick(list.itemAtIndex(0));
        compare(home.rail.currentCommunityId, fixture.makers, "the post's community is selected");
        compare(home.view, "thread");
        verify(home.threadOpen);
        verify(home.threadPage.visible);
        compare(home.threadPage.postId, fixture.myPost);
        tryCompare(home.notifications, "unreadCount", 2);

        // A reminder opens the event; Back returns to the notifications.
        home.openNotifications();
        list.positionViewAtIndex(2, ListView.Contain);
        list.forceLayout();
        mouseClick(list.itemAtIndex(2));
        compare(home.view, "event");
        compare(home.eventDetailPage.details.title, "Tuesday hills — reservoir lane");
        compare(home.eventDetailPage.backLabel, "Notifications");
        keyClick(Qt.Key_Escape);
        compare(home.view, "notifications");
    }

    function test_membersThenAProfileAndBack() {
        const home = createHome();
        selectCommunity(home, fixture.makers);
        mouseClick(findChild(home.feedPage, "membersButton"));
        compare(home.view, "members");
        verify(home.membersPage.visible);
        compare(home.membersPage.communityId, fixture.makers);
        verify(home.membersPage.searchField.activeFocus, "ready to search");
        compare(home.membersPage.backLabel, "Wrenfield Makers");

        tryCompare(home.membersPage.members, "count", 10);
        home.membersPage.list.forceLayout();
        mouseClick(home.membersPage.list.itemAtIndex(0));
        compare(home.view, "profile");
        compare(home.profilePage.profile.displayName, "Maren Holt");
        compare(home.profilePage.backLabel, "Members");

        mouseClick(findChild(home.profilePage, "backButton"));
        compare(home.view, "members");
        mouseClick(findChild(home.membersPage, "backButton"));
        compare(home.view, "feed");
        verify(home.feedPage.visible);
    }

    function test_anAuthorsNameOpensTheirProfile() {
        const home = createHome();
        selectCommunity(home, fixture.makers);
        tryVerify(() => home.feedPage.postCount >= 4);
        home.feedPage.listView.positionViewAtBeginning();
        home.feedPage.listView.forceLayout();
        waitForRendering(home.feedPage);
        let card = null;
        for (let i = 0; i < home.feedPage.postCount && !card; ++i) {
            const item = home.feedPage.listView.itemAtIndex(i);
            if (item && item.authorName === "Ada Whitfield")
                card = item;
        }
        verify(card !== null);
        mouseClick(findChild(card, "postAuthor"));
        compare(home.view, "profile");
        compare(home.profileUserId, fixture.ada);
        compare(home.profilePage.profile.displayName, "Ada Whitfield");

        // A recent post there opens its thread.
        const rows = findChild(home.profilePage, "recentPostList");
        tryVerify(() => home.profilePage.recentPosts.count === 1);
        let first = null;
        for (let i = 0; i < rows.children.length; ++i) {
            if (rows.children[i].delegate === undefined)
                first = rows.children[i];
        }
        home.profilePage.scroller.reveal(first);
        waitForRendering(home.profilePage);
        mouseClick(first);
        verify(home.threadOpen);
        compare(home.threadPage.postId, fixture.askPost);
    }

    function test_eventsFromTheRailAndTheFeed() {
        const home = createHome();
        selectCommunity(home, fixture.makers);
        keyClick(Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier);
        compare(home.view, "events");
        compare(home.eventsPage.communityId, "");
        tryCompare(home.eventsPage.thisWeek, "count", 3);

        home.back();
        mouseClick(findChild(home.feedPage, "eventsButton"));
        compare(home.view, "events");
        compare(home.eventsPage.communityId, fixture.makers);
        tryCompare(home.eventsPage.thisWeek, "count", 2);
        home.eventsPage.focusFirst();
        keyClick(Qt.Key_Return);
        compare(home.view, "event");
        compare(home.eventId, fixture.raku);

        // Switching community leaves the pages.
        selectCommunity(home, fixture.trail);
        compare(home.view, "feed");
        verify(home.feedPage.visible);
    }

    function test_myProfileFromTheKeyboard() {
        const home = createHome();
        keyClick(Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier);
        compare(home.view, "profile");
        verify(home.profilePage.profile.isMe);
    }

    function test_editMyProfileAndSeeMyNewNameAtOnce() {
        const home = createHome();
        keyClick(Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier);
        compare(home.view, "profile");
        const edit = findChild(home.profilePage, "editProfileButton");
        verify(edit.visible, "my own profile offers Edit");
        mouseClick(edit);
        compare(home.view, "editProfile");
        const editor = home.profileEditorPage;
        tryVerify(() => findChild(editor, "displayNameField").input.activeFocus);

        // Escape with nothing changed goes back.
        keyClick(Qt.Key_Escape);
        compare(home.view, "profile");

        mouseClick(edit);
        compare(home.view, "editProfile");
        const name = findChild(editor, "displayNameField");
        name.input.selectAll();
        for (const c of "Sam the Potter")
            keyClick(c);
        // Escape with an edit asks first; Cancel in the question keeps the edit.
        keyClick(Qt.Key_Escape);
        const discard = findChild(editor, "discardProfileDialog");
        tryVerify(() => discard.opened);
        compare(home.view, "editProfile");
        mouseClick(findChild(discard.footer, "cancelButton"));
        tryVerify(() => !discard.visible);
        compare(name.text, "Sam the Potter");

        mouseClick(findChild(editor, "saveButton"));
        compare(home.view, "profile", "saved: back on my profile");
        tryCompare(findChild(home.profilePage, "profileName"), "text", "Sam the Potter");
        compare(home.myName, "Sam the Potter", "the window uses my new name");
        testSupport.waitForWrites();
        compare(testSupport.outbox().filter(r => r.name === "profile.update").length, 1);

        // Someone else's profile offers no Edit.
        home.openProfile(fixture.maren);
        verify(!findChild(home.profilePage, "editProfileButton").visible);
    }

    function test_someoneElsesCommentIsReportedFromTheirThread() {
        const home = createHome();
        selectCommunity(home, fixture.makers);
        home.openPostFromPage(fixture.makers, fixture.jarPost);
        compare(home.view, "thread");
        tryVerify(() => home.threadPage.found);
        verify(findChild(home.threadPage, "otherPostActions").visible, "Maren's post can be reported");
        mouseClick(findChild(home.threadPage, "postReport"));
        const dialog = home.threadPage.reportDialog;
        tryVerify(() => dialog.opened);
        verify(home.popupOpen, "the window's Escape leaves the dialog to close itself");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !dialog.visible);
        compare(home.view, "thread", "Escape closed the question, not the thread");
    }
}
