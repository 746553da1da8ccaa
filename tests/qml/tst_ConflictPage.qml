import QtQuick
import QtTest
import Hearth.Ui
import Hearth.Models

// A stale edit of Mara's post, refused by the server as a conflict with its current text: both
// texts side by side; "Keep theirs" drops mine and shows theirs; "Keep mine" and a merge queue a
// new edit based on the server's version.
TestCase {
    id: testCase
    name: "ConflictPage"
    when: windowShown
    width: 1100
    height: 760
    visible: true

    FeedModel {
        id: feed
        store: testStore
        communityId: testCommunityId
    }

    ThreadModel {
        id: thread
        store: testStore
        postId: testMyPostId
    }

    ThreadModel {
        id: longRunThread
        store: testStore
        postId: "7d3c2a8e-0000-4000-8000-000000000101"
    }

    OutboxModel {
        id: testOutbox
        store: testStore
    }

    Component {
        id: conflictComponent

        ConflictPage {
            width: testCase.width
            height: testCase.height
            store: testStore
            outbox: testOutbox
        }
    }

    SignalSpy {
        id: closedSpy
        signalName: "closed"
    }

    property int serverVersion: 1

    // My edit, based on the cached version, meets a newer one on the server.
    function conflictingEdit(mine, theirs) {
        const mutationId = feed.editPost(testMyPostId, "Anyone for a sunrise run on Sunday?", mine);
        testFixture.waitForWrites();
        serverVersion += 1;
        testFixture.answer(mutationId, "conflict", "conflict",
                           "the post was edited elsewhere",
                           testFixture.serverPost(testMyPostId, serverVersion,
                                                  "Sunrise run on Sunday", theirs));
        return mutationId;
    }

    function createPage(mutationId) {
        const page = createTemporaryObject(conflictComponent, testCase, { mutationId: mutationId });
        verify(page !== null, "ConflictPage loads");
        closedSpy.clear();
        closedSpy.target = page;
        tryVerify(() => page.found);
        return page;
    }

    function test_showsBothTextsSideBySide() {
        const id = conflictingEdit("Back by 8 for coffee.", "Back by 9, then breakfast.");
        const page = createPage(id);
        const mine = findChild(page, "mineColumn");
        const theirs = findChild(page, "theirsColumn");
        verify(findChild(mine, "sideBody").text.indexOf("Back by 8 for coffee.") >= 0);
        verify(findChild(theirs, "sideBody").text.indexOf("Back by 9, then breakfast.") >= 0);
        compare(findChild(theirs, "sideTitle").text, "Sunrise run on Sunday");
        verify(mine.y === theirs.y && mine.x < theirs.x, "side by side");
        testStore.discardMutation(id);
        testFixture.waitForWrites();
    }

    // A comment's stale edit: said to be a comment, no title to keep or merge; keeping mine
    // sends a comment.edit on the server's version.
    function test_aCommentsConflictHasNoTitle() {
        const commentId = "7d3c2a8e-0000-4000-8000-000000000201";
        // The server's text is the fixture's own, so the cache ends as the other tests expect.
        const theirs = "Is the **north car park** the one by the reservoir?";
        const id = longRunThread.editComment(commentId, "My words, edited.");
        verify(id.length > 0);
        testFixture.waitForWrites();
        testFixture.answer(id, "conflict", "conflict", "the comment was edited elsewhere",
                           { id: commentId, postId: "7d3c2a8e-0000-4000-8000-000000000101",
                             communityId: testCommunityId, authorId: testStore.localUserId,
                             authorName: "Mara Quinn", version: 5, body: theirs,
                             createdAt: Date.now() - 3600000 });
        const page = createPage(id);
        verify(page.onComment);
        verify(findChild(page, "conflictExplanation").text.indexOf("comment") >= 0);
        compare(findChild(findChild(page, "theirsColumn"), "sideTitle").visible, false);
        mouseClick(findChild(page, "mergeButton"));
        compare(findChild(page, "mergeTitle").visible, false);
        page.merging = false;
        mouseClick(findChild(page, "keepMine"));
        testFixture.waitForWrites();
        const rows = testFixture.outbox().filter(r => r.name === "comment.edit");
        compare(rows.length, 1);
        compare(rows[0].args.version, 5);
        compare(rows[0].args.body, "My words, edited.");
        verify(rows[0].args.title === undefined, "a comment has no title");
        testStore.discardMutation(rows[0].id);
        testFixture.waitForWrites();
    }

    function test_keepTheirsDropsMineAndShowsTheirs() {
        const id = conflictingEdit("Mine: 7am.", "Theirs: 7:30am.");
        const page = createPage(id);
        mouseClick(findChild(page, "keepTheirs"));
        compare(closedSpy.count, 1);
        testFixture.waitForWrites();
        compare(testFixture.outbox().length, 0, "nothing more is sent");
        tryVerify(() => thread.post.body === "Theirs: 7:30am.", 3000, thread.post.body);
        compare(thread.post.title, "Sunrise run on Sunday", "the cache holds the server's version");
    }

    function test_keepMineSendsItAgainOnTheServersVersion() {
        const id = conflictingEdit("Mine again: 6am sharp.", "Theirs again: 6:30.");
        const page = createPage(id);
        mouseClick(findChild(page, "keepMine"));
        testFixture.waitForWrites();
        const rows = testFixture.outbox();
        compare(rows.length, 1);
        verify(rows[0].id !== id, "a new edit, not the refused one");
        compare(rows[0].name, "post.edit");
        compare(rows[0].state, "pending");
        compare(rows[0].args.version, serverVersion, "based on what the server has now");
        compare(rows[0].args.body, "Mine again: 6am sharp.");
        tryVerify(() => thread.post.body === "Mine again: 6am sharp.", 3000, thread.post.body);
        // Discarding that one brings back the server's text, not the older cached one.
        testStore.discardMutation(rows[0].id);
        testFixture.waitForWrites();
        tryVerify(() => thread.post.body === "Theirs again: 6:30.", 3000, thread.post.body);
    }

    function test_mergeStartsFromBothAndSendsTheResult() {
        const id = conflictingEdit("Bring head torches.", "Bring water.");
        const page = createPage(id);
        mouseClick(findChild(page, "mergeButton"));
        verify(page.merging);
        const body = findChild(page, "mergeBody");
        verify(body.text.indexOf("Bring water.") >= 0 && body.text.indexOf("Bring head torches.") >= 0,
               "both texts to start from: " + body.text);
        body.text = "Bring head torches and water.";
        mouseClick(findChild(page, "saveMerge"));
        testFixture.waitForWrites();
        const rows = testFixture.outbox();
        compare(rows.length, 1);
        compare(rows[0].args.body, "Bring head torches and water.");
        compare(rows[0].args.version, serverVersion);
        testStore.discardMutation(rows[0].id);
        testFixture.waitForWrites();
    }
}
