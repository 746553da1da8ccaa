import QtQuick
import QtTest
import Hearth.Ui
import Hearth.Models

// The Manage pane's Settings section over the realistic cache, where Sam moderates the trail
// club: the form shows the cached settings; a moderator cannot change who may join or the cap
// (an owner can); a save queues one community.update with only what changed and the version the
// form was loaded at; a guidelines change offers re-acceptance; an invalid cap cannot be saved;
// hearthd's refusal shows by its field with the typing kept; offline it waits to be sent; and
// another organizer's change reloads the form only when it has no unsaved edits.
TestCase {
    id: testCase
    name: "ManageSettings"
    when: windowShown
    width: 1200
    height: 900
    visible: true

    // The trail club as the fixture syncs it (pagesfixture.cpp).
    readonly property var trailClub: ({
        id: fixture.trail,
        slug: "ridgeback-trail",
        name: "Ridgeback Trail Club",
        tagline: "Trail running on the ridge",
        description: "Hill reps on Tuesdays, long runs on Sundays.",
        topics: ["trail running", "hills"],
        visibility: "request",
        memberCount: 18,
        memberCap: 250,
        welcome: "Say hello and tell us your favourite hill.",
        guidelines: "Be kind on the hills. No selling.",
        version: 4
    })

    Component {
        id: manageComponent

        ManagePage {
            width: testCase.width
            height: testCase.height
            store: testStore
            communityId: fixture.trail
            communityName: "Ridgeback Trail Club"
            backLabel: "Ridgeback Trail Club"
            myRole: "moderator"
            myState: "active"
        }
    }

    function init() {
        testSupport.discardOutbox();
        testSupport.syncCommunity(trailClub);
    }

    function createPage(properties) {
        wait(0);
        const page = createTemporaryObject(manageComponent, testCase, properties || {});
        verify(page !== null);
        tryCompare(page.settingsSection.settings, "loaded", true);
        return page;
    }

    function createSection(properties) {
        const page = createPage(properties);
        page.showSection("settings");
        const section = page.settingsSection;
        verify(section.visible);
        return section;
    }

    // Types a cap into the spin box and leaves it with Tab, as a person would.
    function typeCap(section, cap) {
        const box = field(section, "memberCapBox");
        box.contentItem.forceActiveFocus();
        box.contentItem.selectAll();
        typeText(String(cap));
        keyClick(Qt.Key_Tab);
        compare(section.memberCap, cap);
    }

    function field(section, name) {
        const item = findChild(section, name);
        verify(item !== null, name);
        return item;
    }

    // A button of the form, scrolled into view first (the form is taller than the window).
    function click(section, button) {
        section.scroller.reveal(button);
        wait(0);
        mouseClick(button);
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function settingsUpdates() {
        testSupport.waitForWrites();
        return testSupport.outbox().filter(row => row.name === "community.update");
    }

    function test_theFormShowsTheCachedSettings() {
        const section = createSection();
        compare(field(section, "settingsName").text, "Ridgeback Trail Club");
        compare(field(section, "settingsTagline").text, "Trail running on the ridge");
        compare(field(section, "settingsDescription").text, "Hill reps on Tuesdays, long runs on Sundays.");
        verify(findChild(section, "topicChip_trail running") !== null);
        verify(findChild(section, "topicChip_hills") !== null);
        compare(section.visibility, "request");
        compare(section.memberCap, 250);
        compare(field(section, "memberCapBox").value, 250);
        compare(field(section, "memberCapHint").text, "18 of 250 seats taken, 232 left. From 18 to 5000.");
        compare(field(section, "settingsWelcome").text, "Say hello and tell us your favourite hill.");
        compare(field(section, "settingsGuidelines").text, "Be kind on the hills. No selling.");
        compare(section.settings.version, 4);
        verify(!section.dirty);
        verify(!section.saveButton.enabled, "nothing changed: nothing to save");
        verify(!section.revertButton.enabled);
        verify(!section.reacceptSwitch.visible, "offered only with new guidelines");
    }

    function test_aModeratorCannotChangeVisibilityOrCap() {
        const section = createSection();
        verify(field(section, "ownerOnlyNote").visible);
        compare(field(section, "ownerOnlyNote").text,
                "Only owners can change who may join and the member cap: ask an owner of Ridgeback Trail Club.");
        const publicOption = field(section, "visibility_public");
        verify(!publicOption.enabled);
        verify(!field(section, "memberCapBox").enabled);
        mouseClick(publicOption);
        compare(section.visibility, "request", "a disabled option does not choose");
        verify(!section.dirty);

        // An owner may.
        const owner = createSection({ myRole: "owner" });
        verify(!field(owner, "ownerOnlyNote").visible);
        verify(field(owner, "visibility_public").enabled);
        verify(field(owner, "memberCapBox").enabled);
        mouseClick(field(owner, "visibility_public"));
        compare(owner.visibility, "public");
        compare(owner.changed, ["visibility"]);
    }

    function test_tabGoesTopToBottom() {
        const section = createSection();
        section.focusFirst();
        verify(field(section, "settingsName").input.activeFocus);
        keyClick(Qt.Key_Tab);
        verify(field(section, "settingsTagline").input.activeFocus, "tagline after the name");
        keyClick(Qt.Key_Tab);
        verify(field(section, "settingsDescription").area.activeFocus, "then the description");
        keyClick(Qt.Key_Tab);
        verify(field(section, "settingsTopics").input.activeFocus, "then the topics");
        keyClick(Qt.Key_Tab);
        verify(field(section, "topicChip_trail running").activeFocus, "then each topic's chip");
        keyClick(Qt.Key_Tab);
        verify(field(section, "topicChip_hills").activeFocus);
        keyClick(Qt.Key_Tab);
        // A moderator skips who may join and the cap (disabled).
        verify(field(section, "settingsWelcome").area.activeFocus, "then the welcome message");
        keyClick(Qt.Key_Tab);
        verify(field(section, "settingsGuidelines").area.activeFocus, "then the guidelines");
    }

    function test_savingTheTaglineQueuesOnlyItWithTheLoadedVersion() {
        const section = createSection();
        const tagline = field(section, "settingsTagline");
        tagline.input.forceActiveFocus();
        keyClick(Qt.Key_End);
        typeText(" at dawn");
        compare(tagline.text, "Trail running on the ridge at dawn");
        compare(section.changed, ["tagline"]);
        verify(section.saveButton.enabled);
        verify(section.revertButton.enabled);
        click(section, section.saveButton);

        const rows = settingsUpdates();
        compare(rows.length, 1, "exactly one community.update");
        const args = rows[0].args;
        compare(args.id, fixture.trail);
        compare(args.version, 4);
        compare(args.tagline, "Trail running on the ridge at dawn");
        for (const key of ["name", "description", "topics", "visibility", "memberCap", "welcome", "guidelines"])
            verify(!(key in args), key + " is not sent");
        verify(!args.requireReacceptance);

        // Waiting for hearthd: it says so, and a second save cannot be queued at the same version.
        compare(section.settings.saveState, CommunitySettings.Pending);
        compare(field(section, "saveStatus").text, "Saving…");
        verify(!section.saveButton.enabled);
        section.save();
        compare(settingsUpdates().length, 1);

        // hearthd applies it: saved, at the version it made.
        testSupport.apply(rows[0].id, { id: fixture.trail, version: 5 });
        tryCompare(section.settings, "saveState", CommunitySettings.Applied);
        compare(section.settings.version, 5);
        verify(!section.dirty);
        compare(field(section, "saveStatus").text, "Saved");
        compare(tagline.text, "Trail running on the ridge at dawn");
    }

    function test_newGuidelinesOfferReacceptance() {
        const section = createSection();
        verify(!section.reacceptSwitch.visible);
        const guidelines = field(section, "settingsGuidelines");
        guidelines.area.forceActiveFocus();
        keyClick(Qt.Key_End, Qt.ControlModifier);
        typeText(" Share the trail.");
        verify(section.guidelinesChanged);
        verify(section.reacceptSwitch.visible);
        verify(!section.reacceptSwitch.checked, "off unless the organizer asks for it");
        keyClick(Qt.Key_Tab);
        verify(section.reacceptSwitch.activeFocus, "the switch follows the guidelines");
        keyClick(Qt.Key_Space);
        verify(section.reacceptSwitch.checked);
        section.save();

        const rows = settingsUpdates();
        compare(rows.length, 1);
        compare(rows[0].args.guidelines, "Be kind on the hills. No selling. Share the trail.");
        compare(rows[0].args.requireReacceptance, true);
        compare(rows[0].args.version, 4);
        verify(!("tagline" in rows[0].args));
    }

    function test_anInvalidCapDisablesSave() {
        const section = createSection({ myRole: "owner" });
        typeCap(section, 10);
        compare(field(section, "memberCapHint").text, "18 members are in already: the cap cannot be below that.");
        verify(!section.valid);
        verify(!section.saveButton.enabled, "a cap below the seats taken cannot be saved");
        section.save();
        compare(settingsUpdates().length, 0);

        typeCap(section, 300);
        verify(section.valid);
        verify(section.saveButton.enabled);

        // An empty name is refused as typed, too.
        field(section, "settingsName").text = "  ";
        compare(field(section, "settingsName").errorText, "A community needs a name.");
        verify(!section.saveButton.enabled);
    }

    function test_aRefusalShowsTheReasonByItsFieldKeepingTheTyping() {
        const section = createSection({ myRole: "owner" });
        typeCap(section, 20);
        field(section, "settingsTagline").text = "Ridge runs";
        click(section, section.saveButton);
        const rows = settingsUpdates();
        compare(rows.length, 1);
        compare(rows[0].args.memberCap, 20);
        testSupport.refuse(rows[0].id, "invalid_request", "field 'memberCap' cannot be below the 21 current members");
        tryCompare(section.settings, "saveState", CommunitySettings.Refused);
        compare(field(section, "memberCapHint").text, "field 'memberCap' cannot be below the 21 current members");
        compare(field(section, "saveStatus").text, "Not saved: the server refused a field, shown above.");
        compare(section.memberCap, 20, "what was typed stays");
        compare(field(section, "settingsTagline").text, "Ridge runs");
        compare(settingsUpdates().length, 0, "the refused write leaves the outbox");
        verify(section.saveButton.enabled, "fixed, it can be saved again");

        // Revert puts the form back to the saved settings.
        click(section, section.revertButton);
        compare(section.memberCap, 250);
        compare(field(section, "settingsTagline").text, "Trail running on the ridge");
        compare(section.settings.saveState, CommunitySettings.Idle);
        verify(!section.dirty);
    }

    function test_aRefusalNamingNoFieldIsSaidByTheButtons() {
        const section = createSection();
        field(section, "settingsName").text = "Ridgeback Runners";
        section.save();
        const rows = settingsUpdates();
        testSupport.refuse(rows[0].id, "forbidden", "only organizers can change the settings");
        tryCompare(section.settings, "saveState", CommunitySettings.Refused);
        compare(field(section, "saveStatus").text, "Not saved: only organizers can change the settings");
        compare(field(section, "settingsName").text, "Ridgeback Runners");
    }

    function test_offlineTheSaveWaitsToBeSent() {
        const section = createSection({ online: false });
        field(section, "settingsWelcome").text = "Welcome, runners!";
        section.save();
        compare(settingsUpdates().length, 1);
        compare(field(section, "saveStatus").text,
                "Waiting to be sent: your changes go out as soon as Hearth is back online.");
        compare(section.saveButton.text, "Save");
    }

    function test_anotherOrganizersChangeReloadsOnlyAFormWithoutEdits() {
        const section = createSection();
        const theirs = Object.assign({}, trailClub, { tagline: "Hills, mud and coffee", version: 5 });
        testSupport.syncCommunity(theirs);
        tryCompare(field(section, "settingsTagline"), "text", "Hills, mud and coffee");
        compare(section.settings.version, 5);
        verify(!section.dirty);

        // With an edit, the form keeps it and says a newer version is there.
        field(section, "settingsName").text = "Ridgeback Runners";
        testSupport.syncCommunity(Object.assign({}, theirs, { welcome: "Hello!", version: 6 }));
        tryCompare(section.settings, "cachedVersion", 6);
        compare(section.settings.version, 5, "still based on what the form loaded");
        compare(field(section, "settingsWelcome").text, "Say hello and tell us your favourite hill.");
        compare(field(section, "settingsName").text, "Ridgeback Runners");
        verify(section.changedElsewhere);
        verify(field(section, "saveStatus").text.startsWith("Another organizer changed these settings"));
        // Saving now is based on version 5: hearthd answers a conflict instead of overwriting.
        section.save();
        const rows = settingsUpdates();
        compare(rows.length, 1);
        compare(rows[0].args.version, 5);
        compare(rows[0].args.name, "Ridgeback Runners");
        verify(!("welcome" in rows[0].args));
        // Discarded from the outbox, the save no longer waits.
        testSupport.discardOutbox();
        tryCompare(section.settings, "saveState", CommunitySettings.Idle);

        // Reverted, the form shows their latest.
        click(section, section.revertButton);
        tryCompare(field(section, "settingsWelcome"), "text", "Hello!");
        compare(section.settings.version, 6);
        compare(field(section, "settingsName").text, "Ridgeback Trail Club");
    }

    function test_theSectionIsInTheNavigation() {
        const page = createPage();
        const section = page.settingsSection;
        verify(!section.visible);
        page.navigation.forceLayout();
        // After Members, Requests, Reports and Engagement.
        const entry = page.navigation.itemAtIndex(4);
        compare(entry.objectName, "nav_settings");
        compare(entry.Accessible.name, "Settings");
        page.focusNavigation();
        for (let i = 0; i < 4; ++i)
            keyClick(Qt.Key_Down);
        compare(page.section, "settings");
        keyClick(Qt.Key_Return);
        verify(section.visible);
        verify(field(section, "settingsName").input.activeFocus);
    }
}
