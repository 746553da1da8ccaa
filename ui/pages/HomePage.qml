pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The signed-in layout: the community rail on the left, the content area on the right.
//
// The content area shows one view at a time, named by `view`: "feed" (the selected community),
// "thread", "search", "outbox", "conflict", "settings" and "discover". showView() opens one and remembers the
// way back; back() (Escape, Alt+Left, a Back button) returns; choosing a community goes to its
// feed and forgets the way. A page added later plugs in with one item in `contentArea`:
//
//     ProfilePage { anchors.fill: parent; visible: home.view === "profile"; store: home.store }
//
// and a function that fills it and calls home.showView("profile").
//
// Keyboard: Ctrl+K / Ctrl+F search, Ctrl+N new post, Ctrl+1…9 communities, Ctrl+, settings,
// Ctrl+Shift+O outbox, Ctrl+Shift+D discover, Ctrl+I join with an invite, F1 or Ctrl+/ the
// shortcut sheet, Escape closes what is open (a menu, the
// sheet, the search, a page) in that order.
Page {
    id: home

    property CacheStore store
    // What the floating offline notice covers at the bottom of a page: pages end their scrolling
    // content above it.
    readonly property real offlineInset: offlineNotice.visible ? offlineNotice.height + Theme.spacingL : 0
    property string displayName
    // My name as the cache has it, so a profile edit shows everywhere at once (`displayName` is
    // the session's copy from sign-in); the handle when there is neither.
    readonly property string myName: myProfile.loaded && myProfile.displayName.length > 0 ? myProfile.displayName
                                     : displayName.length > 0 ? displayName : handle

    MemberProfile {
        id: myProfile
        store: home.store
        userId: home.store ? home.store.localUserId : ""
    }
    property string handle
    property string serverUrl
    property int syncStatus: SyncStatusPill.State.Offline
    property int unsentCount: 0
    property int failedCount: 0
    property string syncDetail
    // The account's first sync is running: empty lists are loading, not empty.
    property bool firstSync: false
    // The member's choices on this machine (theme, text size, alerts, the last community).
    property Preferences preferences
    // Accounts kept on this computer: [{serverUrl, handle, userId, displayName}].
    property var accounts: []
    // For Settings > About.
    property string appVersion
    property string qtVersion

    readonly property string accountKey: handle + "@" + serverUrl
    readonly property bool online: syncStatus === SyncStatusPill.State.Online
                                   || syncStatus === SyncStatusPill.State.Syncing

    // Which view the content area shows, and the way back.
    property string view: "feed"
    property var viewHistory: []

    readonly property alias rail: rail
    readonly property alias feedPage: feedPage
    readonly property alias threadPage: threadPage
    readonly property alias searchPage: searchPage
    readonly property alias outboxPage: outboxPage
    readonly property alias conflictPage: conflictPage
    readonly property alias settingsPage: settingsPage
    readonly property alias discoverPage: discoverPage
    readonly property alias leaveDialog: leaveDialog
    // In no community yet (and not still fetching them): Discover is the first screen.
    readonly property bool noCommunity: rail.currentCommunityId.length === 0 && !firstSync
    readonly property alias shortcutSheet: shortcutSheet
    readonly property alias signOutDialog: signOutDialog
    readonly property alias lostWrites: lostWrites
    readonly property alias offlineNotice: offlineNotice
    readonly property bool threadOpen: view === "thread"
    readonly property bool searching: rail.searchQuery.length > 0
    // A popup has the keyboard: Escape is its own, not the window's.
    readonly property bool popupOpen: shortcutSheet.opened || signOutDialog.opened || rail.menuOpen
                                      || feedPage.discardDialog.opened || outboxPage.dialogOpen
                                      || settingsPage.dialogOpen
                                      || discoverPage.dialogOpen || leaveDialog.opened
                                      || eventDetailPage.calendarDialog.visible // ui-pages
                                      || startPage.dialogOpen // start-community
                                      || managePage.dialogOpen // admin-pane
                                      || profileEditorPage.dialogOpen || threadPage.dialogOpen

    // A hearth://invite/CODE link to join with (opened by the desktop); inviteTaken() once the
    // join-with-invite dialog shows it.
    property string pendingInvite
    signal inviteTaken()

    signal signOutRequested(bool forgetData)
    signal syncRequested()
    signal switchAccountRequested(string serverUrl, string handle)
    signal addAccountRequested()
    signal clearCacheRequested()
    // A member's name was chosen (a search result): the profile page, once there, shows them.
    signal profileRequested(string userId)

    // ---- ui-pages: people, events and notifications ----
    // Views: "profile" (profileUserId), "members" (the current community), "events"
    // (eventsCommunityId, "" for all of mine), "event" (eventId), "notifications".
    // Whether this desktop has a system tray (the window passes SystemTray's answer), and why not.
    property bool trayAvailable: false
    property string trayUnavailableReason
    property string profileUserId
    property string eventId
    property string eventsCommunityId
    readonly property alias profilePage: profilePage
    readonly property alias membersPage: membersPage
    readonly property alias eventsPage: eventsPage
    readonly property alias eventDetailPage: eventDetailPage
    readonly property alias notificationsPage: notificationsPage
    readonly property alias notifications: notificationCounts
    readonly property alias trayNotifier: trayNotifier
    // What Back on one of these pages returns to, in words.
    readonly property string pageBackLabel: {
        const previous = viewHistory.length > 0 ? viewHistory[viewHistory.length - 1] : "feed";
        switch (previous) {
        case "thread": return qsTr("Thread");
        case "search": return qsTr("Search");
        case "outbox": return qsTr("Outbox");
        case "settings": return qsTr("Settings");
        case "profile": return qsTr("Profile");
        case "editProfile": return qsTr("Edit profile");
        case "members": return qsTr("Members");
        case "events": return qsTr("Events");
        case "event": return qsTr("Event");
        case "notifications": return qsTr("Notifications");
        case "discover": return qsTr("Discover");
        case "manage": return qsTr("Manage");
        default: return rail.currentName.length > 0 ? rail.currentName : qsTr("Home");
        }
    }

    function openProfile(userId: string) {
        if (userId.length === 0)
            return;
        rail.clearSearch();
        profileUserId = userId;
        showView("profile");
    }

    // View "editProfile": my profile in the editor (the profile page's Edit, Ctrl+Shift+P then
    // Edit). Saved or cancelled, it goes back where it came from.
    readonly property alias profileEditorPage: profileEditorPage
    function openProfileEditor() {
        if (!store)
            return;
        rail.clearSearch();
        showView("editProfile");
        profileEditorPage.start();
    }

    function openMembers() {
        rail.clearSearch();
        showView("members");
    }

    function openEvents(communityId: string) {
        rail.clearSearch();
        eventsCommunityId = communityId;
        showView("events");
    }

    function openEvent(eventId: string) {
        if (eventId.length === 0)
            return;
        rail.clearSearch();
        home.eventId = eventId;
        showView("event");
    }

    // ---- start-community ----
    // View "start": the founder's steps on a fresh form (the rail's "+", the empty state,
    // Ctrl+Shift+C). Made, it opens the new community's feed.
    readonly property alias startPage: startPage

    function openStartCommunity() {
        rail.clearSearch();
        showView("start");
        startPage.start();
    }

    // The new community's feed, once the rail has it.
    function openNewCommunity(communityId: string) {
        showFeed();
        if (!selectCommunity(communityId))
            pendingCommunityId = communityId;
        focusContent();
    }
    property string pendingCommunityId

    Connections {
        target: rail
        function onCountChanged() {
            if (home.pendingCommunityId.length > 0 && home.selectCommunity(home.pendingCommunityId))
                home.pendingCommunityId = "";
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+C"
        enabled: !home.popupOpen && home.store !== null
        onActivated: home.openStartCommunity()
    }
    // ---- end of start-community ----

    function openNotifications() {
        rail.clearSearch();
        showView("notifications");
    }

    // Discover, with `communityId` chosen when given (a join decision's notification).
    function openDiscover(communityId: string) {
        rail.clearSearch();
        if (communityId.length > 0)
            discoverPage.select(communityId);
        if (!(view === "feed" && noCommunity))
            showView("discover");
        discoverPage.focusSearch();
    }

    // "Join with an invite", prefilled with a code or hearth://invite link when one was opened.
    function openInvite(text: string) {
        openDiscover("");
        discoverPage.openInvite(text);
    }

    // A community from Discover: its feed, as soon as it is in the rail (a join just confirmed
    // may reach the rail's model a moment after Discover's).
    property string openWhenListed
    function openJoinedCommunity(communityId: string) {
        if (selectCommunity(communityId)) {
            openWhenListed = "";
            showFeed();
        } else {
            openWhenListed = communityId;
        }
    }

    Connections {
        target: rail.communities
        function onCountChanged() {
            if (home.openWhenListed.length > 0)
                home.openJoinedCommunity(home.openWhenListed);
        }
    }

    function takePendingInvite() {
        if (pendingInvite.length === 0)
            return;
        const link = pendingInvite;
        inviteTaken();
        openInvite(link);
    }
    // Once the page is built (a link given on the command line waits for the first frame).
    Timer {
        id: inviteTimer
        interval: 0
        onTriggered: home.takePendingInvite()
    }
    onPendingInviteChanged: inviteTimer.restart()
    Component.onCompleted: inviteTimer.restart()

    // Leaving asks first: the community's content leaves this computer.
    function requestLeave(communityId: string, name: string) {
        leaveDialog.communityId = communityId;
        leaveDialog.title = qsTr("Leave %1?").arg(name);
        leaveDialog.open();
    }

    // Selects a community in the rail (which shows its feed); false when it is not there.
    function selectCommunity(communityId: string): bool {
        const index = rail.communities.indexOf(communityId);
        if (index < 0)
            return false;
        rail.selectIndex(index);
        return true;
    }

    // A post opened from a page (a profile's recent posts, a notification): its community's
    // feed, then its thread (Back returns to the feed).
    function openPostFromPage(communityId: string, postId: string) {
        rail.clearSearch();
        selectCommunity(communityId);
        showFeed();
        openThread(postId);
    }

    // Where a notification leads (NotificationsPage.targetOpened).
    function openTarget(target: var) {
        if (target.kind === "thread")
            openPostFromPage(target.communityId, target.post.postId);
        else if (target.kind === "event")
            openEvent(target.eventId);
        else if (target.kind === "community") {
            // A community I am not in (a declined request): its card in Discover.
            if (selectCommunity(target.communityId))
                showFeed();
            else
                openDiscover(target.communityId);
        }
    }

    NotificationsModel {
        id: notificationCounts
        store: home.store
    }

    TrayNotifier {
        id: trayNotifier
        store: home.store
        trayAvailable: home.trayAvailable
        alertsEnabled: home.preferences ? home.preferences.desktopAlerts : true
        digestDeliveredAt: home.preferences ? home.preferences.digestDeliveredAt : 0
        onDigestDelivered: at => { if (home.preferences) home.preferences.digestDeliveredAt = at; }
        window: home.Window.window
        unreadCount: notificationCounts.unreadCount
        onNotificationActivated: (notificationId, targetType, targetId) => {
            if (notificationId.length === 0 || !notificationsPage.open(notificationId, targetType, targetId))
                home.openNotifications();
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+N"
        enabled: !home.popupOpen
        onActivated: home.openNotifications()
    }

    Shortcut {
        sequence: "Ctrl+Shift+E"
        enabled: !home.popupOpen
        onActivated: home.openEvents("")
    }

    Shortcut {
        sequence: "Ctrl+Shift+D"
        enabled: !home.popupOpen
        onActivated: home.openDiscover("")
    }

    Shortcut {
        sequence: "Ctrl+I"
        enabled: !home.popupOpen
        onActivated: home.openInvite("")
    }

    Shortcut {
        sequence: "Ctrl+Shift+P"
        enabled: !home.popupOpen && home.store !== null
        onActivated: home.openProfile(home.store.localUserId)
    }
    // ---- end of ui-pages ----

    // ---- admin-pane: the organizer's pane, view "manage" (the current community) ----
    readonly property alias managePage: managePage
    readonly property bool canManage: managePage.rights.isOrganizer

    function openManage() {
        if (!canManage)
            return;
        rail.clearSearch();
        showView("manage");
        managePage.focusNavigation();
    }

    Shortcut {
        sequence: "Ctrl+Shift+M"
        enabled: !home.popupOpen && home.canManage
        onActivated: home.openManage()
    }
    // ---- end of admin-pane ----

    function showView(name: string) {
        if (view === name)
            return;
        const history = viewHistory.slice();
        history.push(view);
        viewHistory = history;
        view = name;
    }

    function back() {
        if (view === "search" && searching) {
            rail.clearSearch();
            return; // onSearchingChanged comes back here
        }
        const history = viewHistory.slice();
        let previous = history.length > 0 ? history.pop() : "feed";
        // A search that ended meanwhile is not a place to go back to.
        while (previous === "search" && !searching)
            previous = history.length > 0 ? history.pop() : "feed";
        viewHistory = history;
        view = previous;
        focusContent();
    }

    // Escape: the innermost open thing closes.
    function handleEscape() {
        if (view === "start")
            startPage.cancel();
        else if (view === "editProfile")
            profileEditorPage.cancel();
        else if (view !== "feed")
            back();
        else if (feedPage.composer.expanded)
            feedPage.composer.handleEscape();
    }

    function showFeed() {
        viewHistory = [];
        view = "feed";
    }

    function focusContent() {
        switch (view) {
        case "feed": feedPage.focusPosts(); break;
        case "thread": threadPage.focusReply(); break;
        case "search": searchPage.focusResults(); break;
        case "outbox": outboxPage.forceActiveFocus(); break;
        case "settings": settingsPage.forceActiveFocus(); break;
        // ui-pages
        case "profile": profilePage.scroller.forceActiveFocus(); break;
        case "members": membersPage.focusSearch(); break;
        case "events": eventsPage.scroller.forceActiveFocus(); break;
        case "event": eventDetailPage.scroller.forceActiveFocus(); break;
        case "notifications": notificationsPage.focusList(); break;
        case "discover": discoverPage.focusSearch(); break;
        case "start": startPage.focusStep(); break;
        case "editProfile": profileEditorPage.focusFirst(); break;
        case "manage": managePage.focusNavigation(); break; // admin-pane
        default:
            if (noCommunity)
                discoverPage.focusSearch();
            break;
        }
    }

    function openThread(postId: string) {
        threadPage.postId = postId;
        showView("thread");
        threadPage.focusReply();
    }

    // A search result: select its community, end the search, then open the post as if from the
    // feed (Back returns to the feed).
    function openSearchResult(communityId: string, postId: string) {
        if (communityId.length > 0 && communityId !== rail.currentCommunityId)
            rail.selectIndex(rail.communities.indexOf(communityId));
        rail.clearSearch();
        showFeed();
        openThread(postId);
    }

    function openOutbox() {
        rail.clearSearch();
        showView("outbox");
        outboxPage.focusFirst();
    }

    function openConflict(mutationId: string) {
        conflictPage.mutationId = mutationId;
        showView("conflict");
    }

    function openSettings(section: string) {
        rail.clearSearch();
        settingsPage.section = section.length > 0 ? section : "appearance";
        showView("settings");
        settingsPage.forceActiveFocus();
    }

    // Signing out keeps what has not been sent (it stays in this account's file and goes out
    // at the next sign-in); forgetting this computer's data would lose it: say so first.
    function requestSignOut() {
        signOutDialog.open();
    }

    function composeNew() {
        if (rail.currentCommunityId.length === 0 || feedPage.pendingMembership)
            return;
        rail.clearSearch();
        showFeed();
        feedPage.focusComposer();
    }

    background: Rectangle {
        color: Theme.background
    }

    onSearchingChanged: {
        if (searching)
            showView("search");
        else if (view === "search")
            back();
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: rail.currentCommunityId.length > 0 && !home.popupOpen
        onActivated: home.composeNew()
    }

    Shortcut {
        sequences: ["Ctrl+K", "Ctrl+F"]
        enabled: !home.popupOpen
        onActivated: rail.focusSearch()
    }

    Shortcut {
        sequences: ["F1", "Ctrl+/", "Ctrl+?"]
        enabled: !home.popupOpen
        onActivated: shortcutSheet.open()
    }

    Shortcut {
        sequence: "Ctrl+,"
        enabled: !home.popupOpen
        onActivated: home.openSettings("")
    }

    Shortcut {
        sequence: "Ctrl+Shift+O"
        enabled: !home.popupOpen
        onActivated: home.openOutbox()
    }

    Shortcut {
        sequences: ["Escape", "Alt+Left"]
        // Popups close themselves on Escape; two shortcuts on one key would cancel out.
        enabled: !home.popupOpen
        onActivated: home.handleEscape()
    }

    // Ctrl+1…9: the communities in rail order. (Written out: a Shortcut made by a Repeater never
    // fires in Qt 6.4.)
    Shortcut { sequence: "Ctrl+1"; enabled: !home.popupOpen; onActivated: home.chooseCommunity(0) }
    Shortcut { sequence: "Ctrl+2"; enabled: !home.popupOpen; onActivated: home.chooseCommunity(1) }
    Shortcut { sequence: "Ctrl+3"; enabled: !home.popupOpen; onActivated: home.chooseCommunity(2) }
    Shortcut { sequence: "Ctrl+4"; enabled: !home.popupOpen; onActivated: home.chooseCommunity(3) }
    Shortcut { sequence: "Ctrl+5"; enabled: !home.popupOpen; onActivated: home.chooseCommunity(4) }
    Shortcut { sequence: "Ctrl+6"; enabled: !home.popupOpen; onActivated: home.chooseCommunity(5) }
    Shortcut { sequence: "Ctrl+7"; enabled: !home.popupOpen; onActivated: home.chooseCommunity(6) }
    Shortcut { sequence: "Ctrl+8"; enabled: !home.popupOpen; onActivated: home.chooseCommunity(7) }
    Shortcut { sequence: "Ctrl+9"; enabled: !home.popupOpen; onActivated: home.chooseCommunity(8) }

    function chooseCommunity(index: int) {
        if (index >= rail.count)
            return;
        rail.selectIndex(index);
    }

    Connections {
        target: rail
        function onSearchDismissed() {
            home.focusContent();
        }
        function onResultsFocusRequested() {
            searchPage.focusResults();
        }
        // A community chosen in the rail: its feed, whatever was open (search, a page).
        function onCommunityChosen(communityId: string) {
            rail.clearSearch();
            home.showFeed();
            if (home.preferences)
                home.preferences.setLastCommunity(home.accountKey, communityId);
        }
        function onContentFocusRequested() {
            home.focusContent();
        }
    }

    // A local write the cache could not store: it is not in the outbox and will never be sent.
    // Say so, with what was lost and a way to copy it.
    Connections {
        target: home.store
        function onWriteFailed(message: string, mutationName: string, args: var) {
            lostWrites.add(message, mutationName, args);
            if (args && args.id !== undefined)
                feedPage.forgetReveal(args.id);
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        CommunityRail {
            id: rail
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.railWidth
            store: home.store
            displayName: home.myName
            handle: home.handle
            syncStatus: home.syncStatus
            unsentCount: home.unsentCount
            failedCount: home.failedCount
            syncDetail: home.syncDetail
            firstSync: home.firstSync
            storage: storageUsage
            preferredCommunityId: home.preferences ? home.preferences.lastCommunity(home.accountKey) : ""
            otherAccounts: {
                const others = [];
                for (let i = 0; i < home.accounts.length; ++i) {
                    const account = home.accounts[i];
                    if (account.handle !== home.handle || account.serverUrl !== home.serverUrl)
                        others.push(account);
                }
                return others;
            }
            onOutboxRequested: home.openOutbox()
            onSettingsRequested: home.openSettings("")
            onShortcutsRequested: shortcutSheet.open()
            onSignOutRequested: home.requestSignOut()
            onSwitchAccountRequested: (serverUrl, handle) => home.switchAccountRequested(serverUrl, handle)
            onAddAccountRequested: home.addAccountRequested()
            // ui-pages: the bell, my events, my profile and unread notifications per community
            unreadNotifications: notificationCounts.unreadCount
            unreadNotificationsByCommunity: notificationCounts.unreadByCommunity
            currentPage: home.view
            onNotificationsRequested: home.openNotifications()
            onEventsRequested: home.openEvents("")
            onProfileRequested: home.openProfile(home.store ? home.store.localUserId : "")
            onDiscoverRequested: home.openDiscover("")
            onLeaveRequested: (communityId, communityName) => home.requestLeave(communityId, communityName)
            onStartCommunityRequested: home.openStartCommunity() // start-community
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.border
        }

        Item {
            id: contentArea
            objectName: "contentArea"
            Layout.fillWidth: true
            Layout.fillHeight: true

            FeedPage {
                id: feedPage
                anchors.fill: parent
                myHandle: home.handle
                // Hidden, not destroyed, behind other views: the feed keeps its scroll position.
                visible: home.view === "feed" && rail.currentCommunityId.length > 0
                store: home.store
                communityId: rail.currentCommunityId
                communityName: rail.currentName
                communityTagline: rail.currentTagline
                memberCount: rail.currentMemberCount
                membershipState: rail.currentMembershipState
                authorName: home.myName
                canAnnounce: rail.currentRole === "owner" || rail.currentRole === "moderator"
                online: home.online
                loading: home.firstSync
                overlayHeight: home.offlineInset
                onPostOpened: postId => home.openThread(postId)
                // ui-pages
                onProfileRequested: userId => home.openProfile(userId)
                onMembersRequested: home.openMembers()
                onEventsRequested: home.openEvents(rail.currentCommunityId)
                canManage: home.canManage // admin-pane
                onManageRequested: home.openManage()
                // community-settings
                guidelines: rail.currentGuidelines
                mustAcceptGuidelines: rail.currentMustAcceptGuidelines
                onGuidelinesAcceptRequested: rail.communities.acceptGuidelines(rail.currentCommunityId)
            }

            ThreadPage {
                id: threadPage
                anchors.fill: parent
                myHandle: home.handle
                visible: home.view === "thread"
                store: home.store
                communityName: rail.currentName
                online: home.online
                now: feedPage.now
                onClosed: home.back()
                onProfileRequested: userId => home.openProfile(userId) // ui-pages
                mustAcceptGuidelines: rail.currentMustAcceptGuidelines // community-settings
            }

            SearchPage {
                overlayHeight: home.offlineInset
                id: searchPage
                anchors.fill: parent
                visible: home.view === "search"
                store: home.store
                query: rail.searchQuery
                currentCommunityId: rail.currentCommunityId
                communities: rail.communities
                online: home.online
                now: feedPage.now
                onResultOpened: (communityId, postId) => home.openSearchResult(communityId, postId)
                onProfileRequested: userId => home.openProfile(userId) // ui-pages
                onSearchFieldRequested: rail.focusSearch()
            }

            OutboxPage {
                overlayHeight: home.offlineInset
                id: outboxPage
                anchors.fill: parent
                visible: home.view === "outbox"
                store: home.store
                communities: rail.communities
                syncStatus: home.syncStatus
                syncDetail: home.syncDetail
                now: feedPage.now
                onClosed: home.back()
                onSyncRequested: home.syncRequested()
                onConflictOpened: mutationId => home.openConflict(mutationId)
                // community-settings: the feed shows the guidelines to accept
                onGuidelinesOpened: communityId => {
                    rail.clearSearch();
                    if (home.selectCommunity(communityId))
                        home.showFeed();
                }
            }

            ConflictPage {
                id: conflictPage
                anchors.fill: parent
                visible: home.view === "conflict"
                store: home.store
                outbox: outboxPage.outbox
                onClosed: home.back()
            }

            SettingsPage {
                id: settingsPage
                anchors.fill: parent
                visible: home.view === "settings"
                preferences: home.preferences
                storage: storageUsage
                alertPreferences: alertPreferences
                communities: rail.communities
                displayName: home.myName
                handle: home.handle
                serverUrl: home.serverUrl
                accounts: home.accounts
                unsentCount: home.unsentCount + home.failedCount
                appVersion: home.appVersion
                qtVersion: home.qtVersion
                online: home.online
                onClosed: home.back()
                onSwitchAccountRequested: (serverUrl, handle) => home.switchAccountRequested(serverUrl, handle)
                onAddAccountRequested: home.addAccountRequested()
                onSignOutRequested: home.requestSignOut()
                onClearCacheRequested: home.clearCacheRequested()
                onShortcutsRequested: shortcutSheet.open()
                trayUnavailableReason: home.trayUnavailableReason // ui-pages
            }

            // ---- ui-pages: people, events and notifications ----
            ProfilePage {
                overlayHeight: home.offlineInset
                id: profilePage
                anchors.fill: parent
                visible: home.view === "profile"
                store: home.store
                userId: home.profileUserId
                backLabel: home.pageBackLabel
                online: home.online
                now: feedPage.now
                onClosed: home.back()
                onPostOpened: (communityId, post) => home.openPostFromPage(communityId, post.postId)
                onEditRequested: home.openProfileEditor()
                onCommunityOpened: communityId => {
                    home.selectCommunity(communityId);
                    home.showFeed();
                }
                // Page Up/Down, Home and End scroll it at once; Tab walks into it.
                onVisibleChanged: if (visible) scroller.forceActiveFocus()
            }

            MembersPage {
                overlayHeight: home.offlineInset
                id: membersPage
                anchors.fill: parent
                visible: home.view === "members"
                store: home.store
                communityId: rail.currentCommunityId
                communityName: rail.currentName
                backLabel: home.pageBackLabel
                onClosed: home.back()
                onProfileRequested: userId => home.openProfile(userId)
                onVisibleChanged: if (visible) focusSearch()
            }

            EventsPage {
                overlayHeight: home.offlineInset
                id: eventsPage
                anchors.fill: parent
                visible: home.view === "events"
                store: home.store
                communityId: home.eventsCommunityId
                communityName: home.eventsCommunityId.length > 0 ? rail.currentName : ""
                backLabel: home.pageBackLabel
                onClosed: home.back()
                onEventOpened: eventId => home.openEvent(eventId)
                onVisibleChanged: if (visible) scroller.forceActiveFocus()
            }

            EventDetailPage {
                overlayHeight: home.offlineInset
                id: eventDetailPage
                anchors.fill: parent
                visible: home.view === "event"
                store: home.store
                eventId: home.eventId
                backLabel: home.pageBackLabel
                online: home.online
                onClosed: home.back()
                onProfileRequested: userId => home.openProfile(userId)
                onCommunityOpened: communityId => {
                    home.selectCommunity(communityId);
                    home.showFeed();
                }
                onVisibleChanged: if (visible) scroller.forceActiveFocus()
            }

            NotificationsPage {
                overlayHeight: home.offlineInset
                id: notificationsPage
                anchors.fill: parent
                visible: home.view === "notifications"
                store: home.store
                backLabel: home.pageBackLabel
                onClosed: home.back()
                onTargetOpened: target => home.openTarget(target)
                onVisibleChanged: if (visible) focusList()
            }
            // ---- end of ui-pages ----

            // Discover: opened from the rail, and the first screen of an account in no community.
            DiscoverPage {
                id: discoverPage
                anchors.fill: parent
                visible: home.view === "discover" || (home.view === "feed" && home.noCommunity)
                store: home.store
                overlayHeight: home.offlineInset
                online: home.online
                firstScreen: home.view === "feed" && home.noCommunity
                displayName: home.myName
                backLabel: firstScreen ? "" : home.pageBackLabel
                onClosed: home.back()
                onCommunityOpened: communityId => home.openJoinedCommunity(communityId)
                onStartCommunityRequested: home.openStartCommunity()
            }


            ProfileEditorPage {
                id: profileEditorPage
                anchors.fill: parent
                visible: home.view === "editProfile"
                store: home.store
                online: home.online
                backLabel: home.pageBackLabel
                overlayHeight: home.offlineInset
                onClosed: home.back()
                onSaved: home.back()
            }

            StartCommunityPage {
                id: startPage
                anchors.fill: parent
                visible: home.view === "start"
                store: home.store
                online: home.online
                backLabel: home.pageBackLabel
                overlayHeight: home.offlineInset
                onClosed: home.back()
                onCommunityOpened: communityId => home.openNewCommunity(communityId)
            }

            // admin-pane
            ManagePage {
                id: managePage
                anchors.fill: parent
                visible: home.view === "manage"
                store: home.store
                communityId: rail.currentCommunityId
                communityName: rail.currentName
                myRole: rail.currentRole
                myState: rail.currentMembershipState
                online: home.online
                backLabel: home.pageBackLabel
                overlayHeight: home.offlineInset
                onClosed: home.back()
                onProfileRequested: userId => home.openProfile(userId)
                onThreadRequested: postId => home.openThread(postId)
                onEventRequested: eventId => home.openEvent(eventId)
            }

            // Before the first community arrives, or with none joined.
            EmptyState {
                objectName: "noCommunityState"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXxl, 440)
                visible: home.view === "feed" && rail.currentCommunityId.length === 0 && !home.noCommunity
                busy: home.firstSync && home.syncStatus !== SyncStatusPill.State.Offline
                title: home.firstSync ? qsTr("Getting your communities…")
                                      : qsTr("Welcome to Hearth, %1").arg(home.myName)
                text: home.firstSync ? qsTr("Hearth is saving your communities on this computer, so you can read them offline later.")
                      : home.online ? qsTr("You are not a member of any community on this server yet. Ask an organizer for an invite, or start one of your own.")
                      : qsTr("Your communities appear here once Hearth reaches the server.")
                // start-community
                actionText: home.firstSync ? "" : qsTr("Start a community")
                onActionTriggered: home.openStartCommunity()
            }

            // Offline is a normal state, said calmly: the cache is readable and writes wait. The
            // notice floats over the content (above a thread's reply box), so nothing under it
            // moves when it comes and goes.
            Rectangle {
                id: offlineNotice
                objectName: "offlineBanner"
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.spacingL + (home.view === "thread" ? threadPage.footerHeight : 0)
                width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
                visible: home.syncStatus === SyncStatusPill.State.Offline
                implicitHeight: bannerRow.implicitHeight + 2 * Theme.spacingS
                radius: Theme.radiusM
                color: Theme.warningSoft
                border.width: 1
                border.color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.35)
                z: 10

                Accessible.role: Accessible.AlertMessage
                Accessible.name: bannerText.text

                RowLayout {
                    id: bannerRow
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingL
                    anchors.rightMargin: Theme.spacingS
                    spacing: Theme.spacingM

                    Text {
                        id: bannerText
                        Layout.fillWidth: true
                        text: {
                            const saved = qsTr("You are offline. Hearth is showing what is saved on this computer.");
                            if (home.unsentCount === 0)
                                return saved;
                            return saved + " " + (home.unsentCount === 1
                                                  ? qsTr("1 unsent change will be sent when the connection returns.")
                                                  : qsTr("%n unsent changes will be sent when the connection returns.", "", home.unsentCount));
                        }
                        wrapMode: Text.Wrap
                        color: Theme.warning
                        font.pixelSize: Theme.fontSizeSmall + 1
                    }

                    SecondaryButton {
                        objectName: "retryNowButton"
                        compact: true
                        text: qsTr("Try now")
                        Accessible.name: qsTr("Try to reach the server now")
                        onClicked: home.syncRequested()
                    }
                }
            }

            LostWritesBanner {
                id: lostWrites
                anchors.top: parent.top
                anchors.topMargin: Theme.spacingL
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
                z: 20
            }
        }
    }

    StorageUsageModel {
        id: storageUsage
        store: home.store
    }

    AlertPreferences {
        id: alertPreferences
        store: home.store
    }

    ShortcutSheet {
        id: shortcutSheet
    }

    ConfirmDialog {
        id: signOutDialog
        objectName: "signOutDialog"

        readonly property int unsent: home.unsentCount + home.failedCount

        title: qsTr("Sign out of %1?").arg(home.handle)
        message: unsent === 0
                 ? qsTr("Your communities stay saved on this computer for the next time you sign in. To remove them too, choose “Sign out and forget”.")
                 : qsTr("%n of your changes have not reached the server. If you sign out, they stay on this computer and are sent the next time you sign in. “Sign out and forget” deletes them with everything else saved here.", "", unsent)
        confirmText: qsTr("Sign out")
        alternativeText: unsent === 0 ? qsTr("Sign out and forget")
                                      : qsTr("Forget and lose %n changes", "", unsent)
        onConfirmed: home.signOutRequested(false)
        onAlternativeChosen: home.signOutRequested(true)
    }

    ConfirmDialog {
        id: leaveDialog
        objectName: "leaveCommunityDialog"

        property string communityId

        message: qsTr("Its posts leave this computer, and you stop getting its notifications. You can join again while it has a seat.")
        confirmText: qsTr("Leave")
        destructive: true
        onConfirmed: rail.communities.leave(communityId)
    }
}
