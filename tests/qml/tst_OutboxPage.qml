import QtQuick
import QtTest
import Hearth.Ui
import Hearth.Models

// The outbox over this file's cache: every write the server has not confirmed, in order, with
// what it is and where it stands; a refused one says why and can be edited (queued again under
// a new id with the new text), retried or discarded (after a confirmation that offers to copy
// the text); a waiting post's edit goes out as an edit after it.
TestCase {
    id: testCase
    name: "OutboxPage"
    when: windowShown
    width: 900
    height: 760
    visible: true

    CommunityListModel {
        id: testCommunities
        store: testStore
        joinedOnly: true
    }

    FeedModel {
        id: feed
        store: testStore
        communityId: testCommunityId
    }

    Component {
        id: outboxComponent

        OutboxPage {
            width: testCase.width
            height: testCase.height
            store: testStore
            communities: testCommunities
            syncStatus: SyncStatusPill.State.Offline
        }
    }

    function createPage() {
        const page = createTemporaryObject(outboxComponent, testCase);
        verify(page !== null, "OutboxPage loads");
        return page;
    }

    function entryFor(page, mutationId) {
        for (let i = 0; i < page.entries.count; ++i) {
            const item = page.entries.itemAt(i);
            if (item && item.mutationId === mutationId)
                return item;
        }
        return null;
    }

    function rowFor(postId) {
        return testFixture.outbox().filter(r => r.args.id === postId)[0];
    }

    function cleanup() {
        // Each test starts from an empty outbox.
        const rows = testFixture.outbox();
        for (let i = 0; i < rows.length; ++i)
            testStore.discardMutation(rows[i].id);
        testFixture.waitForWrites();
    }

    function test_emptyOutboxSaysSo() {
        const page = createPage();
        verify(findChild(page, "outboxEmpty").visible);
        compare(findChild(page, "outboxStatus").text, "Offline. Nothing is waiting to be sent.");
    }

    function test_waitingAndRefusedWritesAreListedInOrder() {
        const first = feed.createPost("discussion", "Trail clean-up", "Bring gloves.");
        const second = feed.createPost("announcement", "Club AGM", "Thursday at the café.");
        testFixture.waitForWrites();
        testFixture.answer(rowFor(second).id, "rejected", "forbidden", "only owners and moderators can do this", {});
        const page = createPage();
        tryCompare(page.entries, "count", 2);
        const waiting = entryFor(page, rowFor(first).id);
        const refused = entryFor(page, rowFor(second).id);
        compare(findChild(waiting, "entryLabel").text, "New post in Ridge Runners");
        compare(findChild(waiting, "entryState").text, "Waiting for the connection");
        compare(findChild(refused, "entryState").text, "Not sent: only owners and moderators can do this");
        verify(page.entries.itemAt(0) === waiting, "oldest first, the order they are sent in");
        compare(findChild(page, "outboxStatus").text, "1 waiting for the connection · 1 not sent");
        verify(findChild(refused, "retryButton").visible);
        verify(!findChild(waiting, "retryButton").visible, "nothing to retry while it waits");
    }

    SignalSpy {
        id: guidelinesSpy
        signalName: "guidelinesOpened"
    }

    // hearthd refuses a post until the member accepts the community's updated guidelines (as
    // tst_guidelinesreaccept shows against the real one): the row says why and opens them.
    function test_aPostRefusedForTheGuidelinesOffersThem() {
        const refusedId = feed.createPost("discussion", "Kiln for sale", "Barely used.");
        const otherId = feed.createPost("announcement", "AGM", "Thursday.");
        testFixture.waitForWrites();
        testFixture.answer(rowFor(refusedId).id, "rejected", "guidelines_not_accepted",
                           "the community's guidelines changed: read and accept them before you post or comment", {});
        testFixture.answer(rowFor(otherId).id, "rejected", "forbidden", "only owners and moderators can do this", {});
        const page = createPage();
        guidelinesSpy.clear();
        guidelinesSpy.target = page;
        tryCompare(page.entries, "count", 2);
        const refused = entryFor(page, rowFor(refusedId).id);
        compare(findChild(refused, "entryState").text,
                "Not sent: the community's guidelines changed: read and accept them before you post or comment");
        const open = findChild(refused, "guidelinesButton");
        verify(open.visible);
        verify(findChild(refused, "retryButton").visible, "sent again once accepted");
        verify(!findChild(entryFor(page, rowFor(otherId).id), "guidelinesButton").visible);
        refused.focusFirstAction();
        verify(open.activeFocus, "the first thing to do is reachable first by keyboard");
        keyClick(Qt.Key_Return);
        compare(guidelinesSpy.count, 1);
        compare(guidelinesSpy.signalArguments[0][0], testCommunityId);
    }

    function test_retryQueuesARefusedWriteAgain() {
        const postId = feed.createPost("announcement", "Hill sprints", "Tuesday 6pm.");
        testFixture.waitForWrites();
        testFixture.answer(rowFor(postId).id, "rejected", "forbidden", "only owners and moderators can do this", {});
        const page = createPage();
        tryCompare(page.entries, "count", 1);
        mouseClick(findChild(page.entries.itemAt(0), "retryButton"));
        testFixture.waitForWrites();
        compare(rowFor(postId).state, "pending", "back in the queue");
    }

    function test_editingARefusedPostQueuesTheNewTextUnderANewId() {
        const postId = feed.createPost("discussion", "Long run", "Sunday, 8am, the quarry.");
        testFixture.waitForWrites();
        const refusedId = rowFor(postId).id;
        testFixture.answer(refusedId, "rejected", "invalid_request", "the title is too long", {});
        const page = createPage();
        tryCompare(page.entries, "count", 1);
        const entry = page.entries.itemAt(0);
        mouseClick(findChild(entry, "editButton"));
        verify(entry.editing);
        const body = findChild(entry, "editBody");
        verify(body.activeFocus);
        compare(body.text, "Sunday, 8am, the quarry.");
        body.text = "Sunday, 9am, the quarry.";
        mouseClick(findChild(entry, "saveEdit"));
        testFixture.waitForWrites();
        const row = rowFor(postId);
        compare(row.state, "pending");
        compare(row.args.body, "Sunday, 9am, the quarry.");
        verify(row.id !== refusedId, "a new mutation id: the server would replay its refusal of the old one");
        compare(testFixture.outbox().length, 1, "it keeps its one place in the queue");
        // The feed shows the new text at once.
        tryVerify(() => feed.indexOf(postId) >= 0);
    }

    function test_editingAWaitingPostFollowsItWithAnEdit() {
        const postId = feed.createPost("discussion", "Sunrise run", "Meet at 6.");
        testFixture.waitForWrites();
        const page = createPage();
        tryCompare(page.entries, "count", 1);
        const entry = page.entries.itemAt(0);
        mouseClick(findChild(entry, "editButton"));
        findChild(entry, "editBody").text = "Meet at 6:15.";
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        testFixture.waitForWrites();
        const rows = testFixture.outbox();
        compare(rows.length, 2, "the post is not changed in flight: an edit follows it");
        compare(rows[0].name, "post.create");
        compare(rows[0].args.body, "Meet at 6.");
        compare(rows[1].name, "post.edit");
        compare(rows[1].args.id, postId);
        compare(rows[1].args.version, 1, "based on the version the new post gets");
        compare(rows[1].args.body, "Meet at 6:15.");
    }

    function test_discardAsksAndOffersTheText() {
        const postId = feed.createPost("discussion", "Lost glove", "Black, left hand, found at the stile.");
        testFixture.waitForWrites();
        const page = createPage();
        tryCompare(page.entries, "count", 1);
        mouseClick(findChild(page.entries.itemAt(0), "discardButton"));
        tryVerify(() => page.discardDialog.opened);
        compare(testFixture.outbox().length, 1, "nothing is discarded before the member confirms");
        mouseClick(findChild(page.discardDialog.footer, "copyButton"));
        compare(Clipboard.text, "Lost glove\n\nBlack, left hand, found at the stile.");
        mouseClick(findChild(page.discardDialog.footer, "confirmButton"));
        testFixture.waitForWrites();
        compare(testFixture.outbox().length, 0);
        tryVerify(() => findChild(page, "outboxEmpty").visible);
        compare(feed.indexOf(postId), -1, "the post is gone from the feed too");
    }

    function test_everyActionIsReachableByKeyboard() {
        const postId = feed.createPost("announcement", "Keyboard", "Only.");
        testFixture.waitForWrites();
        testFixture.answer(rowFor(postId).id, "rejected", "forbidden", "only owners and moderators can do this", {});
        const page = createPage();
        tryCompare(page.entries, "count", 1);
        page.focusFirst();
        const entry = page.entries.itemAt(0);
        verify(findChild(entry, "editButton").activeFocus, "the first action takes the focus");
        keyClick(Qt.Key_Tab);
        verify(findChild(entry, "retryButton").activeFocus);
        keyClick(Qt.Key_Tab);
        verify(findChild(entry, "discardButton").activeFocus);
        keyClick(Qt.Key_Return);
        tryVerify(() => page.discardDialog.opened, 2000, "Enter activates the focused button");
        page.discardDialog.close();
    }
}
