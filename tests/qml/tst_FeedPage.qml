import QtQuick
import QtTest
import Hearth.Models
import Hearth.Ui

// The feed page over this file's cache: Ridge Runners with five posts (one of them Mara's, one
// with an image and raw HTML in it). It shows them newest first, renders markdown without
// fetching anything, writes through the outbox, and is usable by keyboard alone.
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

    SignalSpy {
        id: openedSpy
        signalName: "postOpened"
    }

    function createPage() {
        const page = createTemporaryObject(feedPageComponent, testCase);
        verify(page !== null, "FeedPage loads");
        openedSpy.clear();
        openedSpy.target = page;
        tryVerify(() => page.postCount >= 5);
        return page;
    }

    function delegateAt(page, index) {
        page.listView.positionViewAtIndex(index, ListView.Contain);
        page.listView.forceLayout();
        const slot = page.listView.itemAtIndex(index);
        verify(slot !== null, "a delegate exists at row " + index);
        return slot;
    }

    function cardTitled(page, title) {
        for (let i = 0; i < page.postCount; ++i) {
            const slot = delegateAt(page, i);
            if (slot.title === title)
                return slot;
        }
        return null;
    }

    // The rows that came from the cache (a post composed by another test shows as pending).
    function cachedRows(page) {
        const rows = [];
        for (let i = 0; i < page.postCount; ++i) {
            const slot = delegateAt(page, i);
            if (!slot.pending && !slot.unsent)
                rows.push(slot.title);
        }
        page.listView.positionViewAtBeginning();
        return rows;
    }

    function test_showsCachedPostsNewestFirst() {
        const page = createPage();
        compare(cachedRows(page), ["Saturday long run: Ridge loop", "Anyone for a sunrise run on Sunday?",
                                   "Shoes for muddy descents?", "Photos from the summit",
                                   "Route map of the quarry trails"]);
        const first = cardTitled(page, "Saturday long run: Ridge loop");
        compare(first.kind, "announcement");
        compare(first.authorName, "Tom Okafor");
        compare(findChild(first, "postTitle").text, "Saturday long run: Ridge loop");
        compare(findChild(first, "postComments").text, "5 comments");
        const body = findChild(first, "postBody");
        compare(body.textFormat, Text.RichText);
        verify(body.text.indexOf("<span style=\" font-weight:700;\">north car park</span>") >= 0
               || body.text.indexOf("font-weight:600") >= 0 || body.text.indexOf("font-weight:700") >= 0,
               "markdown bold is rendered: " + body.text);
    }

    function test_showsCommunityHeader() {
        const page = createPage();
        compare(findChild(page, "communityName").text, "Ridge Runners");
        compare(findChild(page, "communityTagline").text, "Trail running on the hills around town");
    }

    function test_imagesAreNeverFetchedAndHtmlIsText() {
        const page = createPage();
        const card = cardTitled(page, "Photos from the summit");
        verify(card !== null);
        const body = findChild(card, "postBody");
        verify(body.text.indexOf("<img") < 0, "no image is loaded: " + body.text);
        verify(body.text.indexOf("Image: Summit cairn (images.example.org)") >= 0,
               "the image is named, with where it lives");
        verify(body.text.indexOf("href=\"https://images.example.org/cairn.jpg\"") >= 0,
               "and can be opened in the browser on purpose");
        verify(body.text.indexOf("&lt;img src=") >= 0, "raw HTML in a post is shown as text");
        verify(body.text.indexOf("tracker.example.org/pixel.gif\">") < 0);
    }

    function test_linksFollowTheThemeColour() {
        const page = createPage();
        const card = cardTitled(page, "Route map of the quarry trails");
        const body = findChild(card, "postBody");
        const light = String(Theme.link);
        verify(body.text.indexOf(light) >= 0, "links in " + light + ": " + body.text);
        Theme.mode = "dark";
        const dark = String(Theme.link);
        verify(dark !== light);
        verify(findChild(card, "postBody").text.indexOf(dark) >= 0, "links change with the theme");
        Theme.mode = "light";
    }

    function test_composedPostAppearsPendingAndQueuesIt() {
        const page = createPage();
        const before = page.postCount;

        const postButton = findChild(page.composer, "composerPost");
        page.focusComposer();
        compare(postButton.enabled, false, "nothing to post yet");
        waitForRendering(page.composer); // the kind chips appear with the open composer

        const title = findChild(page.composer, "composerTitle");
        const body = findChild(page.composer, "composerBody");
        // Members pick a kind; announcements are for organizers only
        verify(findChild(page.composer, "kind_announcement") === null);
        const question = findChild(page.composer, "kind_question");
        mouseClick(question);
        compare(page.composer.kind, "question");

        title.text = "Hill repeats on Thursday?";
        body.text = "Anyone up for **hill repeats** after work?";
        verify(postButton.enabled);

        // The preview shows the post as it will look.
        mouseClick(findChild(page.composer, "composerPreviewToggle"));
        verify(page.composer.previewing);
        const preview = findChild(page.composer, "composerPreviewBody");
        verify(preview.visible);
        verify(preview.text.indexOf("hill repeats") >= 0);
        verify(!title.visible, "the preview replaces the fields");
        mouseClick(findChild(page.composer, "composerPreviewToggle"));
        verify(!page.composer.previewing);

        // Ctrl+Enter in the body posts
        body.forceActiveFocus();
        keyClick(Qt.Key_Return, Qt.ControlModifier);

        tryCompare(page, "postCount", before + 1);
        const first = delegateAt(page, 0);
        compare(first.title, "Hill repeats on Thursday?");
        compare(first.kind, "question");
        compare(first.authorName, "Mara Quinn");
        compare(first.pending, true);
        compare(first.unsent, true);
        compare(findChild(first, "postTime").text, "Sending…");
        verify(first.highlighted, "the new post is outlined so the eye finds it");
        verify(!findChild(first, "postComments").visible, "a post the server does not have cannot be opened");
        verify(findChild(first, "postUnsentNote").visible);

        // What it queued: one post.create with what was written
        const rows = testFixture.outbox().filter(r => r.args.id === first.postId);
        compare(rows.length, 1);
        compare(rows[0].name, "post.create");
        compare(rows[0].state, "pending");
        compare(rows[0].args.kind, "question");
        compare(rows[0].args.title, "Hill repeats on Thursday?");
        compare(rows[0].args.body, "Anyone up for **hill repeats** after work?");

        // The composer is emptied and folded, and starts as a discussion again
        compare(body.text, "");
        compare(title.text, "");
        compare(postButton.enabled, false);
        compare(page.composer.kind, "discussion");
        verify(!page.composer.expanded);
    }

    // Typing @ offers the community's members under the cursor (never me); Up / Down choose,
    // Enter or Tab puts the handle in, Escape closes the list and keeps the draft.
    function test_atCompletesTheCommunitysMembers() {
        const page = createPage();
        const body = findChild(page.composer, "composerBody");
        const mentions = findChild(page.composer, "composerMentions");
        page.focusComposer();
        body.forceActiveFocus();
        body.text = "Great run ";
        body.cursorPosition = body.length;
        keyClick("@");
        tryCompare(mentions, "opened", true);
        compare(mentions.count, 2, "Tom and Nadia; not Mara, who is writing");
        keyClick("n");
        tryCompare(mentions, "count", 1);
        compare(mentions.completions.handleAt(0), "nadia.trails");
        keyClick(Qt.Key_Return);
        compare(body.text, "Great run @nadia.trails ");
        compare(body.cursorPosition, body.length);
        tryCompare(mentions, "opened", false);
        verify(page.composer.expanded, "Enter chose a member; it neither posted nor folded");

        // Down moves through the list; Tab takes the one chosen.
        keyClick("@");
        tryCompare(mentions, "opened", true);
        const second = mentions.completions.handleAt(1);
        keyClick(Qt.Key_Down);
        compare(mentions.currentIndex, 1);
        keyClick(Qt.Key_Tab);
        compare(body.text, "Great run @nadia.trails @" + second + " ");
        verify(body.activeFocus, "Tab completed; it did not leave the text");

        // Escape closes the list and leaves the draft as typed, composer open.
        keyClick("@");
        keyClick("t");
        tryCompare(mentions, "opened", true);
        keyClick(Qt.Key_Escape);
        tryCompare(mentions, "opened", false);
        verify(page.composer.expanded);
        verify(body.text.endsWith("@t"));
        // A word glued to @ (an address) offers no one.
        body.text = "mail tom@";
        body.cursorPosition = body.length;
        wait(50);
        compare(mentions.opened, false);

        // A draft reopened at its end offers them as well.
        page.composer.setText("", "Thanks @");
        page.composer.focusBodyEnd();
        tryCompare(mentions, "opened", true);
        keyClick(Qt.Key_Escape);

        // Posted with the mentions as written.
        body.text = "Great run @nadia.trails";
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        testFixture.waitForWrites();
        const rows = testFixture.outbox().filter(r => r.name === "post.create" && r.args.body === "Great run @nadia.trails");
        compare(rows.length, 1);
    }

    function test_escapeForgetsTheKindOfAnEmptyDraft() {
        const page = createPage();
        page.focusComposer();
        waitForRendering(page.composer);
        mouseClick(findChild(page.composer, "kind_showcase"));
        compare(page.composer.kind, "showcase");
        findChild(page.composer, "composerBody").forceActiveFocus();
        keyClick(Qt.Key_Escape);
        verify(!page.composer.expanded);
        compare(page.composer.kind, "discussion", "the next post does not go out as a showcase");

        // A draft with text stays, kind and all; the keyboard goes back to the posts.
        page.focusComposer();
        waitForRendering(page.composer);
        mouseClick(findChild(page.composer, "kind_resource"));
        findChild(page.composer, "composerBody").forceActiveFocus();
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_Escape);
        verify(page.composer.expanded);
        compare(page.composer.kind, "resource");
        verify(page.listView.activeFocus);
        page.composer.clear();
        page.composer.collapseIfEmpty();
    }

    function test_postsByKeyboard() {
        const page = createPage();
        // (Posts written by other tests of this file sit on top, unsent: start at a sent one.)
        const start = page.feedModel.indexOf("7d3c2a8e-0000-4000-8000-000000000101");
        page.listView.currentIndex = start;
        page.listView.forceActiveFocus(Qt.TabFocusReason);
        const first = page.listView.currentItem;
        compare(first.title, "Saturday long run: Ridge loop");
        verify(first.keyboardCurrent, "the current post shows the focus");
        keyClick(Qt.Key_Down);
        compare(page.listView.currentIndex, start + 1);
        verify(!first.keyboardCurrent);
        keyClick(Qt.Key_Up);
        compare(page.listView.currentIndex, start);
        keyClick(Qt.Key_Return);
        compare(openedSpy.count, 1, "Enter opens the current post");
        compare(openedSpy.signalArguments[0][0], first.postId);

        // Tab steps into the post's actions, then on out of the list.
        keyClick(Qt.Key_Tab);
        const comments = findChild(first, "postComments");
        verify(comments.activeFocus, "Tab reaches the comments link");
        verify(comments.visualFocus);
        keyClick(Qt.Key_Space);
        compare(openedSpy.count, 2, "and Space opens it");
        keyClick(Qt.Key_Escape);
        verify(page.listView.activeFocus, "Escape returns to the post");
        // On through the post's last action, React, and out of the list.
        let passedReact = false;
        for (let i = 0; i < 3 && page.listView.activeFocus; ++i) {
            keyClick(Qt.Key_Tab);
            passedReact = passedReact || findChild(first, "addReaction").activeFocus;
        }
        verify(passedReact, "Tab reaches React");
        verify(!page.listView.activeFocus && !comments.activeFocus, "Tab leaves the list after the last action");
    }

    function discardQueued(name) {
        for (const row of testFixture.outbox()) {
            if (row.name === name)
                testStore.discardMutation(row.id);
        }
        testFixture.waitForWrites();
    }

    function test_reactionsAreAddedAndTakenBackThroughTheOutbox() {
        const page = createPage();
        const postId = "7d3c2a8e-0000-4000-8000-000000000102";
        const card = delegateAt(page, page.feedModel.indexOf(postId));
        compare(card.title, "Shoes for muddy descents?");
        verify(findChild(card, "reaction_🔥") === null, "no reactions yet");

        mouseClick(findChild(card, "addReaction"));
        const picker = findChild(card, "reactionBar").picker;
        tryVerify(() => picker.opened);
        mouseClick(findChild(picker.contentItem, "choice_5")); // 🔥
        tryVerify(() => !picker.visible);
        testFixture.waitForWrites();
        let rows = testFixture.outbox().filter(r => r.name === "reaction.set");
        compare(rows.length, 1);
        compare(rows[0].args.targetType, "post");
        compare(rows[0].args.targetId, postId);
        compare(rows[0].args.emoji, "🔥");

        // Shown at once as mine, with its count; clicking it takes it back.
        const fresh = delegateAt(page, page.feedModel.indexOf(postId));
        tryVerify(() => findChild(fresh, "reaction_🔥") !== null);
        const pill = findChild(fresh, "reaction_🔥");
        verify(pill.mine);
        compare(pill.text, "🔥  1");
        waitForRendering(page);
        mouseClick(pill);
        testFixture.waitForWrites();
        compare(testFixture.outbox().filter(r => r.name === "reaction.clear" && r.args.emoji === "🔥").length, 1);
        tryVerify(() => findChild(delegateAt(page, page.feedModel.indexOf(postId)), "reaction_🔥") === null);
        discardQueued("reaction.clear");
        discardQueued("reaction.set");
    }

    function test_reactingByKeyboard() {
        const page = createPage();
        const postId = "7d3c2a8e-0000-4000-8000-000000000102";
        page.listView.currentIndex = page.feedModel.indexOf(postId);
        page.listView.forceActiveFocus(Qt.TabFocusReason);
        const card = page.listView.currentItem;
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Tab);
        verify(findChild(card, "addReaction").activeFocus, "Tab reaches React");
        keyClick(Qt.Key_Return);
        const picker = findChild(card, "reactionBar").picker;
        tryVerify(() => picker.opened);
        verify(findChild(picker.contentItem, "choice_0").activeFocus, "the first emoji takes the focus");
        keyClick(Qt.Key_Right);
        verify(findChild(picker.contentItem, "choice_1").activeFocus);
        keyClick(Qt.Key_Return);
        tryVerify(() => !picker.visible);
        testFixture.waitForWrites();
        const rows = testFixture.outbox().filter(r => r.name === "reaction.set");
        compare(rows.length, 1);
        compare(rows[0].args.emoji, "❤️");
        // Escape closes the picker without reacting.
        const again = page.listView.currentItem;
        findChild(again, "addReaction").forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(again, "reactionBar").picker.opened);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !findChild(again, "reactionBar").picker.visible);
        testFixture.waitForWrites();
        compare(testFixture.outbox().filter(r => r.name === "reaction.set").length, 1);
        discardQueued("reaction.set");
    }

    function test_refusedPostOffersRetryAndDiscardByKeyboard() {
        const page = createPage();
        const postId = page.createPost("announcement", "Club AGM", "Thursday, the café.", "");
        tryVerify(() => page.feedModel.indexOf(postId) >= 0);
        const queued = testFixture.outbox().filter(r => r.args.id === postId)[0];
        testFixture.answer(queued.id, "rejected", "forbidden", "only owners and moderators can do this", {});
        let card = null;
        tryVerify(() => { card = delegateAt(page, page.feedModel.indexOf(postId)); return card.failed; });
        verify(findChild(card, "postFailure").visible);
        compare(findChild(card, "postFailureText").text, "Not sent: only owners and moderators can do this");
        verify(!findChild(card, "postComments").visible, "a refused post cannot be replied to");

        page.listView.currentIndex = page.feedModel.indexOf(postId);
        page.listView.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Tab);
        verify(findChild(card, "retryButton").activeFocus, "Tab reaches Retry");
        keyClick(Qt.Key_Tab);
        verify(findChild(card, "discardButton").activeFocus, "then Discard");
        keyClick(Qt.Key_Return);
        tryVerify(() => page.discardDialog.opened);
        compare(page.discardDialog.keepText, "Club AGM\n\nThursday, the café.", "its text can be copied first");
        mouseClick(findChild(page.discardDialog.footer, "copyButton"));
        compare(Clipboard.text, "Club AGM\n\nThursday, the café.");
        mouseClick(findChild(page.discardDialog.footer, "confirmButton"));
        tryCompare(page.feedModel, "count", page.postCount);
        tryVerify(() => page.feedModel.indexOf(postId) < 0, 3000, "discarded");
        compare(testFixture.outbox().filter(r => r.args.id === postId).length, 0, "and gone from the outbox");
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
