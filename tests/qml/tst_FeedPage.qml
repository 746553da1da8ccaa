import QtQuick
import QtTest
import Hearth.Models
import Hearth.Ui

// The feed page over a cache filled by the runner (tst_qml.cpp): one community, three posts.
TestCase {
    id: testCase
    name: "FeedPage"
    when: windowShown
    width: 900
    height: 700
    visible: true

    Component {
        id: feedPageComponent

        FeedPage {
            width: testCase.width
            height: testCase.height
            store: testStore
            communityId: testCommunityId
            communityName: "Ridge Runners"
            communityTagline: "Trail running on the hills around town"
            memberCount: 14
            authorName: "Mara Quinn"
        }
    }

    function createPage() {
        const page = createTemporaryObject(feedPageComponent, testCase);
        verify(page !== null, "FeedPage loads");
        return page;
    }

    function delegateAt(page, index) {
        page.listView.forceLayout();
        const slot = page.listView.itemAtIndex(index);
        verify(slot !== null, "a delegate exists at row " + index);
        return slot;
    }

    // The rows that came from the cache (a post composed by another test shows as pending).
    function cachedRows(page) {
        const rows = [];
        for (let i = 0; i < page.postCount; ++i) {
            page.listView.positionViewAtIndex(i, ListView.Contain);
            const slot = delegateAt(page, i);
            if (!slot.pending)
                rows.push(slot);
        }
        page.listView.positionViewAtBeginning();
        return rows;
    }

    function test_showsCachedPosts() {
        const page = createPage();
        tryVerify(() => page.postCount >= 3);

        const rows = cachedRows(page);
        compare(rows.length, 3);

        const first = rows[0];
        compare(first.title, "Saturday long run: Ridge loop");
        compare(first.kind, "announcement");
        compare(first.authorName, "Tom Okafor");
        compare(first.commentCount, 5);

        const titleText = findChild(first, "postTitle");
        verify(titleText !== null);
        compare(titleText.text, "Saturday long run: Ridge loop");
        verify(titleText.visible);
        compare(findChild(first, "postComments").text, "5 comments");
        verify(findChild(first, "postBody").text.indexOf("north car park") >= 0);

        // Newest first
        compare(rows[1].title, "Shoes for muddy descents?");
        compare(rows[2].title, "Route map of the quarry trails");
    }

    function test_showsCommunityHeader() {
        const page = createPage();
        compare(findChild(page, "communityName").text, "Ridge Runners");
        compare(findChild(page, "communityTagline").text, "Trail running on the hills around town");
    }

    function test_composedPostAppearsPending() {
        const page = createPage();
        tryVerify(() => page.postCount >= 3);
        const before = page.postCount;

        const postButton = findChild(page.composer, "composerPost");
        verify(postButton !== null);
        page.focusComposer();
        compare(postButton.enabled, false, "nothing to post yet");
        waitForRendering(page.composer); // the kind chips appear with the open composer

        const title = findChild(page.composer, "composerTitle");
        const body = findChild(page.composer, "composerBody");
        // Members pick a kind; announcements are for organizers only
        verify(findChild(page.composer, "kind_announcement") === null);
        const question = findChild(page.composer, "kind_question");
        verify(question !== null);
        mouseClick(question);
        compare(page.composer.kind, "question");

        title.text = "Hill repeats on Thursday?";
        body.text = "Anyone up for **hill repeats** after work?";
        verify(postButton.enabled);

        // Ctrl+Enter in the body posts
        body.forceActiveFocus();
        keyClick(Qt.Key_Return, Qt.ControlModifier);

        tryCompare(page, "postCount", before + 1);
        const first = delegateAt(page, 0);
        compare(first.title, "Hill repeats on Thursday?");
        compare(first.kind, "question");
        compare(first.authorName, "Mara Quinn");
        compare(first.pending, true);
        compare(first.failed, false);
        compare(findChild(first, "postTime").text, "Sending…");
        verify(first.highlighted, "the new post is outlined so the eye finds it");

        // The composer is emptied and folded
        compare(body.text, "");
        compare(title.text, "");
        compare(postButton.enabled, false);
        compare(page.composer.kind, "discussion");
        verify(!page.composer.expanded);
    }

    // The composer offers the kinds and stops text where hearthd would refuse it, from the
    // protocol's constants (WireConstants), not numbers of its own.
    function test_composerTakesKindsAndLimitsFromTheWire() {
        compare(WireConstants.postKinds,
                ["discussion", "question", "showcase", "resource", "announcement"]);
        compare(WireConstants.postTitleMaxLength, 200);
        compare(WireConstants.postBodyMaxLength, 20000);

        const page = createPage();
        page.canAnnounce = true;
        page.focusComposer();
        waitForRendering(page.composer);
        for (const kind of WireConstants.postKinds)
            verify(findChild(page.composer, "kind_" + kind) !== null, kind + " is offered");

        const title = findChild(page.composer, "composerTitle");
        compare(title.maximumLength, WireConstants.postTitleMaxLength);
        const body = findChild(page.composer, "composerBody");
        const postButton = findChild(page.composer, "composerPost");
        body.text = "x".repeat(WireConstants.postBodyMaxLength);
        verify(postButton.enabled, "a body at the limit may be posted");
        body.text += "y";
        verify(!postButton.enabled, "one character over the limit may not");
        body.text = "";
        page.composer.collapseIfEmpty();
    }
}
