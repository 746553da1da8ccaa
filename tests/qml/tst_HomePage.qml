import QtQuick
import QtTest
import Hearth.Ui

// The signed-in layout over the runner's cache: the rail lists both cached communities, and the
// keyboard switches between them and opens the composer.
TestCase {
    id: testCase
    name: "HomePage"
    when: windowShown
    width: 1100
    height: 760
    visible: true

    Component {
        id: homeComponent

        HomePage {
            width: testCase.width
            height: testCase.height
            store: testStore
            displayName: "Mara Quinn"
            handle: "mara"
            syncStatus: SyncStatusPill.State.Offline
            unsentCount: 2
        }
    }

    function createHome() {
        // Let the previous test's page go, or its shortcuts would make these ambiguous.
        wait(0);
        const home = createTemporaryObject(homeComponent, testCase);
        verify(home !== null, "HomePage loads");
        tryCompare(home.rail, "count", 2);
        return home;
    }

    function railIndexOf(home, communityId) {
        for (let i = 0; i < home.rail.count; ++i) {
            home.rail.selectIndex(i);
            if (home.rail.currentCommunityId === communityId)
                return i;
        }
        return -1;
    }

    function test_railListsCommunitiesAndSelectsOne() {
        const home = createHome();
        verify(home.rail.currentCommunityId.length > 0, "a community is selected at start");
        verify(home.feedPage.visible);
        compare(home.feedPage.communityName, home.rail.currentName);
        compare(findChild(home, "accountName").text, "Mara Quinn");
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
        tryVerify(() => home.feedPage.postCount >= 3);

        keyClick(Qt.Key_1 + makers, Qt.ControlModifier);
        compare(home.rail.currentCommunityId, testSecondCommunityId);
        compare(home.feedPage.communityName, "Kiln & Loom Collective");
        tryCompare(home.feedPage, "postCount", 0);
        verify(findChild(home.feedPage, "emptyState").visible, "an empty community says so");
        verify(home.feedPage.canAnnounce, "an owner may post announcements");

        // Ctrl+9 with two communities changes nothing
        keyClick(Qt.Key_9, Qt.ControlModifier);
        compare(home.rail.currentCommunityId, testSecondCommunityId);
    }

    function test_ctrlNFocusesComposer() {
        const home = createHome();
        const body = findChild(home.feedPage.composer, "composerBody");
        verify(!body.activeFocus);
        keyClick(Qt.Key_N, Qt.ControlModifier);
        verify(body.activeFocus);
        verify(home.feedPage.composer.expanded);
        keyClick(Qt.Key_Escape);
        verify(!home.feedPage.composer.expanded, "Escape folds an empty composer");
    }

    function test_offlineStateAndUnsentChangesAreShown() {
        const home = createHome();
        compare(findChild(home, "syncStatus").text, "Offline — 2 unsent");
        const banner = findChild(home, "offlineBanner");
        verify(banner.visible, "offline is said in the content area too");
        verify(banner.Accessible.name.indexOf("2 unsent changes") >= 0);

        // A post written offline waits for the connection, and says so
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
        home.unsentCount = 0;
        compare(findChild(home, "syncStatus").text, "Online");
        verify(!banner.visible);
        compare(findChild(card, "postTime").text, "Sending…");
    }

    function test_openThreadFromFeedAndBack() {
        const home = createHome();
        home.rail.selectIndex(railIndexOf(home, testCommunityId));
        tryVerify(() => home.feedPage.postCount >= 3);
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
        keyClick(Qt.Key_Escape); // closes the thread
        verify(!home.threadOpen);
        verify(home.feedPage.visible);
    }
}
