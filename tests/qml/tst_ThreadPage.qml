import QtQuick
import QtTest
import Hearth.Ui

// A post's thread over this file's cache, opened by id alone: the post comes from the cache
// (author, kind, time, body), the comments nest, a reply is queued and shows pending, a post the
// server does not have yet takes no replies, and the keyboard reaches every Reply.
TestCase {
    id: testCase
    name: "ThreadPage"
    when: windowShown
    width: 900
    height: 700
    visible: true

    Component {
        id: threadComponent

        ThreadPage {
            width: testCase.width
            height: testCase.height
            store: testStore
            communityName: "Ridge Runners"
            postId: "7d3c2a8e-0000-4000-8000-000000000101"
        }
    }

    SignalSpy {
        id: closedSpy
        signalName: "closed"
    }

    function createThread(properties) {
        const page = createTemporaryObject(threadComponent, testCase, properties || {});
        verify(page !== null, "ThreadPage loads");
        closedSpy.clear();
        closedSpy.target = page;
        return page;
    }

    function commentAt(page, index) {
        const item = page.comments.itemAt(index);
        verify(item !== null, "a comment delegate exists at row " + index);
        return item;
    }

    function test_showsThePostFromTheCacheAndNestedComments() {
        const page = createThread();
        tryVerify(() => page.commentCount >= 2);
        const header = findChild(page, "threadPost");
        compare(findChild(header, "postTitle").text, "Saturday long run: Ridge loop");
        compare(findChild(header, "postAuthor").text, "Tom Okafor");
        compare(header.kind, "announcement");
        compare(findChild(header, "postTime").text, "2 h ago");
        verify(findChild(header, "postBody").text.indexOf("north car park") >= 0);

        const first = commentAt(page, 0);
        compare(first.authorName, "Mara Quinn");
        compare(first.depth, 0);
        verify(findChild(first, "commentBody").text.indexOf("north car park") >= 0);
        const reply = commentAt(page, 1);
        compare(reply.authorName, "Tom Okafor");
        compare(reply.depth, 1, "a reply sits under its comment");
        verify(reply.indent > first.indent);
    }

    function test_replyToCommentAppearsPendingAndIsQueued() {
        const page = createThread();
        tryVerify(() => page.commentCount >= 2);
        const before = page.commentCount;
        const sendButton = findChild(page, "sendReply");
        compare(sendButton.enabled, false);

        mouseClick(findChild(commentAt(page, 0), "replyButton"));
        compare(findChild(page, "replyingTo").text, "Replying to Mara Quinn");
        verify(page.replyArea.activeFocus);

        page.replyArea.text = "See you there!";
        verify(sendButton.enabled);
        keyClick(Qt.Key_Return, Qt.ControlModifier);

        tryCompare(page, "commentCount", before + 1);
        compare(page.replyArea.text, "");
        compare(page.replyToId, "");

        let mine = null;
        for (let i = 0; i < page.commentCount; ++i) {
            const item = commentAt(page, i);
            if (item.body === "See you there!")
                mine = item;
        }
        verify(mine !== null);
        verify(mine.pending);
        compare(mine.depth, 1);
        compare(findChild(mine, "commentTime").text, "Sending…");

        const rows = testFixture.outbox().filter(r => r.args.id === mine.commentId);
        compare(rows.length, 1);
        compare(rows[0].name, "comment.create");
        compare(rows[0].args.postId, "7d3c2a8e-0000-4000-8000-000000000101");
        compare(rows[0].args.parentId, "7d3c2a8e-0000-4000-8000-000000000201");
        compare(rows[0].args.body, "See you there!");
    }

    function test_aPostNotYetSentTakesNoReplies() {
        // A post written here, still in the outbox.
        const feed = Qt.createQmlObject('import Hearth.Models; FeedModel {}', testCase);
        feed.store = testStore;
        feed.communityId = testCommunityId;
        const postId = feed.createPost("discussion", "Not sent yet", "Still on the train.");
        testFixture.waitForWrites();
        const page = createThread({ postId: postId });
        tryVerify(() => page.found);
        verify(page.unsent);
        compare(findChild(page, "postTitle").text, "Not sent yet");
        verify(!findChild(page, "sendReply").visible && !page.replyArea.visible, "no reply box");
        const note = findChild(page, "noRepliesNote");
        verify(note.visible);
        compare(note.children[0].text, "This post has not reached the server yet. Replies open once it is sent.");
        page.sendReply();
        compare(testFixture.outbox().filter(r => r.name === "comment.create" && r.args.postId === postId).length, 0);
        feed.destroy();
    }

    function test_aMissingPostSaysSo() {
        const page = createThread({ postId: "7d3c2a8e-0000-4000-8000-00000000ffff" });
        verify(!page.found);
        verify(findChild(page, "postMissing").visible);
        verify(!findChild(page, "threadPost").visible);
    }

    function test_tabReachesEveryReply() {
        const page = createThread();
        tryVerify(() => page.commentCount >= 2);
        findChild(page, "backButton").forceActiveFocus(Qt.TabFocusReason);
        let replies = 0;
        for (let i = 0; i < 8; ++i) {
            keyClick(Qt.Key_Tab);
            const item = page.Window.activeFocusItem;
            if (item && item.objectName === "replyButton")
                ++replies;
        }
        verify(replies >= 2, "each comment's Reply takes the focus in turn");
    }

    function test_backButtonCloses() {
        const page = createThread();
        mouseClick(findChild(page, "backButton"));
        compare(closedSpy.count, 1);
    }
}
