import QtQuick
import QtTest
import Hearth.Ui

// Joining as hearthd decides it: a public community with guidelines only after "I accept" (the
// community then appears in the rail), a request-only one shows "Request sent" until the
// organizer approves (and the decision arrives as a notification), an invite link joins a
// hidden community, and leaving asks first. Each test uses its own community of this file.
TestCase {
    id: testCase
    name: "JoinAndLeave"
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

    function createHome() {
        wait(0);
        const home = createTemporaryObject(homeComponent, testCase);
        verify(home !== null);
        home.openDiscover("");
        tryVerify(() => home.discoverPage.visible && home.discoverPage.discover.count > 0);
        return home;
    }

    // The last join of `communityId` (or with an invite code) still in the outbox, or null.
    function lastJoin(communityId) {
        const rows = live.outbox().filter(r => r.name === "membership.join"
                                               && (communityId === undefined ? r.args.inviteCode !== undefined
                                                                             : r.args.communityId === communityId));
        return rows.length > 0 ? rows[rows.length - 1] : null;
    }

    function test_joiningAcceptsTheGuidelinesAndLandsInTheRail() {
        const home = createHome();
        const page = home.discoverPage;
        page.select(ids.clay);
        compare(page.selected.status, "open");
        mouseClick(page.joinButton);
        const dialog = page.joinDialog;
        tryVerify(() => dialog.opened);
        verify(findChild(dialog, "guidelinesText").text.indexOf("Credit the maker") >= 0,
               "the dialog shows the guidelines");
        verify(!dialog.joinButton.enabled, "no Join before “I accept”");
        dialog.acceptBox.checked = true;
        verify(dialog.joinButton.enabled);
        mouseClick(dialog.joinButton);
        tryVerify(() => !dialog.opened);
        // Shown at once; the server's answer wins.
        tryVerify(() => page.selected.status === "joining" || page.selected.status === "member");
        const sent = lastJoin(ids.clay);
        if (sent !== null) {
            compare(sent.args.acceptGuidelines, true);
        }
        tryVerify(() => live.idle(), 10000);
        tryVerify(() => page.selected.status === "member", 10000, "status member");
        tryVerify(() => home.rail.communities.indexOf(ids.clay) >= 0, 10000, "in the rail");
        const open = findChild(page, "openButton");
        verify(open.visible);
        // Inside the window (the detail pane once grew past its right edge).
        const at = open.mapToItem(home, open.width, open.height);
        verify(at.x <= home.width && at.y <= home.height, "Open is on screen: " + at.x + "," + at.y);
        mouseClick(open);
        compare(home.view, "feed");
        compare(home.rail.currentCommunityId, ids.clay);
    }

    function test_requestOnlyShowsRequestSentUntilApproved() {
        const home = createHome();
        const page = home.discoverPage;
        page.select(ids.sky);
        compare(page.selected.status, "open");
        compare(page.joinButton.text, "Ask to join");
        mouseClick(page.joinButton);
        const dialog = page.joinDialog;
        tryVerify(() => dialog.opened);
        compare(dialog.joinButton.text, "Send request");
        dialog.acceptBox.checked = true;
        mouseClick(dialog.joinButton);
        tryVerify(() => page.selected.status === "requested", 10000, "status requested");
        compare(findChild(page, "detailStatus").text,
                "Request sent. An organizer decides; you will get a notification.");
        tryVerify(() => live.idle(), 10000);
        // The server agrees: still a request, no composer, no Join.
        compare(page.selected.status, "requested");
        verify(!page.joinButton.visible);

        verify(live.approve(ids.sky));
        live.syncNow();
        tryVerify(() => page.selected.status === "member", 10000, "status member");
        // The decision arrives as a notification.
        tryVerify(() => home.notifications.unreadCount > 0, 10000);
        home.openNotifications();
        const list = findChild(home.notificationsPage, "notificationList");
        tryVerify(() => list && list.count > 0);
        let found = false;
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i);
            if (item && item.kind === "join_approved")
                found = item.headline.indexOf("Night Sky Circle") >= 0;
        }
        verify(found, "a join_approved notification names the community");
    }

    function test_anInviteLinkJoinsAHiddenCommunity() {
        const home = createHome();
        const page = home.discoverPage;
        compare(page.discover.indexOf(ids.hidden), -1);
        // As the desktop hands a hearth://invite link over: the dialog opens prefilled.
        home.pendingInvite = "  HEARTH://invite/" + ids.inviteCode.toUpperCase() + "  ";
        const dialog = page.inviteDialog;
        tryVerify(() => dialog.opened);
        compare(dialog.codeField.text, "  HEARTH://invite/" + ids.inviteCode.toUpperCase() + "  ");
        compare(dialog.code, ids.inviteCode, "trimmed, any case");
        verify(!dialog.joinButton.enabled, "no Join before the promise");
        dialog.acceptBox.checked = true;
        verify(dialog.joinButton.enabled);
        mouseClick(dialog.joinButton);
        const sent = lastJoin();
        if (sent !== null)
            compare(sent.args.inviteCode, ids.inviteCode);
        tryVerify(() => !dialog.opened, 10000);
        tryVerify(() => home.rail.communities.indexOf(ids.hidden) >= 0, 10000);
        compare(home.rail.currentCommunityId, ids.hidden, "the joined community opens");
        compare(home.view, "feed");
    }

    function test_aBadCodeSaysSoAndAWrongOneShowsTheServersReason() {
        const home = createHome();
        const page = home.discoverPage;
        page.openInvite("");
        const dialog = page.inviteDialog;
        tryVerify(() => dialog.opened);
        dialog.codeField.text = "https://example.org/not-an-invite";
        verify(findChild(dialog, "inviteCodeHint").visible);
        dialog.acceptBox.checked = true;
        verify(!dialog.joinButton.enabled);
        dialog.codeField.text = "zzzz2345zzzz";
        verify(!findChild(dialog, "inviteCodeHint").visible);
        mouseClick(dialog.joinButton);
        tryCompare(dialog, "joinState", "failed", 10000);
        compare(live.outbox().filter(r => r.state === "failed").length, 1);
        verify(findChild(dialog, "inviteJoinStatus").text.indexOf("no such invite") >= 0,
               findChild(dialog, "inviteJoinStatus").text);
        compare(dialog.codeField.text, "zzzz2345zzzz", "the code stays for another try");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !dialog.opened);
        // Seen and closed: the refused join does not linger in the outbox.
        tryVerify(() => live.outbox().filter(r => r.state === "failed").length === 0);
    }

    function test_leavingAsksFirst() {
        const home = createHome();
        const page = home.discoverPage;
        tryVerify(() => page.discover.indexOf(ids.book) >= 0);
        page.select(ids.book);
        mouseClick(page.joinButton);
        tryVerify(() => page.joinDialog.opened);
        verify(page.joinDialog.joinButton.enabled, "no guidelines: nothing to accept");
        mouseClick(page.joinDialog.joinButton);
        tryVerify(() => live.idle(), 10000);
        tryVerify(() => home.rail.communities.indexOf(ids.book) >= 0, 10000);

        // From the rail's menu: a question first; Cancel keeps the membership.
        home.requestLeave(ids.book, "Book Nook");
        const dialog = home.leaveDialog;
        tryVerify(() => dialog.opened);
        compare(dialog.title, "Leave Book Nook?");
        mouseClick(findChild(dialog, "cancelButton"));
        tryVerify(() => !dialog.opened);
        compare(live.outbox().filter(r => r.name === "membership.leave").length, 0);
        verify(home.rail.communities.indexOf(ids.book) >= 0);

        home.requestLeave(ids.book, "Book Nook");
        tryVerify(() => dialog.opened);
        mouseClick(findChild(dialog, "confirmButton"));
        tryVerify(() => home.rail.communities.indexOf(ids.book) < 0, 10000);
        tryVerify(() => live.idle(), 10000);
        tryVerify(() => page.discover.get(page.discover.indexOf(ids.book)).status === "open", 10000);
    }
}
