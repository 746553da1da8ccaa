import QtQuick
import QtTest
import Hearth.Ui
import Hearth.Models

// "Start a community" over this file's cache: the steps walked by keyboard, the slug checked as
// typed (the wire's rules and the communities the cache knows), what Create queues (the outbox
// rows hearthd receives), the server's answers as hearthd gives them (the community made with its
// welcome post, then the invite whose link is copied; or a slug taken meanwhile, shown at the
// slug field with everything typed kept), offline, and Escape asking before typed text is lost.
TestCase {
    id: testCase
    name: "StartCommunityPage"
    when: windowShown
    width: 1000
    height: 800
    visible: true

    Component {
        id: pageComponent

        StartCommunityPage {
            width: testCase.width
            height: testCase.height
            store: testStore
            online: true
            backLabel: "Ridge Runners"
        }
    }

    SignalSpy {
        id: closedSpy
        signalName: "closed"
    }

    SignalSpy {
        id: openedSpy
        signalName: "communityOpened"
    }

    function createPage(properties) {
        wait(0);
        const page = createTemporaryObject(pageComponent, testCase, properties || {});
        verify(page !== null, "StartCommunityPage loads");
        closedSpy.clear();
        closedSpy.target = page;
        openedSpy.clear();
        openedSpy.target = page;
        page.start();
        return page;
    }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function messageOf(field) {
        return findChild(field, "fieldMessage").text;
    }

    function outboxRows(name) {
        testFixture.waitForWrites(); // queued writes reach the outbox on the writer's thread
        return testFixture.outbox().filter(row => row.name === name);
    }

    function discardAll(name) {
        const rows = outboxRows(name);
        for (let i = 0; i < rows.length; ++i)
            testStore.discardMutation(rows[i].id);
        testFixture.waitForWrites();
    }

    function cleanup() {
        discardAll("community.create");
        discardAll("invite.create");
    }

    // Basics to Review by keyboard alone: Enter in one-line fields, Ctrl+Enter in text areas.
    function walkToReview(page, name) {
        const nameField = findChild(page, "nameField");
        tryVerify(() => nameField.input.activeFocus, 2000, "the name field has the keyboard");
        type(name);
        keyClick(Qt.Key_Return);
        compare(page.stepName, "niche");
        verify(findChild(page, "taglineField").input.activeFocus);
        type("Wheel and kiln nights");
        keyClick(Qt.Key_Tab);
        verify(findChild(page, "descriptionArea").activeFocus, "Tab reaches the goals");
        type("Share glazes");
        keyClick(Qt.Key_Tab);
        verify(findChild(page, "topicField").input.activeFocus, "Tab leaves the goals for topics");
        type("ceramics");
        keyClick(Qt.Key_Return);
        type("glaze");
        keyClick(Qt.Key_Return);
        compare(page.topics, ["ceramics", "glaze"], "Enter adds each topic as a chip");
        verify(findChild(page, "topicChip_glaze") !== null);
        keyClick(Qt.Key_Return); // nothing typed: next step
        compare(page.stepName, "access");
        compare(page.memberCap, WireConstants.memberCapSuggested, "a micro community by default");
        keyClick(Qt.Key_Down);
        compare(page.visibility, "request", "Down chooses the next kind of access");
        keyClick(Qt.Key_Return);
        compare(page.stepName, "guidelines");
        verify(page.guidelines.indexOf("Show your process") >= 0, "a template to start from");
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        compare(page.stepName, "welcome");
        verify(page.welcome.indexOf(name) >= 0, "a welcome message that names the community");
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        compare(page.stepName, "review");
        if (page.online)
            verify(findChild(page, "createButton").activeFocus, "Create has the keyboard");
    }

    function test_slugIsMadeFromTheNameAndCheckedAsTyped() {
        const page = createPage();
        const nameField = findChild(page, "nameField");
        const slugField = findChild(page, "slugField");
        tryVerify(() => nameField.input.activeFocus);
        type("Kiln");
        page.name = "Café Öl & Co"; // keyClick types ASCII only
        compare(page.slug, "cafe-ol-co", "accents dropped, the rest as single hyphens");
        compare(slugField.errorText, "");

        page.name = "";
        nameField.input.forceActiveFocus();
        type("K");
        compare(page.slug, "k");
        compare(slugField.errorText, "Use at least 2 characters.");
        keyClick(Qt.Key_Return);
        compare(page.stepName, "basics", "a bad address keeps the step");
        verify(slugField.input.activeFocus, "the slug field gets the keyboard");

        slugField.input.selectAll();
        type("ridge-runners");
        compare(slugField.errorText, "“ridge-runners” is already taken on this server. Try another address.",
                "a community in the cache owns it");
        slugField.input.selectAll();
        type("-kiln");
        compare(slugField.errorText,
                "Use only lower-case letters a–z, digits and hyphens, with no hyphen at the start or end.");
        slugField.input.selectAll();
        type("kiln-nights");
        compare(slugField.errorText, "");
        page.name = "Renamed";
        compare(page.slug, "kiln-nights", "an address typed by hand stays when the name changes");

        page.name = "";
        keyClick(Qt.Key_Return);
        compare(page.stepName, "basics");
        compare(messageOf(nameField), "Give your community a name.");
    }

    function test_walkStepsCreateAndCopyTheInvite() {
        const page = createPage();
        walkToReview(page, "Hollin Potters");
        compare(findChild(page, "reviewValue1").text, "hollin-potters");
        compare(findChild(page, "reviewValue3").text, "ceramics, glaze");

        keyClick(Qt.Key_Return);
        compare(page.founder.stage, CommunityFounder.Creating);
        const created = outboxRows("community.create");
        compare(created.length, 1, "Create queues one community.create");
        const args = created[0].args;
        compare(args.name, "Hollin Potters");
        compare(args.slug, "hollin-potters");
        compare(args.tagline, "Wheel and kiln nights");
        compare(args.description, "Share glazes");
        compare(args.topics, ["ceramics", "glaze"]);
        compare(args.visibility, "request");
        compare(args.memberCap, WireConstants.memberCapSuggested);
        verify(args.guidelines.indexOf("Show your process") >= 0);
        verify(args.welcome.indexOf("Hollin Potters") >= 0);
        verify(findChild(page, "creatingNote").visible);

        // hearthd's answer: made, with the pinned welcome post. Then the invite is asked for.
        testFixture.answerApplied(created[0].id, {id: args.id, slug: args.slug, welcomePostId: "w-1"});
        tryCompare(page.founder, "stage", CommunityFounder.Inviting);
        testFixture.waitForWrites();
        const invites = outboxRows("invite.create");
        compare(invites.length, 1, "an invite for the new community");
        compare(invites[0].args.communityId, args.id);
        testFixture.answerApplied(invites[0].id, {id: invites[0].args.id, code: "k7m2p9q3rt4w"});
        tryCompare(page.founder, "stage", CommunityFounder.Ready);

        verify(findChild(page, "readyPanel").visible);
        compare(findChild(page, "inviteLinkField").text, "hearth://invite/k7m2p9q3rt4w");
        const copy = findChild(page, "copyInviteButton");
        tryVerify(() => copy.activeFocus, 2000, "Copy has the keyboard");
        Clipboard.text = "";
        keyClick(Qt.Key_Return);
        compare(Clipboard.text, "hearth://invite/k7m2p9q3rt4w");
        compare(copy.text, "Copied");

        page.cancel(); // Escape, as HomePage routes it
        compare(openedSpy.count, 1, "leaving the ready panel opens the new community");
        compare(openedSpy.signalArguments[0][0], args.id);
    }

    function test_slugTakenOnTheServerShowsAtTheSlugField() {
        const page = createPage();
        walkToReview(page, "Quarry Climbers");
        keyClick(Qt.Key_Return);
        const created = outboxRows("community.create");
        compare(created.length, 1);
        // An invite-only community the cache cannot see already has the address.
        testFixture.answer(created[0].id, "rejected", "slug_taken",
                           "the slug 'quarry-climbers' is already in use", {});
        tryCompare(page.founder, "stage", CommunityFounder.Failed);
        compare(page.stepName, "basics", "back at the field the server named");
        const slugField = findChild(page, "slugField");
        tryVerify(() => slugField.input.activeFocus);
        compare(slugField.errorText, "“quarry-climbers” is already taken on this server. Try another address.");
        tryVerify(() => outboxRows("community.create").length === 0, 5000,
                  "the refused create leaves the outbox");
        compare(page.name, "Quarry Climbers", "what was typed is kept");
        compare(page.topics, ["ceramics", "glaze"]);

        slugField.input.selectAll();
        type("quarry-climbing");
        compare(slugField.errorText, "");
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        compare(page.stepName, "review");
        keyClick(Qt.Key_Return);
        const again = outboxRows("community.create");
        compare(again.length, 1);
        compare(again[0].args.slug, "quarry-climbing");
    }

    function test_offlineSaysCreatingNeedsTheServerAndKeepsEverything() {
        const page = createPage({online: false});
        walkToReview(page, "Night Swimmers");
        verify(findChild(page, "offlineNote").visible);
        const create = findChild(page, "createButton");
        verify(!create.enabled, "Create waits for the server");
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        compare(outboxRows("community.create").length, 0, "nothing is queued offline");
        page.online = true;
        verify(!findChild(page, "offlineNote").visible);
        verify(create.enabled);
        compare(page.name, "Night Swimmers");
    }

    function test_escapeAsksBeforeTypedTextIsLost() {
        let page = createPage();
        page.cancel();
        compare(closedSpy.count, 1, "nothing typed: leaves at once");

        page = createPage();
        type("Kiln Club");
        page.cancel();
        verify(page.cancelDialog.opened, "typed text: asks first");
        compare(closedSpy.count, 0);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !page.cancelDialog.opened);
        compare(page.name, "Kiln Club", "Escape in the question keeps everything");
        page.cancel();
        tryVerify(() => page.cancelDialog.opened);
        mouseClick(findChild(page.cancelDialog.footer, "confirmButton"));
        tryCompare(closedSpy, "count", 1);
    }

    function test_templatesFillTheEditorWithALivePreview() {
        const page = createPage();
        page.name = "Trail Folk";
        page.goTo(3);
        compare(page.stepName, "guidelines");
        const preview = findChild(page, "markdownPreviewText");
        verify(preview.text.indexOf("<b>Show your process</b>") >= 0 || preview.text.indexOf("Show your process") >= 0);
        mouseClick(findChild(page, "template_running"));
        verify(page.guidelines.indexOf("All paces are welcome") >= 0);
        compare(page.templateKey, "running");
        page.guidelines = page.guidelines + "\n- Dogs on leads.";
        tryVerify(() => preview.text.indexOf("Dogs on leads.") >= 0, 2000, "the preview follows the text");
        mouseClick(findChild(page, "template_blank"));
        verify(page.templateDialog.opened, "replacing edited text asks first");
        page.templateDialog.close();
        tryVerify(() => !page.templateDialog.opened);
        verify(page.guidelines.indexOf("Dogs on leads.") >= 0, "kept");
    }

    // The ways in: the rail's "+", Ctrl+Shift+C and HomePage.openStartCommunity().
    Component {
        id: homeComponent

        HomePage {
            width: testCase.width
            height: testCase.height
            store: testStore
            displayName: "Mara Quinn"
            handle: "mara"
            serverUrl: "http://127.0.0.1:8787"
            syncStatus: SyncStatusPill.State.Online
        }
    }

    function test_homeOpensTheStepsFromTheRailAndTheShortcut() {
        wait(0);
        const home = createTemporaryObject(homeComponent, testCase);
        tryCompare(home.rail, "count", 3);
        mouseClick(findChild(home.rail, "startCommunityButton"));
        compare(home.view, "start");
        verify(home.startPage.visible);
        tryVerify(() => findChild(home.startPage, "nameField").input.activeFocus);
        keyClick(Qt.Key_Escape);
        compare(home.view, "feed", "Escape with nothing typed goes back");
        keyClick(Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier);
        compare(home.view, "start");
        home.back();
        home.openStartCommunity();
        compare(home.view, "start");
    }
}
