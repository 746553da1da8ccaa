import QtQuick
import QtTest
import Hearth.Ui

// A post's thread over the runner's cache: the first post has a comment and a reply to it.
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
            post: ({
                postId: "7d3c2a8e-0000-4000-8000-000000000101",
                kind: "announcement",
                title: "Saturday long run: Ridge loop",
                body: "Meet at the **north car park** at 7:30.",
                authorName: "Tom Okafor",
                createdAt: new Date(),
                commentCount: 5,
                pinned: false,
                edited: false
            })
        }
    }

    SignalSpy {
        id: closedSpy
        signalName: "closed"
    }

    function createThread() {
        const page = createTemporaryObject(threadComponent, testCase);
        verify(page !== null, "ThreadPage loads");
        closedSpy.clear();
        closedSpy.target = page;
        tryVerify(() => page.commentCount >= 2);
        return page;
    }

    function commentAt(page, index) {
        const item = page.comments.itemAt(index);
        verify(item !== null, "a comment delegate exists at row " + index);
        return item;
    }

    function test_showsPostAndNestedComments() {
        const page = createThread();
        const header = findChild(page, "threadPost");
        compare(findChild(header, "postTitle").text, "Saturday long run: Ridge loop");

        const first = commentAt(page, 0);
        compare(first.authorName, "Mara Quinn");
        compare(first.depth, 0);
        verify(findChild(first, "commentBody").text.indexOf("north car park") >= 0);
        const reply = commentAt(page, 1);
        compare(reply.authorName, "Tom Okafor");
        compare(reply.depth, 1, "a reply sits under its comment");
        verify(reply.indent > first.indent);
    }

    function test_replyToCommentAppearsPending() {
        const page = createThread();
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

        // The new reply follows the comment it answers (and that comment's earlier replies)
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
    }

    function test_escapeCloses() {
        const page = createThread();
        page.forceActiveFocus();
        keyClick(Qt.Key_Escape);
        compare(closedSpy.count, 1);
        mouseClick(findChild(page, "backButton"));
        compare(closedSpy.count, 2);
    }
}
