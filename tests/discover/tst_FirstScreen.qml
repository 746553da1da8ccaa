import QtQuick
import QtTest
import Hearth.Ui

// A new account in no community lands on Discover (not "ask an organizer for an invite"): the
// server's public and request-only communities are listed, the invite-only one is not, search
// filters by name, tagline and topic, and each card says how full it is.
TestCase {
    id: testCase
    name: "FirstScreen"
    when: windowShown
    width: 1200
    height: 800
    visible: true

    Component {
        id: homeComponent

        HomePage {
            width: testCase.width
            height: testCase.height
            store: testStore
            displayName: "Nia"
            handle: "nia"
            serverUrl: "http://127.0.0.1"
            syncStatus: SyncStatusPill.State.Online
        }
    }

    function rowOf(page, communityId) {
        return page.discover.indexOf(communityId);
    }

    function test_anAccountWithNoCommunityLandsOnDiscover() {
        const home = createTemporaryObject(homeComponent, testCase);
        verify(home !== null);
        const page = home.discoverPage;
        tryVerify(() => page.visible, 5000, "Discover is the first screen");
        verify(page.firstScreen);
        compare(page.backLabel, "", "no way back from the first screen");
        verify(!findChild(home, "noCommunityState").visible);
        compare(home.rail.count, 0);
        tryVerify(() => rowOf(page, ids.clay) >= 0 && rowOf(page, ids.sky) >= 0 && rowOf(page, ids.table) >= 0);
        compare(rowOf(page, ids.hidden), -1, "an invite-only community is never listed");

        // Search: by name, by tagline, by topic; what does not match leaves.
        page.searchField.text = "night sky";
        verify(rowOf(page, ids.sky) >= 0);
        compare(rowOf(page, ids.clay), -1);
        page.searchField.text = "shared kilns";
        verify(rowOf(page, ids.clay) >= 0);
        compare(rowOf(page, ids.sky), -1);
        page.searchField.text = "ASTRONOMY";
        verify(rowOf(page, ids.sky) >= 0);
        compare(rowOf(page, ids.table), -1);
        page.searchField.text = "no community is called this";
        compare(page.discover.count, 0);
        verify(findChild(home, "discoverEmptyState").visible);
        page.searchField.text = "";
        tryVerify(() => rowOf(page, ids.table) >= 0);

        // A card says how full it is: the small one is full.
        page.select(ids.table);
        compare(page.selected.status, "full");
        compare(page.selected.seatsLeft, 0);
        compare(findChild(page, "detailSeats").text, "Full: 2 of 2 members");
        verify(!findChild(page, "joinButton").visible, "a full community offers no Join");
        verify(findChild(page, "detailStatus").text.indexOf("full") >= 0);

        // The organizers and the visibility of a listed community.
        page.select(ids.clay);
        compare(page.selected.organizers.length, 1);
        compare(page.selected.organizers[0].displayName, ids.organizerName);
        compare(page.selected.organizers[0].role, "owner");
        compare(findChild(page, "detailVisibility").text, "Open: anyone on this server can join");
        compare(page.selected.topics, ["glaze", "kilns"]);
        verify(findChild(page, "detailGuidelines").text.indexOf("Credit the maker") >= 0);
        verify(findChild(page, "joinButton").visible);
    }

    function test_keyboardReachesTheJoinButton() {
        const home = createTemporaryObject(homeComponent, testCase);
        const page = home.discoverPage;
        tryVerify(() => page.visible && page.discover.count > 0);
        home.openDiscover("");
        verify(page.searchField.activeFocus, "the search field has the keyboard");
        page.searchField.text = "Clay Collective";
        keyClick(Qt.Key_Return);
        verify(page.list.activeFocus);
        compare(page.selectedId, page.discover.get(0).communityId);
        keyClick(Qt.Key_Return);
        verify(page.joinButton.activeFocus, "Enter on a card goes to its Join");
        keyClick(Qt.Key_Return);
        tryVerify(() => page.joinDialog.opened);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !page.joinDialog.opened);
        compare(live.outbox().length, 0, "Escape joined nothing");
    }
}
