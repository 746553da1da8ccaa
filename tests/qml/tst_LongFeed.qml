import QtQuick
import QtTest
import Hearth.Ui

// A community whose whole history is cached (10,000 posts, as "keep offline" leaves it): the
// feed reads back through all of it by keyboard, page by page as the view asks for more, to the
// first post and the line that says it is the first, and Home returns to the newest.
TestCase {
    id: testCase
    name: "LongFeed"
    when: windowShown
    width: 900
    height: 700
    visible: true

    readonly property int postsInHistory: 10000
    property string archiveId: ""

    Component {
        id: feedPageComponent

        FeedPage {
            width: testCase.width
            height: testCase.height
            store: testStore
            communityName: "Trail Archive"
            authorName: "Mara Quinn"
        }
    }

    function initTestCase() {
        archiveId = testFixture.addCommunityWithHistory(postsInHistory);
    }

    function createPage() {
        const page = createTemporaryObject(feedPageComponent, testCase, { communityId: archiveId });
        verify(page !== null, "FeedPage loads");
        tryVerify(() => page.postCount > 0);
        // The view loads a page at a time, not the whole history.
        verify(page.postCount < postsInHistory, "rows loaded at once: " + page.postCount);
        page.listView.forceActiveFocus();
        tryCompare(page.listView, "currentIndex", 0);
        return page;
    }

    function test_endReadsBackToTheFirstOfTenThousandPosts() {
        const page = createPage();
        const list = page.listView;
        compare(list.currentItem.title, "Post " + postsInHistory);

        // Each End shows the last loaded row; the view then asks for the next page.
        let presses = 0;
        while (page.postCount < postsInHistory && presses < postsInHistory) {
            const loaded = page.postCount;
            keyClick(Qt.Key_End);
            ++presses;
            tryVerify(() => page.postCount > loaded, 5000,
                      "End after " + loaded + " rows loads more");
        }
        compare(page.postCount, postsInHistory);
        keyClick(Qt.Key_End);
        compare(list.currentIndex, postsInHistory - 1);
        compare(list.currentItem.title, "Post 1");

        const footer = findChild(page, "feedFooter");
        tryVerify(() => footer.visible, 5000, "the end of the feed is in view");
        compare(footer.text, "You have reached the first post of Trail Archive.");
        verify(!footer.busy, "nothing more is loading");

        keyClick(Qt.Key_Home);
        compare(list.currentIndex, 0);
        compare(list.currentItem.title, "Post " + postsInHistory);
    }

    function test_pageDownAndPageUpMoveAScreenful() {
        const page = createPage();
        const list = page.listView;
        keyClick(Qt.Key_PageDown);
        const screenful = list.currentIndex;
        verify(screenful >= 2, "Page Down moves past the rows in view, to " + screenful);
        // The current row is in view.
        verify(list.currentItem.y + list.currentItem.height > list.contentY);
        verify(list.currentItem.y < list.contentY + list.height);
        keyClick(Qt.Key_PageDown);
        const twoScreens = list.currentIndex;
        verify(twoScreens > screenful, "a second Page Down moves on, to " + twoScreens);
        keyClick(Qt.Key_PageUp);
        verify(list.currentIndex < twoScreens && list.currentIndex > 0,
               "Page Up moves back, to " + list.currentIndex);
        keyClick(Qt.Key_PageUp);
        keyClick(Qt.Key_PageUp);
        compare(list.currentIndex, 0);
    }
}
