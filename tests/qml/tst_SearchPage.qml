import QtQuick
import QtTest
import Hearth.Ui

// Search over the runner's cache from the home page: the rail's search field shows results with
// the matched words in bold, an empty state for no match, and a result opens its thread.
TestCase {
    id: testCase
    name: "SearchPage"
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

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text.charAt(i));
    }

    function search(home, text) {
        keyClick(Qt.Key_K, Qt.ControlModifier);
        verify(home.rail.searchField.activeFocus, "Ctrl+K focuses the search field");
        typeText(text);
        tryCompare(home.rail, "searchQuery", text);
        verify(home.searching);
        verify(home.searchPage.visible);
        verify(!home.feedPage.visible, "the results take the feed's place");
    }

    function resultTitled(home, title) {
        const list = home.searchPage.results;
        list.forceLayout();
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i);
            if (item && item.title === title)
                return item;
        }
        return null;
    }

    function test_wordFromCachedPostIsFoundAndBold() {
        const home = createHome();
        search(home, "quarry");
        tryVerify(() => home.searchPage.results.count > 0);
        const result = resultTitled(home, "Route map of the quarry trails");
        verify(result !== null, "the cached post is found");
        const snippet = findChild(result, "resultSnippet");
        compare(snippet.textFormat, Text.StyledText);
        verify(snippet.text.indexOf("<b>quarry</b>") >= 0, "the match is bold: " + snippet.text);
        verify(findChild(result, "resultMeta").text.indexOf("Ridge Runners") >= 0,
               "the result names its community: " + findChild(result, "resultMeta").text);
        verify(findChild(home.searchPage, "offlineSearchHint").visible,
               "offline, results are said to come from the cache");
        verify(!findChild(home.searchPage, "searchEmptyState").visible);
    }

    function test_nonsenseWordShowsEmptyState() {
        const home = createHome();
        search(home, "zzqxv");
        const empty = findChild(home.searchPage, "searchEmptyState");
        tryVerify(() => empty.visible);
        compare(home.searchPage.results.count, 0);
        compare(findChild(home.searchPage, "searchEmptyText").text, "No results for “zzqxv”");
    }

    function test_escapeClearsAndReturns() {
        const home = createHome();
        search(home, "quarry");
        keyClick(Qt.Key_Escape);
        compare(home.rail.searchField.text, "");
        verify(!home.searching);
        verify(!home.searchPage.visible);
        verify(home.feedPage.visible, "the feed is back");
        verify(!home.rail.searchField.activeFocus);
        keyClick(Qt.Key_F, Qt.ControlModifier);
        verify(home.rail.searchField.activeFocus, "Ctrl+F focuses the search field too");
    }

    function test_thisCommunityOnlyNarrowsResults() {
        const home = createHome();
        home.rail.selectIndex(0);
        const other = home.rail.currentCommunityId === testCommunityId ? 1 : 0;
        home.rail.selectIndex(other);
        compare(home.rail.currentCommunityId, testSecondCommunityId);
        search(home, "quarry");
        tryVerify(() => home.searchPage.results.count > 0);
        const scope = findChild(home.searchPage, "thisCommunityOnly");
        mouseClick(scope);
        verify(home.searchPage.thisCommunityOnly);
        compare(home.searchPage.searchModel.communityId, testSecondCommunityId);
        tryCompare(home.searchPage.results, "count", 0);
    }

    function test_clickingResultOpensThread() {
        const home = createHome();
        // From the other community: the result's own community is selected for its thread.
        home.rail.selectIndex(0);
        if (home.rail.currentCommunityId !== testSecondCommunityId)
            home.rail.selectIndex(1);
        compare(home.rail.currentCommunityId, testSecondCommunityId);

        search(home, "north car");
        tryVerify(() => resultTitled(home, "Saturday long run: Ridge loop") !== null);
        const result = resultTitled(home, "Saturday long run: Ridge loop");
        waitForRendering(home.searchPage);
        mouseClick(result);

        verify(home.threadOpen);
        compare(home.threadPage.postId, "7d3c2a8e-0000-4000-8000-000000000101");
        compare(home.rail.currentCommunityId, testCommunityId);
        verify(home.threadPage.visible);
        verify(!home.searchPage.visible, "the search ends");
        compare(home.rail.searchField.text, "");
        tryVerify(() => home.threadPage.commentCount >= 2);
    }
}
