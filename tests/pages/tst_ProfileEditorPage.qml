import QtQuick
import QtTest
import Hearth.Ui
import Hearth.Models

// My profile in the editor, over a realistic cache in which Sam has a bio, three interests and
// one link: what the form shows, the profile.update a Save queues (the whole profile, links and
// showcase included) and what the profile page shows at once, the checks that keep a save from
// being refused (an address that is not a web address, an empty name), Revert, and Cancel
// asking before it drops edits. The real hearthd's side is in tst_profilesync.
TestCase {
    id: testCase
    name: "ProfileEditorPage"
    when: windowShown
    width: 1100
    height: 900
    visible: true

    Component {
        id: editorComponent

        ProfileEditorPage {
            width: testCase.width
            height: testCase.height
            store: testStore
        }
    }

    Component {
        id: profileComponent

        MemberProfile {
            store: testStore
        }
    }

    SignalSpy {
        id: savedSpy
        signalName: "saved"
    }

    SignalSpy {
        id: closedSpy
        signalName: "closed"
    }

    function init() {
        testSupport.discardOutbox();
    }

    function createEditor() {
        const page = createTemporaryObject(editorComponent, testCase);
        verify(page !== null);
        tryVerify(() => page.profile.loaded);
        page.start();
        savedSpy.clear();
        savedSpy.target = page;
        closedSpy.clear();
        closedSpy.target = page;
        return page;
    }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    // What a member does: scroll the item into view, then click it.
    function press(page, item) {
        verify(item !== null);
        waitForRendering(page); // the layout places what the last action added
        page.scroller.reveal(item);
        waitForRendering(page);
        mouseClick(item);
    }

    function queued() {
        testSupport.waitForWrites();
        return testSupport.outbox().filter(row => row.name === "profile.update");
    }

    // The items a Repeater made for a list model, in order.
    function rows(page, prefix, count) {
        const out = [];
        for (let i = 0; i < count; ++i) {
            const row = findChild(page, prefix + i);
            verify(row !== null, prefix + i);
            out.push(row);
        }
        return out;
    }

    function test_showsMyProfileAsCached() {
        const page = createEditor();
        compare(findChild(page, "displayNameField").text, "Sam Rivera");
        verify(findChild(page, "bioEditor").text.startsWith("Product support by day"));
        compare(page.interests, ["pottery", "trail running", "coffee"]);
        verify(findChild(page, "interestChip_coffee") !== null);
        compare(page.links.count, 1);
        const link = rows(page, "linkRow_", 1)[0];
        compare(findChild(link, "linkLabel").text, "Notes");
        compare(findChild(link, "linkUrl").text, "https://samrivera.example/notes");
        compare(page.showcase.count, 0);
        verify(!page.dirty, "nothing changed yet");
        verify(!findChild(page, "saveButton").enabled);
        verify(findChild(page, "displayNameField").input.activeFocus, "the name field has focus");
    }

    function test_saveQueuesTheWholeProfileAndShowsItAtOnce() {
        const page = createEditor();
        const name = findChild(page, "displayNameField");
        name.input.selectAll();
        type("Sam R.");
        verify(page.dirty);

        // An interest by keyboard: Enter adds it as a chip.
        findChild(page, "interestsInput").input.forceActiveFocus();
        type("raku");
        keyClick(Qt.Key_Return);
        compare(page.interests, ["pottery", "trail running", "coffee", "raku"]);

        press(page, findChild(page, "addLinkButton"));
        compare(page.links.count, 2);
        const link = rows(page, "linkRow_", 2)[1];
        tryVerify(() => findChild(link, "linkLabel").input.activeFocus, 1000, "a new link row takes focus");
        type("Shop");
        findChild(link, "linkUrl").input.forceActiveFocus();
        type("https://samrivera.example/shop");

        press(page, findChild(page, "addShowcaseButton"));
        const item = rows(page, "showcaseItem_", 1)[0];
        tryVerify(() => findChild(item, "showcaseTitle").input.activeFocus, 1000, "a new item takes focus");
        type("First raku bowl");
        keyClick(Qt.Key_Tab);
        verify(findChild(item, "showcaseText").activeFocus, "Tab reaches the description");
        type("Crackle glaze, smoked in sawdust.");
        keyClick(Qt.Key_Tab);
        verify(findChild(item, "showcaseLink").input.activeFocus, "Tab leaves the description for the link");

        // Ctrl+S saves, as the footer says.
        keyClick(Qt.Key_S, Qt.ControlModifier);
        compare(savedSpy.count, 1);
        const rowsQueued = queued();
        compare(rowsQueued.length, 1, "one profile.update");
        const args = rowsQueued[0].args;
        compare(args.id, fixture.me);
        compare(args.version, 1);
        compare(args.displayName, "Sam R.");
        verify(args.bio.startsWith("Product support by day"));
        compare(args.interests, ["pottery", "trail running", "coffee", "raku"]);
        compare(args.links.length, 2);
        compare(args.links[1].label, "Shop");
        compare(args.links[1].url, "https://samrivera.example/shop");
        compare(args.showcase.length, 1);
        compare(args.showcase[0].title, "First raku bowl");
        compare(args.showcase[0].text, "Crackle glaze, smoked in sawdust.");
        verify(args.showcase[0].link === undefined, "an empty link is left out");

        // The cache shows it before the server answers.
        const mine = createTemporaryObject(profileComponent, testCase, {userId: fixture.me});
        tryCompare(mine, "displayName", "Sam R.");
        compare(mine.showcase.length, 1);
        compare(mine.interests.length, 4);
    }

    function test_anAddressThatIsNotAWebAddressKeepsSaveFromQueueing() {
        const page = createEditor();
        press(page, findChild(page, "addLinkButton"));
        const link = rows(page, "linkRow_", 2)[1];
        type("Portfolio");
        const url = findChild(link, "linkUrl");
        url.input.forceActiveFocus();
        type("samrivera.example");
        compare(url.errorText, "Use a full web address, such as https://example.org");
        verify(!page.valid);
        press(page, findChild(page, "saveButton"));
        compare(savedSpy.count, 0);
        compare(queued().length, 0, "nothing queued");
        compare(findChild(page, "saveStatus").text, "Some fields need a look before saving.");

        // Fixed, it saves.
        url.input.forceActiveFocus();
        url.input.selectAll();
        type("https://samrivera.example");
        compare(url.errorText, "");
        press(page, findChild(page, "saveButton"));
        compare(savedSpy.count, 1);
        compare(queued()[0].args.links[1].url, "https://samrivera.example");
    }

    function test_aShowcaseItemNeedsATitleAndANameIsRequired() {
        const page = createEditor();
        press(page, findChild(page, "addShowcaseButton"));
        const item = rows(page, "showcaseItem_", 1)[0];
        findChild(item, "showcaseLink").input.forceActiveFocus();
        type("https://samrivera.example/bowl");
        press(page, findChild(page, "saveButton"));
        compare(findChild(item, "showcaseTitle").errorText, "Give it a title.");
        compare(queued().length, 0);

        findChild(item, "showcaseTitle").input.forceActiveFocus();
        type("Bowl");
        const name = findChild(page, "displayNameField");
        name.input.forceActiveFocus();
        name.input.selectAll();
        keyClick(Qt.Key_Delete);
        compare(name.errorText, "Your name cannot be empty.");
        press(page, findChild(page, "saveButton"));
        compare(queued().length, 0, "an empty name is never sent");

        // An item left empty is dropped, not refused.
        name.input.forceActiveFocus();
        type("Sam");
        press(page, findChild(page, "addShowcaseButton"));
        compare(page.showcase.count, 2);
        press(page, findChild(page, "saveButton"));
        compare(savedSpy.count, 1);
        compare(queued()[0].args.showcase.length, 1);
    }

    function test_removeAndReorder() {
        const page = createEditor();
        press(page, findChild(page, "addShowcaseButton"));
        type("Mug");
        press(page, findChild(page, "addShowcaseButton"));
        type("Bowl");
        press(page, findChild(rows(page, "showcaseItem_", 2)[1], "moveItemUp"));
        compare(page.showcase.get(0).title, "Bowl");
        press(page, findChild(rows(page, "linkRow_", 1)[0], "removeLink"));
        compare(page.links.count, 0);
        press(page, findChild(page, "interestChip_coffee"));
        compare(page.interests, ["pottery", "trail running"]);
        press(page, findChild(page, "saveButton"));
        const args = queued()[0].args;
        compare(args.showcase.map(i => i.title), ["Bowl", "Mug"]);
        compare((args.links || []).length, 0, "the link is gone (an empty list may be left out)");
        compare(args.interests, ["pottery", "trail running"]);
    }

    function test_revertAndCancel() {
        const page = createEditor();
        // Unchanged, Cancel just closes.
        press(page, findChild(page, "cancelButton"));
        compare(closedSpy.count, 1);

        const name = findChild(page, "displayNameField");
        name.input.forceActiveFocus();
        type(" the potter");
        verify(page.dirty);
        press(page, findChild(page, "revertButton"));
        compare(name.text, "Sam Rivera");
        verify(!page.dirty);

        name.input.forceActiveFocus();
        type("!");
        page.cancel();
        const dialog = findChild(page, "discardProfileDialog");
        tryVerify(() => dialog.opened);
        compare(closedSpy.count, 1, "edits are not dropped without asking");
        mouseClick(findChild(dialog.footer, "confirmButton"));
        tryCompare(closedSpy, "count", 2);
        compare(queued().length, 0);
    }
}
