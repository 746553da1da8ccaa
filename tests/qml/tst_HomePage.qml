import QtQuick
import QtTest
import Hearth.Ui

// The signed-in layout over this file's cache: the rail lists the cached communities (a pending
// join request says so, and offers no composer), the keyboard switches between them, opens the
// composer, the shortcut sheet, the outbox and settings, and Escape closes whatever is open. The
// offline notice floats over the content without moving it; signing out with unsent writes asks
// first.
TestCase {
    id: testCase
    name: "HomePage"
    when: windowShown
    width: 1100
    height: 760
    visible: true

    Preferences {
        id: testPreferences
    }

    Component {
        id: homeComponent

        HomePage {
            width: testCase.width
            height: testCase.height
            store: testStore
            displayName: "Mara Quinn"
            handle: "mara"
            serverUrl: "http://127.0.0.1:8787"
            preferences: testPreferences
            syncStatus: SyncStatusPill.State.Offline
            unsentCount: 2
        }
    }

    SignalSpy {
        id: signOutSpy
        signalName: "signOutRequested"
    }

    function createHome(properties) {
        // Let the previous test's page go, or its shortcuts would make these ambiguous.
        wait(0);
        const home = createTemporaryObject(homeComponent, testCase, properties || {});
        verify(home !== null, "HomePage loads");
        tryCompare(home.rail, "count", 3);
        signOutSpy.clear();
        signOutSpy.target = home;
        return home;
    }

    function railIndexOf(home, communityId) {
        return home.rail.communities.indexOf(communityId);
    }

    function test_railListsCommunitiesAndSelectsTheFirst() {
        testPreferences.forgetAccount("mara@http://127.0.0.1:8787");
        const home = createHome();
        compare(home.rail.currentIndex, 0, "the first community in the rail, not the first synced");
        compare(home.rail.currentCommunityId, home.rail.communities.communityIdAt(0));
        verify(home.feedPage.visible);
        compare(home.feedPage.communityName, home.rail.currentName);
        compare(findChild(home, "accountName").text, "Mara Quinn");
    }

    function test_lastCommunityShownComesBack() {
        let home = createHome();
        home.rail.selectIndex(railIndexOf(home, testSecondCommunityId));
        compare(testPreferences.lastCommunity("mara@http://127.0.0.1:8787"), testSecondCommunityId);
        home.destroy();
        home = createHome();
        compare(home.rail.currentCommunityId, testSecondCommunityId, "the last community shown");
        testPreferences.forgetAccount("mara@http://127.0.0.1:8787");
    }

    function test_pendingJoinRequestIsNotAMembership() {
        const home = createHome();
        home.rail.selectIndex(railIndexOf(home, testPendingCommunityId));
        compare(home.rail.currentMembershipState, "pending");
        const row = home.rail.list.currentItem;
        compare(findChild(row, "communitySubtitle").text, "Request pending");
        verify(row.Accessible.name.indexOf("join request pending") >= 0);
        verify(!home.feedPage.composer.visible, "nothing to write before an organizer accepts");
        const empty = findChild(home.feedPage, "emptyState");
        verify(empty.visible);
        compare(empty.title, "Your request to join is waiting");
        // Ctrl+N does not open a composer the server would refuse.
        keyClick(Qt.Key_N, Qt.ControlModifier);
        verify(!home.feedPage.composer.expanded);
    }

    function test_ctrlNumberSwitchesCommunity() {
        const home = createHome();
        const ridge = railIndexOf(home, testCommunityId);
        const makers = railIndexOf(home, testSecondCommunityId);
        verify(ridge >= 0 && makers >= 0);

        keyClick(Qt.Key_1 + ridge, Qt.ControlModifier);
        compare(home.rail.currentCommunityId, testCommunityId);
        compare(home.feedPage.communityName, "Ridge Runners");
        compare(findChild(home.feedPage, "communityTagline").text, "Trail running on the hills around town");
        tryVerify(() => home.feedPage.postCount >= 5);

        keyClick(Qt.Key_1 + makers, Qt.ControlModifier);
        compare(home.rail.currentCommunityId, testSecondCommunityId);
        compare(home.feedPage.communityName, "Kiln & Loom Collective");
        tryCompare(home.feedPage, "postCount", 0);
        verify(findChild(home.feedPage, "emptyState").visible, "an empty community says so");
        verify(home.feedPage.canAnnounce, "an owner may post announcements");

        // Ctrl+9 with three communities changes nothing
        keyClick(Qt.Key_9, Qt.ControlModifier);
        compare(home.rail.currentCommunityId, testSecondCommunityId);
    }

    function test_railTakesTheKeyboard() {
        const home = createHome();
        home.rail.selectIndex(0);
        home.rail.list.forceActiveFocus(Qt.TabFocusReason);
        verify(home.rail.list.activeFocus);
        const first = home.rail.list.currentItem;
        verify(first.background.border.color === Theme.focusRing, "the current community shows the focus");
        keyClick(Qt.Key_Down);
        compare(home.rail.currentIndex, 1, "Down chooses the next community");
        compare(home.rail.currentCommunityId, home.rail.communities.communityIdAt(1));
        keyClick(Qt.Key_Up);
        compare(home.rail.currentIndex, 0);
        keyClick(Qt.Key_Return);
        verify(!home.rail.list.activeFocus, "Enter goes to the community's content");
    }

    function test_ctrlNFocusesComposerAndEscapeFoldsIt() {
        const home = createHome();
        home.rail.selectIndex(railIndexOf(home, testCommunityId));
        const body = findChild(home.feedPage.composer, "composerBody");
        verify(!body.activeFocus);
        keyClick(Qt.Key_N, Qt.ControlModifier);
        verify(body.activeFocus);
        verify(home.feedPage.composer.expanded);
        home.feedPage.composer.kind = "question";
        keyClick(Qt.Key_Escape);
        verify(!home.feedPage.composer.expanded, "Escape folds an empty composer");
        compare(home.feedPage.composer.kind, "discussion", "and forgets the kind chosen for it");
    }

    function test_escapeClosesWhatIsOpenFromAnywhere() {
        const home = createHome();
        home.rail.selectIndex(railIndexOf(home, testCommunityId));
        home.openSettings("");
        compare(home.view, "settings");
        home.openOutbox();
        compare(home.view, "outbox");
        // Focus is nowhere near a text field.
        home.forceActiveFocus();
        keyClick(Qt.Key_Escape);
        compare(home.view, "settings", "back one step");
        keyClick(Qt.Key_Escape);
        compare(home.view, "feed");
        verify(home.feedPage.visible);
    }

    function test_shortcutSheetOpensAndCloses() {
        const home = createHome();
        keyClick(Qt.Key_F1);
        tryVerify(() => home.shortcutSheet.opened);
        verify(findChild(home.shortcutSheet.contentItem, "sheetTitle").text === "Keyboard shortcuts");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !home.shortcutSheet.visible);
        compare(home.view, "feed", "Escape closed the sheet only");
        keyClick(Qt.Key_Slash, Qt.ControlModifier);
        tryVerify(() => home.shortcutSheet.opened, 2000, "Ctrl+/ opens it too");
        home.shortcutSheet.close();
    }

    function test_outboxAndSettingsByKeyboard() {
        const home = createHome();
        keyClick(Qt.Key_O, Qt.ControlModifier | Qt.ShiftModifier);
        compare(home.view, "outbox");
        verify(home.outboxPage.visible);
        keyClick(Qt.Key_Comma, Qt.ControlModifier);
        compare(home.view, "settings");
        verify(home.settingsPage.visible);
        // The status pill opens the outbox too.
        home.showFeed();
        mouseClick(findChild(home.rail, "syncStatus"));
        compare(home.view, "outbox");
    }

    function test_offlineNoticeFloatsWithoutMovingTheFeed() {
        const home = createHome({ syncStatus: SyncStatusPill.State.Online, unsentCount: 0 });
        home.rail.selectIndex(railIndexOf(home, testCommunityId));
        tryVerify(() => home.feedPage.postCount >= 5);
        const banner = findChild(home, "offlineBanner");
        verify(!banner.visible);
        const list = home.feedPage.listView;
        const before = list.mapToItem(home, 0, 0);
        const first = list.itemAtIndex(0).mapToItem(home, 0, 0);

        home.syncStatus = SyncStatusPill.State.Offline;
        home.unsentCount = 2;
        verify(banner.visible);
        verify(banner.Accessible.name.indexOf("2 unsent changes") >= 0);
        compare(list.mapToItem(home, 0, 0).y, before.y, "the feed does not move");
        compare(list.itemAtIndex(0).mapToItem(home, 0, 0).y, first.y, "nor do its posts");
        compare(findChild(home, "syncStatus").text, "Offline — 2 unsent");
    }

    // The notice floats over every page; each page's scrolling content ends above it, so the
    // last outbox entry (or member, result, event...) can be scrolled clear of it.
    function test_pagesScrollClearOfTheOfflineNotice() {
        const home = createHome({ syncStatus: SyncStatusPill.State.Offline, unsentCount: 1 });
        const banner = findChild(home, "offlineBanner");
        verify(banner.visible);
        const inset = banner.height + Theme.spacingL;
        const pages = { feed: home.feedPage, outbox: home.outboxPage, search: home.searchPage,
                        members: home.membersPage, events: home.eventsPage,
                        event: home.eventDetailPage, profile: home.profilePage,
                        notifications: home.notificationsPage };
        for (const name in pages)
            compare(pages[name].overlayHeight, inset, name);
        keyClick(Qt.Key_O, Qt.ControlModifier | Qt.ShiftModifier);
        compare(home.view, "outbox");
        const scroll = findChild(home.outboxPage, "outboxScroll");
        tryVerify(() => scroll.height > 0);
        scroll.contentY = Math.max(0, scroll.contentHeight - scroll.height);
        const column = scroll.contentItem.children[0];
        const contentEnd = column.mapToItem(home, 0, column.height).y;
        verify(contentEnd <= banner.mapToItem(home, 0, 0).y,
               "the outbox's end (" + contentEnd + ") is above the notice");
        home.syncStatus = SyncStatusPill.State.Online;
        compare(home.outboxPage.overlayHeight, 0);
    }

    function test_offlinePostWaitsAndSaysSo() {
        const home = createHome();
        home.rail.selectIndex(railIndexOf(home, testCommunityId));
        const postId = home.feedPage.createPost("discussion", "Written offline", "On the train.");
        tryVerify(() => home.feedPage.feedModel.indexOf(postId) >= 0);
        const row = home.feedPage.feedModel.indexOf(postId);
        home.feedPage.listView.positionViewAtIndex(row, ListView.Contain);
        home.feedPage.listView.forceLayout();
        const card = home.feedPage.listView.itemAtIndex(row);
        verify(card.pending);
        compare(findChild(card, "postTime").text, "Waiting for connection");
        home.syncStatus = SyncStatusPill.State.Online;
        compare(findChild(card, "postTime").text, "Sending…");
        // What it queued
        const rows = testFixture.outbox().filter(r => r.args.id === postId);
        compare(rows.length, 1);
        compare(rows[0].name, "post.create");
        compare(rows[0].args.communityId, testCommunityId);
        compare(rows[0].args.title, "Written offline");
    }

    function test_openThreadFromFeedAndBack() {
        const home = createHome();
        home.rail.selectIndex(railIndexOf(home, testCommunityId));
        tryVerify(() => home.feedPage.postCount >= 5);
        home.feedPage.listView.positionViewAtBeginning();
        waitForRendering(home.feedPage);
        let card = null;
        for (let i = 0; i < home.feedPage.postCount && !card; ++i) {
            const item = home.feedPage.listView.itemAtIndex(i);
            if (item && item.title === "Saturday long run: Ridge loop")
                card = item;
        }
        verify(card !== null);

        mouseClick(findChild(card, "postComments"));
        verify(home.threadOpen);
        verify(home.threadPage.visible);
        verify(!home.feedPage.visible, "the feed steps aside, keeping its place");
        tryVerify(() => home.threadPage.commentCount >= 2);
        verify(home.threadPage.replyArea.activeFocus, "ready to reply");

        keyClick(Qt.Key_Escape); // leaves the reply box
        verify(home.threadOpen);
        keyClick(Qt.Key_Escape); // closes the thread
        verify(!home.threadOpen);
        verify(home.feedPage.visible);
    }

    function test_signingOutWithUnsentWritesWarns() {
        const home = createHome({ unsentCount: 2, failedCount: 1 });
        home.requestSignOut();
        tryVerify(() => home.signOutDialog.opened);
        const message = findChild(home.signOutDialog.contentItem, "dialogMessage").text;
        verify(message.indexOf("3 of your changes have not reached the server") >= 0, message);
        compare(signOutSpy.count, 0, "nothing happens before the member answers");
        compare(findChild(home.signOutDialog.footer, "alternativeButton").text, "Forget and lose 3 changes");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !home.signOutDialog.visible);
        compare(signOutSpy.count, 0, "Escape keeps the member signed in");

        home.requestSignOut();
        tryVerify(() => home.signOutDialog.opened);
        mouseClick(findChild(home.signOutDialog.footer, "confirmButton"));
        compare(signOutSpy.count, 1);
        compare(signOutSpy.signalArguments[0][0], false, "plain sign-out keeps the unsent writes");
    }

    function test_signingOutWithNothingUnsentOffersToForget() {
        const home = createHome({ unsentCount: 0, failedCount: 0 });
        home.requestSignOut();
        tryVerify(() => home.signOutDialog.opened);
        compare(findChild(home.signOutDialog.footer, "alternativeButton").text, "Sign out and forget");
        mouseClick(findChild(home.signOutDialog.footer, "alternativeButton"));
        compare(signOutSpy.count, 1);
        compare(signOutSpy.signalArguments[0][0], true);
    }

    function test_communityMenuKeepsACommunityOffline() {
        const home = createHome();
        home.rail.selectIndex(railIndexOf(home, testCommunityId));
        home.rail.list.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Menu);
        const menu = home.rail.communityMenu;
        tryVerify(() => menu.opened);
        const item = findChild(menu.contentItem, "keepOfflineItem") || menu.itemAt(0);
        verify(item.text.indexOf("Keep offline (") === 0, "it says what the community takes: " + item.text);
        verify(item.text.indexOf("on this computer") > 0);
        verify(!item.checked);
        mouseClick(menu.itemAt(0));
        testFixture.waitForWrites();
        tryVerify(() => home.rail.currentKeepOffline, 3000, "stored in the cache and shown");
        tryVerify(() => !menu.visible);
        // And off again.
        home.rail.communities.setKeepOffline(testCommunityId, false);
        testFixture.waitForWrites();
        tryVerify(() => !home.rail.currentKeepOffline);
    }
}
