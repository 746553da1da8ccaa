import QtQuick
import QtTest
import Hearth.Ui

// Search over this file's cache from the home page: the rail's search field shows results with
// the matched words in bold and no markdown syntax, a post's snippet from its body (not its
// title), comments with their author, an empty state for no match; the keyboard moves through
// the results and opens one; choosing a community in the rail ends the search.
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

    SignalSpy {
        id: profileSpy
        signalName: "profileRequested"
    }

    function createHome() {
        // Let the previous test's page go, or its shortcuts would make these ambiguous.
        wait(0);
        const home = createTemporaryObject(homeComponent, testCase);
        verify(home !== null, "HomePage loads");
        tryCompare(home.rail, "count", 3);
        profileSpy.clear();
        profileSpy.target = home.searchPage;
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

    function results(home) {
        const list = home.searchPage.results;
        list.forceLayout();
        const items = [];
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain);
            const item = list.itemAtIndex(i);
            if (item)
                items.push(item);
        }
        return items;
    }

    function resultTitled(home, kind, title) {
        const all = results(home);
        for (let i = 0; i < all.length; ++i) {
            if (all[i].resultKind === kind && all[i].title === title)
                return all[i];
        }
        return null;
    }

    function test_snippetsAreWordsNotMarkdown() {
        const home = createHome();
        search(home, "quarry");
        tryVerify(() => resultTitled(home, "post", "Route map of the quarry trails") !== null);
        const post = resultTitled(home, "post", "Route map of the quarry trails");
        const snippet = findChild(post, "resultSnippet").text;
        compare(findChild(post, "resultSnippet").textFormat, Text.StyledText);
        verify(snippet.indexOf("<b>quarry</b>") >= 0, "the match is bold: " + snippet);
        verify(snippet.indexOf("**") < 0 && snippet.indexOf("](") < 0 && snippet.indexOf("https://") < 0,
               "no markdown syntax or link address: " + snippet);
        verify(snippet.indexOf("map") >= 0, "the link's words stay: " + snippet);
        verify(findChild(post, "resultMeta").text.indexOf("Post by Tom Okafor") >= 0,
               findChild(post, "resultMeta").text);
        verify(findChild(post, "resultMeta").text.indexOf("Ridge Runners") >= 0);
        verify(findChild(home.searchPage, "offlineSearchHint").visible,
               "offline, results are said to come from the cache");
    }

    function test_postSnippetComesFromTheBodyNotTheTitle() {
        const home = createHome();
        search(home, "shoes");
        tryVerify(() => resultTitled(home, "post", "Shoes for muddy descents?") !== null);
        const post = resultTitled(home, "post", "Shoes for muddy descents?");
        const snippet = findChild(post, "resultSnippet").text;
        verify(snippet.indexOf("Shoes for muddy") < 0, "the title is not repeated: " + snippet);
        verify(snippet.indexOf("<b>shoes</b> slide everywhere") >= 0, snippet);
    }

    function test_commentResultsNameTheirAuthor() {
        const home = createHome();
        search(home, "road");
        tryVerify(() => results(home).length > 0);
        const comment = results(home).filter(r => r.resultKind === "comment")[0];
        verify(comment !== undefined, "the comment is found");
        compare(findChild(comment, "resultMeta").text.split(" · ")[0], "Comment by Tom Okafor");
    }

    function test_nonsenseWordShowsEmptyState() {
        const home = createHome();
        search(home, "zzqxv");
        const empty = findChild(home.searchPage, "searchEmptyState");
        tryVerify(() => empty.visible);
        compare(home.searchPage.results.count, 0);
        compare(empty.title, "No results for “zzqxv”");
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

    function test_escapeFromTheResultsEndsTheSearch() {
        const home = createHome();
        search(home, "quarry");
        tryVerify(() => home.searchPage.results.count > 0);
        keyClick(Qt.Key_Down);
        verify(home.searchPage.results.activeFocus, "Down goes from the field to the results");
        keyClick(Qt.Key_Escape);
        verify(!home.searching, "Escape works away from the search field too");
        compare(home.view, "feed");
    }

    function test_keyboardMovesThroughResultsAndOpensOne() {
        const home = createHome();
        search(home, "north car");
        tryVerify(() => home.searchPage.results.count >= 2);
        keyClick(Qt.Key_Down);
        const list = home.searchPage.results;
        verify(list.activeFocus);
        compare(list.currentIndex, 0);
        verify(list.currentItem.keyboardCurrent, "the current result shows the focus");
        keyClick(Qt.Key_Down);
        compare(list.currentIndex, 1);
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        verify(home.rail.searchField.activeFocus, "Up from the first result goes back to the field");
        keyClick(Qt.Key_Return);
        verify(list.activeFocus, "Enter in the field goes to the results");
        const target = list.currentItem.postId;
        keyClick(Qt.Key_Return);
        verify(home.threadOpen, "Enter opens the result");
        compare(home.threadPage.postId, target);
    }

    function test_thisCommunityOnlyNarrowsResults() {
        const home = createHome();
        home.rail.selectIndex(home.rail.communities.indexOf(testSecondCommunityId));
        search(home, "quarry");
        tryVerify(() => home.searchPage.results.count > 0);
        const scope = findChild(home.searchPage, "thisCommunityOnly");
        mouseClick(scope);
        verify(home.searchPage.thisCommunityOnly);
        compare(home.searchPage.searchModel.communityId, testSecondCommunityId);
        tryCompare(home.searchPage.results, "count", 0);
    }

    function test_resultOpensAWholeThread() {
        const home = createHome();
        // From another community: the result's own community is selected for its thread.
        home.rail.selectIndex(home.rail.communities.indexOf(testSecondCommunityId));
        search(home, "north car");
        tryVerify(() => resultTitled(home, "post", "Saturday long run: Ridge loop") !== null);
        const result = resultTitled(home, "post", "Saturday long run: Ridge loop");
        waitForRendering(home.searchPage);
        mouseClick(result);

        verify(home.threadOpen);
        compare(home.threadPage.postId, "7d3c2a8e-0000-4000-8000-000000000101");
        compare(home.rail.currentCommunityId, testCommunityId);
        verify(home.threadPage.visible);
        verify(!home.searchPage.visible, "the search ends");
        compare(home.rail.searchField.text, "");
        tryVerify(() => home.threadPage.commentCount >= 2);
        // The post is whole, not a shell made of the search result.
        const post = findChild(home.threadPage, "threadPost");
        compare(findChild(post, "postAuthor").text, "Tom Okafor");
        compare(post.kind, "announcement");
        verify(findChild(post, "postBody").text.indexOf("18 km") >= 0);
        compare(findChild(post, "postTime").text, "2 h ago");
        keyClick(Qt.Key_Escape);
        keyClick(Qt.Key_Escape);
        compare(home.view, "feed", "back goes to the feed, not to an ended search");
    }

    function test_memberResultAsksForTheProfile() {
        const home = createHome();
        search(home, "maps");
        tryVerify(() => results(home).length > 0);
        const member = results(home).filter(r => r.resultKind === "user")[0];
        verify(member !== undefined);
        compare(findChild(member, "resultMeta").text.split(" · ")[0], "Member @tom");
        mouseClick(member);
        compare(profileSpy.count, 1);
        compare(profileSpy.signalArguments[0][0], "7d3c2a8e-0000-4000-8000-0000000000bb");
    }

    function test_choosingACommunityEndsTheSearch() {
        const home = createHome();
        search(home, "quarry");
        const row = home.rail.list.itemAtIndex(home.rail.communities.indexOf(testSecondCommunityId));
        mouseClick(row);
        verify(!home.searching);
        compare(home.rail.searchField.text, "");
        verify(home.feedPage.visible);
        compare(home.feedPage.communityId, testSecondCommunityId);
    }
}
