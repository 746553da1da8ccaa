import QtQuick
import QtTest
import Hearth.Ui

// A post's thread over this file's cache, opened by id alone: the post comes from the cache
// (author, kind, time, body), the comments nest, a reply is queued and shows pending, a post the
// server does not have yet takes no replies, and the keyboard reaches every Reply. My own post and
// comments are edited in place and deleted after a question, through the outbox; anyone else's
// post or comment is reported to the organizers with a reason (report.create).
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

    // Until I accept the community's updated guidelines, hearthd refuses my replies: no reply
    // box, but why, and the way to the guidelines (the feed, where they are shown to accept).
    function test_noReplyBoxUntilTheGuidelinesAreAccepted() {
        const page = createThread({ mustAcceptGuidelines: true });
        tryVerify(() => page.commentCount >= 2);
        verify(!page.canReply);
        const note = findChild(page, "noRepliesNote");
        verify(note.visible);
        verify(!page.replyArea.visible, "no reply box");
        compare(note.children[0].text, "Accept the updated guidelines to reply.");
        const show = findChild(note, "showGuidelinesButton");
        verify(show.visible);
        mouseClick(show);
        compare(closedSpy.count, 1, "back to the feed, where the guidelines are");
        page.mustAcceptGuidelines = false;
        verify(page.canReply, "accepted: the reply box is back");
        verify(page.replyArea.visible);
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

    // A reply offers the thread's community members for @ too; Enter takes one, it does not send.
    function test_atInAReplyCompletesAMember() {
        const page = createThread();
        tryVerify(() => page.found);
        const mentions = findChild(page, "replyMentions");
        page.replyArea.forceActiveFocus();
        page.replyArea.text = "Thanks ";
        page.replyArea.cursorPosition = page.replyArea.length;
        keyClick("@");
        keyClick("t");
        keyClick("o");
        tryCompare(mentions, "opened", true);
        compare(mentions.count, 1);
        keyClick(Qt.Key_Return);
        compare(page.replyArea.text, "Thanks @tom ");
        tryCompare(mentions, "opened", false);
        testFixture.waitForWrites();
        compare(testFixture.outbox().filter(r => r.name === "comment.create" && r.args.body.indexOf("@tom") >= 0).length, 0,
                "nothing was sent");
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
        for (let i = 0; i < 16; ++i) {
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

    readonly property string myCommentId: "7d3c2a8e-0000-4000-8000-000000000201"
    readonly property string myCommentText: "Is the **north car park** the one by the reservoir?"

    function commentById(page, commentId) {
        for (let i = 0; i < page.commentCount; ++i) {
            const item = page.comments.itemAt(i);
            if (item && item.commentId === commentId)
                return item;
        }
        return null;
    }

    // Takes back what a test queued, so the next one starts from the cache as it was.
    function discardQueued(name) {
        for (const row of testFixture.outbox()) {
            if (row.name === name)
                testStore.discardMutation(row.id);
        }
        testFixture.waitForWrites();
        compare(testFixture.outbox().filter(r => r.name === name).length, 0);
    }

    function test_myCommentIsEditedInPlaceByKeyboard() {
        const page = createThread();
        tryVerify(() => commentById(page, myCommentId) !== null);
        waitForRendering(page);
        const mine = commentById(page, myCommentId);
        verify(mine.mine);
        const theirs = commentById(page, "7d3c2a8e-0000-4000-8000-000000000202");
        verify(!theirs.mine);
        verify(!findChild(theirs, "commentEdit").visible && !findChild(theirs, "commentDelete").visible,
               "nothing offered on someone else's comment");

        const editButton = findChild(mine, "commentEdit");
        verify(editButton.visible);
        editButton.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        const editor = findChild(mine, "commentEditor");
        tryVerify(() => editor.visible);
        verify(editor.bodyArea.activeFocus, "the text takes the focus");
        compare(editor.bodyArea.text, myCommentText);
        verify(!findChild(editor, "editSave").enabled, "nothing changed yet");

        editor.bodyArea.text = "Is it the **north car park**, by the reservoir?";
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        tryVerify(() => !mine.editing);

        testFixture.waitForWrites();
        const rows = testFixture.outbox().filter(r => r.name === "comment.edit");
        compare(rows.length, 1);
        compare(rows[0].args.id, myCommentId);
        compare(rows[0].args.version, 1);
        compare(rows[0].args.body, "Is it the **north car park**, by the reservoir?");
        tryVerify(() => commentById(page, myCommentId).body === "Is it the **north car park**, by the reservoir?");
        const edited = commentById(page, myCommentId);
        verify(edited.edited);
        verify(edited.pending);

        discardQueued("comment.edit");
        tryVerify(() => commentById(page, myCommentId).body === myCommentText);
        verify(!commentById(page, myCommentId).edited);
    }

    function test_anEmptyEditIsNotOfferedAndEscapeCancels() {
        const page = createThread();
        tryVerify(() => commentById(page, myCommentId) !== null);
        waitForRendering(page);
        const mine = commentById(page, myCommentId);
        mouseClick(findChild(mine, "commentEdit"));
        const editor = findChild(mine, "commentEditor");
        tryVerify(() => editor.visible);
        editor.bodyArea.text = "   ";
        verify(!findChild(editor, "editSave").enabled);
        compare(findChild(editor, "editProblem").text, "Write something, or delete it instead.");
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        verify(mine.editing, "Ctrl+Enter saves nothing empty");
        keyClick(Qt.Key_Escape);
        verify(!mine.editing);
        verify(findChild(mine, "commentEdit").activeFocus, "the focus goes back to Edit");
        testFixture.waitForWrites();
        compare(testFixture.outbox().filter(r => r.name === "comment.edit").length, 0);
        compare(mine.body, myCommentText);
    }

    function test_deletingMyCommentAsksFirst() {
        const page = createThread();
        tryVerify(() => commentById(page, myCommentId) !== null);
        waitForRendering(page);
        const before = page.commentCount;
        mouseClick(findChild(commentById(page, myCommentId), "commentDelete"));
        tryVerify(() => page.deleteDialog.opened);
        compare(page.deleteDialog.title, "Delete this comment?");
        compare(page.deleteDialog.keepText, myCommentText, "its text can be copied first");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !page.deleteDialog.visible);
        testFixture.waitForWrites();
        compare(testFixture.outbox().filter(r => r.name === "comment.delete").length, 0);
        compare(page.commentCount, before);

        mouseClick(findChild(commentById(page, myCommentId), "commentDelete"));
        tryVerify(() => page.deleteDialog.opened);
        mouseClick(findChild(page.deleteDialog.footer, "confirmButton"));
        testFixture.waitForWrites();
        const rows = testFixture.outbox().filter(r => r.name === "comment.delete");
        compare(rows.length, 1);
        compare(rows[0].args.id, myCommentId);
        tryVerify(() => commentById(page, myCommentId) === null, 3000, "gone at once");
        compare(page.commentCount, before - 1);
        // The reply to it stays.
        verify(commentById(page, "7d3c2a8e-0000-4000-8000-000000000202") !== null);

        discardQueued("comment.delete");
        tryVerify(() => commentById(page, myCommentId) !== null, 3000, "back once discarded");
    }

    function test_myPostIsEditedAndDeletedFromItsThread() {
        const page = createThread({ postId: testMyPostId });
        tryVerify(() => page.found);
        waitForRendering(page);
        verify(page.ownPost);
        verify(findChild(page, "ownPostActions").visible);

        mouseClick(findChild(page, "postEdit"));
        tryVerify(() => page.postEditor.visible);
        verify(!findChild(page, "threadPost").visible, "the editor takes the post's place");
        compare(page.postEditor.titleField.text, "Anyone for a sunrise run on Sunday?");
        page.postEditor.titleField.text = "Sunrise run on Sunday?";
        verify(page.postEditor.bodyArea.activeFocus);
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        tryVerify(() => !page.postEditor.visible);
        testFixture.waitForWrites();
        const edits = testFixture.outbox().filter(r => r.name === "post.edit" && r.args.id === testMyPostId);
        compare(edits.length, 1);
        compare(edits[0].args.title, "Sunrise run on Sunday?");
        compare(edits[0].args.body, "Thinking of the *east ridge*, back by 8 for coffee.");
        tryCompare(findChild(page, "postTitle"), "text", "Sunrise run on Sunday?");
        discardQueued("post.edit");

        mouseClick(findChild(page, "postDelete"));
        tryVerify(() => page.deleteDialog.opened);
        compare(page.deleteDialog.title, "Delete this post?");
        mouseClick(findChild(page.deleteDialog.footer, "confirmButton"));
        compare(closedSpy.count, 1, "the thread closes: the post is gone");
        testFixture.waitForWrites();
        const deletes = testFixture.outbox().filter(r => r.name === "post.delete");
        compare(deletes.length, 1);
        compare(deletes[0].args.id, testMyPostId);
        discardQueued("post.delete");
    }

    function test_someoneElsesPostOffersNoEditOrDelete() {
        const page = createThread();
        tryVerify(() => page.found);
        verify(!page.ownPost);
        verify(!findChild(page, "ownPostActions").visible);
        page.editPost();
        verify(!page.postEditor.visible);
    }

    function test_someoneElsesPostAndCommentAreReportedWithAReason() {
        const page = createThread();
        tryVerify(() => page.commentCount >= 2);
        waitForRendering(page);
        verify(findChild(page, "otherPostActions").visible);
        const tom = commentById(page, "7d3c2a8e-0000-4000-8000-000000000202");
        verify(findChild(tom, "commentReport").visible, "Tom's comment can be reported");
        verify(!findChild(commentById(page, myCommentId), "commentReport").visible, "not my own");

        // The reason is required: Report waits for one; Escape changes nothing.
        mouseClick(findChild(tom, "commentReport"));
        tryVerify(() => page.reportDialog.opened);
        compare(page.reportDialog.title, "Report Tom Okafor's comment?");
        const confirm = findChild(page.reportDialog.footer, "confirmButton");
        verify(!confirm.enabled);
        verify(page.reportDialog.reasonField.activeFocus);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !page.reportDialog.visible);
        testFixture.waitForWrites();
        compare(testFixture.outbox().filter(r => r.name === "report.create").length, 0);

        mouseClick(findChild(tom, "commentReport"));
        tryVerify(() => page.reportDialog.opened);
        page.reportDialog.reasonField.forceActiveFocus();
        for (const c of "Selling watches")
            keyClick(c);
        verify(confirm.enabled);
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        tryVerify(() => !page.reportDialog.visible);
        testFixture.waitForWrites();
        let rows = testFixture.outbox().filter(r => r.name === "report.create");
        compare(rows.length, 1);
        compare(rows[0].args.targetType, "comment");
        compare(rows[0].args.targetId, tom.commentId);
        compare(rows[0].args.reason, "Selling watches");
        verify(findChild(page, "reportedNotice").visible);
        compare(findChild(page, "reportedNotice").text, "Reported. The organizers of Ridge Runners will look at it.");

        // The post itself.
        mouseClick(findChild(page, "postReport"));
        tryVerify(() => page.reportDialog.opened);
        compare(page.reportDialog.title, "Report this post?");
        compare(page.reportDialog.reasonField.text, "", "a new subject starts with an empty reason");
        page.reportDialog.reasonField.text = "Wrong community";
        mouseClick(confirm);
        testFixture.waitForWrites();
        rows = testFixture.outbox().filter(r => r.name === "report.create");
        compare(rows.length, 2);
        compare(rows[1].args.targetType, "post");
        compare(rows[1].args.targetId, "7d3c2a8e-0000-4000-8000-000000000101");
        discardQueued("report.create");
        discardQueued("report.create");
    }

    function test_myOwnPostOffersNoReport() {
        const page = createThread({ postId: testMyPostId });
        tryVerify(() => page.found);
        verify(!findChild(page, "otherPostActions").visible);
    }

    function test_aCommentTakesReactionsThatSayWhoGaveThem() {
        const page = createThread();
        tryVerify(() => page.commentCount >= 2);
        waitForRendering(page);
        const tomId = "7d3c2a8e-0000-4000-8000-000000000202";
        let bar = findChild(commentById(page, tomId), "commentReactions");
        verify(bar.visible);
        compare(bar.reactions.length, 0);
        verify(findChild(bar, "addReaction").activeFocusOnTab, "reachable by Tab in a thread");
        bar.pick("👍");
        testFixture.waitForWrites();
        const rows = testFixture.outbox().filter(r => r.name === "reaction.set");
        compare(rows.length, 1);
        compare(rows[0].args.targetType, "comment");
        compare(rows[0].args.targetId, tomId);
        compare(rows[0].args.emoji, "👍");
        // Shown at once, and named on hover.
        tryVerify(() => findChild(findChild(commentById(page, tomId), "commentReactions"), "reaction_👍") !== null);
        bar = findChild(commentById(page, tomId), "commentReactions");
        compare(bar.reactions[0].count, 1);
        verify(bar.reactions[0].mine);
        const pill = findChild(bar, "reaction_👍");
        // By keyboard as on hover: the pill names who gave it.
        pill.forceActiveFocus(Qt.TabFocusReason);
        tryVerify(() => pill.asking);
        tryCompare(pill, "who", "you reacted with 👍");
        compare(pill.Accessible.description, "you reacted with 👍");
        discardQueued("reaction.set");
        tryVerify(() => findChild(findChild(commentById(page, tomId), "commentReactions"), "reaction_👍") === null);
    }
}
