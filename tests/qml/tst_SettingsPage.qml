import QtQuick
import QtTest
import Hearth.Ui
import Hearth.Models

// Settings over this file's cache: the theme and text size change live and are remembered (a
// new Preferences reads them back), desktop alerts are stored, offline storage lists each
// community with its size and "Keep offline" (stored in the cache), clearing asks first and says
// the outbox is kept, and accounts can be switched and added.
TestCase {
    id: testCase
    name: "SettingsPage"
    when: windowShown
    width: 1100
    height: 760
    visible: true

    Preferences {
        id: testPreferences
    }

    CommunityListModel {
        id: testCommunities
        store: testStore
        joinedOnly: true
    }

    StorageUsageModel {
        id: testStorage
        store: testStore
    }

    AlertPreferences {
        id: testAlerts
        store: testStore
    }

    Component {
        id: settingsComponent

        SettingsPage {
            width: testCase.width
            height: testCase.height
            preferences: testPreferences
            storage: testStorage
            alertPreferences: testAlerts
            communities: testCommunities
            displayName: "Mara Quinn"
            handle: "mara"
            serverUrl: "http://127.0.0.1:8787"
            accounts: [
                { serverUrl: "http://127.0.0.1:8787", handle: "mara", displayName: "Mara Quinn" },
                { serverUrl: "https://hearth.example.org", handle: "mq", displayName: "Mara at work" }
            ]
            unsentCount: 2
            appVersion: "0.1.0"
            qtVersion: "6.4.2"
        }
    }

    Component {
        id: preferencesComponent
        Preferences {}
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    function createPage(section) {
        const page = createTemporaryObject(settingsComponent, testCase, { section: section });
        verify(page !== null, "SettingsPage loads");
        return page;
    }

    function cleanup() {
        testPreferences.theme = "system";
        testPreferences.textScale = 1;
        Theme.mode = "system";
        Theme.textScale = 1;
    }

    function test_themeSwitchesLiveAndIsRemembered() {
        const page = createPage("appearance");
        // The window binds Theme to the preferences; here the test does.
        const binding = Qt.createQmlObject('import QtQuick; import Hearth.Ui; Binding { target: Theme; property: "mode" }', testCase);
        binding.value = Qt.binding(() => testPreferences.theme);
        mouseClick(findChild(page, "choice_dark"));
        compare(testPreferences.theme, "dark");
        verify(Theme.dark, "dark at once");
        compare(findChild(page, "choice_dark").Accessible.checked, true);
        mouseClick(findChild(page, "choice_light"));
        verify(!Theme.dark);
        mouseClick(findChild(page, "choice_dark"));
        const reread = createTemporaryObject(preferencesComponent, testCase);
        compare(reread.theme, "dark", "remembered for the next start");
        binding.destroy();
    }

    function test_textSizeScalesTheType() {
        const page = createPage("appearance");
        const body = Theme.fontSizeBody;
        const binding = Qt.createQmlObject('import QtQuick; import Hearth.Ui; Binding { target: Theme; property: "textScale" }', testCase);
        binding.value = Qt.binding(() => testPreferences.textScale);
        mouseClick(findChild(page, "choice_1.3"));
        compare(testPreferences.textScale, 1.3);
        verify(Theme.fontSizeBody > body, "text grows: " + Theme.fontSizeBody);
        compare(createTemporaryObject(preferencesComponent, testCase).textScale, 1.3);
        // By keyboard: the arrows move the choice.
        findChild(page, "choice_1.3").forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Left);
        compare(testPreferences.textScale, 1.15);
        binding.destroy();
    }

    function test_desktopAlertsAreStored() {
        const page = createPage("notifications");
        const toggle = findChild(page, "desktopAlertsSwitch");
        verify(toggle.visible);
        const before = testPreferences.desktopAlerts;
        mouseClick(toggle);
        compare(testPreferences.desktopAlerts, !before);
        compare(createTemporaryObject(preferencesComponent, testCase).desktopAlerts, !before);
        mouseClick(toggle);
    }

    function alertWrites() {
        testFixture.waitForWrites();
        return testFixture.outbox().filter(row => row.name === "alerts.set");
    }

    // Per community and the digest are the server's to keep: each choice queues alerts.set (it
    // follows the member to another machine) and shows at once; discarding it puts it back.
    function test_alertLevelsAndDigestAreQueuedForTheServer() {
        const page = createPage("notifications");
        const row = findChild(page, "alerts_" + testCommunityId);
        verify(row !== null, "a row for each of my communities");
        const levels = findChild(row, "alertLevel");
        compare(levels.value, "all");
        mouseClick(levels.buttonAt(2));
        let writes = alertWrites();
        compare(writes.length, 1);
        compare(writes[0].args.communityId, testCommunityId);
        compare(writes[0].args.level, "none");
        tryCompare(findChild(findChild(page, "alerts_" + testCommunityId), "alertLevel"), "value", "none");

        const digest = findChild(page, "digestSwitch");
        verify(!digest.checked);
        mouseClick(digest);
        writes = alertWrites();
        compare(writes.length, 2);
        compare(writes[1].args.digest, true);
        tryVerify(() => testAlerts.digest);
        verify(findChild(page, "digestSwitch").checked);

        for (let i = writes.length - 1; i >= 0; --i)
            testStore.discardMutation(writes[i].id);
        testFixture.waitForWrites();
        tryVerify(() => !testAlerts.digest);
        tryCompare(findChild(findChild(page, "alerts_" + testCommunityId), "alertLevel"), "value", "all");
        compare(alertWrites().length, 0);
    }

    // By keyboard: Right on the chosen level picks the next one, Space toggles the digest.
    function test_alertChoicesByKeyboard() {
        const page = createPage("notifications");
        const levels = findChild(findChild(page, "alerts_" + testCommunityId), "alertLevel");
        levels.buttonAt(0).forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Right);
        let writes = alertWrites();
        compare(writes.length, 1);
        compare(writes[0].args.level, "mentions");
        verify(levels.buttonAt(1).activeFocus);
        const digest = findChild(page, "digestSwitch");
        digest.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        writes = alertWrites();
        compare(writes.length, 2);
        compare(writes[1].args.digest, true);
        for (let i = writes.length - 1; i >= 0; --i)
            testStore.discardMutation(writes[i].id);
        testFixture.waitForWrites();
        tryVerify(() => !testAlerts.digest);
        compare(alertWrites().length, 0);
    }

    // Without a system tray there are no bubbles: the page says why and what happens instead
    // (the switch still decides whether the taskbar entry is highlighted).
    function test_withoutATrayAlertsSaySo() {
        const withTray = createPage("notifications");
        verify(!findChild(withTray, "trayUnavailableNote").visible);
        const reason = "This desktop has no system tray, so Hearth cannot show desktop notifications.";
        const page = createTemporaryObject(settingsComponent, testCase,
                                           { section: "notifications", trayUnavailableReason: reason });
        const note = findChild(page, "trayUnavailableNote");
        verify(note.visible);
        compare(note.text, reason);
        verify(findChild(page, "desktopAlertsSwitch").enabled);
    }

    function test_storageListsCommunitiesWithSizesAndKeepsOffline() {
        const page = createPage("storage");
        tryVerify(() => testStorage.fileBytes > 0);
        verify(findChild(page, "storageTotal").text.indexOf("KB in all") >= 0
               || findChild(page, "storageTotal").text.indexOf("MB in all") >= 0,
               findChild(page, "storageTotal").text);
        const ridge = findChild(page, "storage_" + testCommunityId);
        verify(ridge !== null);
        const detail = findChild(ridge, "usageDetail").text;
        verify(testStorage.bytesOf(testCommunityId) > testStorage.bytesOf(testSecondCommunityId),
               "the community with posts takes more room");
        verify(detail.indexOf("5 posts") >= 0, detail);
        verify(detail.indexOf("0 bytes") < 0, "its size is measured: " + detail);

        const toggle = findChild(ridge, "keepOfflineSwitch");
        verify(!toggle.checked);
        mouseClick(toggle);
        testFixture.waitForWrites();
        tryVerify(() => testCommunities.count > 0 && findChild(ridge, "keepOfflineSwitch").checked);
        tryVerify(() => findChild(ridge, "usageDetail").text.indexOf("whole history") >= 0);
        mouseClick(findChild(ridge, "keepOfflineSwitch"));
        testFixture.waitForWrites();
    }

    function test_clearingAsksAndKeepsTheOutbox() {
        const page = createPage("storage");
        const spy = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "clearCacheRequested" });
        mouseClick(findChild(page, "clearCacheButton"));
        tryVerify(() => page.clearDialog.opened);
        verify(findChild(page.clearDialog.contentItem, "dialogMessage").text
               .indexOf("Your 2 unsent changes are kept and still sent.") >= 0);
        compare(spy.count, 0);
        mouseClick(findChild(page.clearDialog.footer, "confirmButton"));
        compare(spy.count, 1);
    }

    function test_accountsCanBeSwitchedAndAdded() {
        const page = createPage("accounts");
        compare(findChild(page, "currentAccountName").text, "Mara Quinn");
        const switched = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "switchAccountRequested" });
        const added = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "addAccountRequested" });
        const signOut = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "signOutRequested" });
        verify(findChild(page, "switchTo_mara") === null, "the current account is not offered");
        mouseClick(findChild(page, "switchTo_mq"));
        compare(switched.count, 1);
        compare(switched.signalArguments[0][0], "https://hearth.example.org");
        compare(switched.signalArguments[0][1], "mq");
        mouseClick(findChild(page, "addAccountButton"));
        compare(added.count, 1);
        mouseClick(findChild(page, "signOutButton"));
        compare(signOut.count, 1);
    }

    function test_aboutNamesVersionsAndServer() {
        const page = createPage("about");
        compare(findChild(page, "appVersion").text, "0.1.0");
        compare(findChild(page, "aboutServer").text, "http://127.0.0.1:8787");
    }

    function test_sectionsByKeyboard() {
        const page = createPage("appearance");
        const nav = findChild(page, "settingsSections");
        nav.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Down);
        compare(page.section, "notifications");
        keyClick(Qt.Key_Down);
        compare(page.section, "storage");
        verify(findChild(page, "storageSection").visible);
    }
}
