pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The signed-in layout: the community rail on the left, the selected community's feed on the
// right. Ctrl+1…9 switch community, Ctrl+N writes a post, Ctrl+K or Ctrl+F searches the cache
// (the results replace the feed while the rail's search field holds text).
Page {
    id: home

    property CacheStore store
    property string displayName
    property string handle
    property int syncStatus: SyncStatusPill.State.Offline
    property int unsentCount: 0
    property string syncDetail

    readonly property alias rail: rail
    readonly property alias feedPage: feedPage
    readonly property alias threadPage: threadPage
    readonly property alias searchPage: searchPage
    readonly property bool threadOpen: threadPage.postId.length > 0
    readonly property bool searching: rail.searchQuery.length > 0

    // ---- People, events and notifications pages (ui-pages) ----
    // Whether this desktop has a system tray, and the member's desktop-alert choice: the window
    // and settings pass them in.
    property bool trayAvailable: false
    property bool desktopAlertsEnabled: true
    // The page shown in the content area instead of the feed: "" (the feed or a thread),
    // "profile", "members", "events", "event" or "notifications", with what it shows.
    property string contentPage
    property string profileUserId
    property string eventId
    property string eventsCommunityId
    // Where Back goes: the pages shown before, newest last ({page, userId, eventId, communityId}).
    property var pageHistory: []
    readonly property alias profilePage: profilePage
    readonly property alias membersPage: membersPage
    readonly property alias eventsPage: eventsPage
    readonly property alias eventDetailPage: eventDetailPage
    readonly property alias notificationsPage: notificationsPage
    readonly property alias notifications: notificationCounts
    readonly property alias trayNotifier: trayNotifier

    function pageState(): var {
        return {page: contentPage, userId: profileUserId, eventId: eventId,
                communityId: eventsCommunityId};
    }

    function restorePage(state: var) {
        profileUserId = state.userId;
        eventId = state.eventId;
        eventsCommunityId = state.communityId;
        contentPage = state.page;
    }

    // Shows one of the pages above; Back returns to what was shown before.
    function showPage(page: string, args: var) {
        if (page === contentPage && JSON.stringify(pageState())
                === JSON.stringify(Object.assign(pageState(), args)))
            return;
        const history = pageHistory.slice();
        history.push(pageState());
        pageHistory = history;
        rail.clearSearch();
        restorePage(Object.assign({page: page, userId: profileUserId, eventId: eventId,
                                   communityId: eventsCommunityId}, args));
    }

    function goBack() {
        const history = pageHistory.slice();
        const previous = history.length > 0 ? history.pop() : {page: "", userId: "", eventId: "", communityId: ""};
        pageHistory = history;
        restorePage(previous);
        if (contentPage.length === 0 && !threadOpen)
            feedPage.forceActiveFocus();
    }

    function closePages() {
        pageHistory = [];
        contentPage = "";
    }

    function openProfile(userId: string) {
        if (userId.length > 0)
            showPage("profile", {userId: userId});
    }

    function openEvent(eventId: string) {
        if (eventId.length > 0)
            showPage("event", {eventId: eventId});
    }

    // Select a community in the rail (which closes pages and threads); false when it is not there.
    function selectCommunity(communityId: string): bool {
        const index = rail.communities.indexOf(communityId);
        if (index < 0)
            return false;
        rail.selectIndex(index);
        return true;
    }

    // A post opened from a page (a profile's recent posts, a notification): its community, then
    // its thread.
    function openPostFromPage(communityId: string, post: var) {
        selectCommunity(communityId);
        closePages();
        rail.clearSearch();
        openThread(post);
    }

    // Where a notification leads (NotificationsPage.targetOpened).
    function openTarget(target: var) {
        if (target.kind === "thread")
            openPostFromPage(target.communityId, target.post);
        else if (target.kind === "event")
            openEvent(target.eventId);
        else if (target.kind === "community") {
            selectCommunity(target.communityId);
            closePages();
        }
    }

    readonly property string backLabel: {
        if (pageHistory.length === 0)
            return rail.currentName.length > 0 ? rail.currentName : qsTr("Home");
        switch (pageHistory[pageHistory.length - 1].page) {
        case "profile": return qsTr("Profile");
        case "members": return qsTr("Members");
        case "events": return qsTr("Events");
        case "event": return qsTr("Event");
        case "notifications": return qsTr("Notifications");
        default: return threadOpen ? qsTr("Thread") : rail.currentName.length > 0 ? rail.currentName : qsTr("Home");
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
        alertsEnabled: home.desktopAlertsEnabled
        window: home.Window.window
        unreadCount: notificationCounts.unreadCount
        onNotificationActivated: (notificationId, targetType, targetId) => {
            if (notificationId.length === 0 || !notificationsPage.open(notificationId, targetType, targetId))
                home.showPage("notifications", {});
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+N"
        onActivated: home.showPage("notifications", {})
    }

    Shortcut {
        sequence: "Ctrl+Shift+E"
        onActivated: home.showPage("events", {communityId: ""})
    }

    Shortcut {
        sequence: "Ctrl+Shift+P"
        enabled: home.store !== null
        onActivated: home.openProfile(home.store.localUserId)
    }
    // ---- end of ui-pages ----

    function openThread(post: var) {
        threadPage.post = post;
        threadPage.focusReply();
    }

    function closeThread() {
        threadPage.post = {};
    }

    // A search result: select its community (which closes any open thread), end the search,
    // then open the post as if from the feed.
    function openSearchResult(communityId: string, post: var) {
        if (communityId.length > 0 && communityId !== rail.currentCommunityId)
            rail.selectIndex(rail.communities.indexOf(communityId));
        rail.clearSearch();
        openThread(post);
    }

    signal signOutRequested()
    signal syncRequested()

    background: Rectangle {
        color: Theme.background
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: rail.currentCommunityId.length > 0
        onActivated: {
            home.closeThread();
            feedPage.focusComposer();
        }
    }

    Shortcut {
        sequences: ["Ctrl+K", "Ctrl+F"]
        onActivated: rail.focusSearch()
    }

    Connections {
        target: rail
        function onSearchDismissed() {
            if (home.threadOpen)
                threadPage.focusReply();
            else
                feedPage.forceActiveFocus();
        }
    }

    // Ctrl+1…9: the communities in rail order (a thread open in the old one closes).
    Connections {
        target: rail
        function onCurrentCommunityIdChanged() {
            home.closeThread();
            home.closePages(); // ui-pages
        }
    }
    Shortcut { sequence: "Ctrl+1"; onActivated: rail.selectIndex(0) }
    Shortcut { sequence: "Ctrl+2"; onActivated: rail.selectIndex(1) }
    Shortcut { sequence: "Ctrl+3"; onActivated: rail.selectIndex(2) }
    Shortcut { sequence: "Ctrl+4"; onActivated: rail.selectIndex(3) }
    Shortcut { sequence: "Ctrl+5"; onActivated: rail.selectIndex(4) }
    Shortcut { sequence: "Ctrl+6"; onActivated: rail.selectIndex(5) }
    Shortcut { sequence: "Ctrl+7"; onActivated: rail.selectIndex(6) }
    Shortcut { sequence: "Ctrl+8"; onActivated: rail.selectIndex(7) }
    Shortcut { sequence: "Ctrl+9"; onActivated: rail.selectIndex(8) }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        CommunityRail {
            id: rail
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.railWidth
            store: home.store
            displayName: home.displayName
            handle: home.handle
            syncStatus: home.syncStatus
            unsentCount: home.unsentCount
            syncDetail: home.syncDetail
            onSyncRequested: home.syncRequested()
            onSignOutRequested: home.signOutRequested()
            // ui-pages: the bell, my events, my profile and unread notifications per community
            unreadNotifications: notificationCounts.unreadCount
            unreadNotificationsByCommunity: notificationCounts.unreadByCommunity
            currentPage: home.contentPage
            onNotificationsRequested: home.showPage("notifications", {})
            onEventsRequested: home.showPage("events", {communityId: ""})
            onProfileRequested: home.openProfile(home.store ? home.store.localUserId : "")
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.border
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Offline is a normal state, said calmly: the cache is readable and writes wait.
            Rectangle {
                objectName: "offlineBanner"
                Layout.fillWidth: true
                visible: home.syncStatus === SyncStatusPill.State.Offline
                implicitHeight: bannerRow.implicitHeight + 2 * Theme.spacingS
                color: Theme.warningSoft

                Accessible.role: Accessible.AlertMessage
                Accessible.name: bannerText.text

                RowLayout {
                    id: bannerRow
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingXl
                    anchors.rightMargin: Theme.spacingL
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

                    Button {
                        objectName: "retryNowButton"
                        flat: true
                        text: qsTr("Try now")
                        font.pixelSize: Theme.fontSizeSmall + 1
                        Accessible.name: qsTr("Try to reach the server now")
                        onClicked: home.syncRequested()
                    }
                }
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                FeedPage {
                    id: feedPage
                    anchors.fill: parent
                    // Hidden, not destroyed, behind a thread: the feed keeps its scroll position.
                    visible: rail.currentCommunityId.length > 0 && !home.threadOpen && !home.searching
                             && home.contentPage.length === 0
                    store: home.store
                    communityId: rail.currentCommunityId
                    communityName: rail.currentName
                    communityTagline: rail.currentTagline
                    memberCount: rail.currentMemberCount
                    authorName: home.displayName.length > 0 ? home.displayName : home.handle
                    canAnnounce: rail.currentRole === "owner" || rail.currentRole === "moderator"
                    online: home.syncStatus === SyncStatusPill.State.Online
                            || home.syncStatus === SyncStatusPill.State.Syncing
                    onPostOpened: post => home.openThread(post)
                    onProfileRequested: userId => home.openProfile(userId)
                    onMembersRequested: home.showPage("members", {})
                    onEventsRequested: home.showPage("events", {communityId: rail.currentCommunityId})
                }

                ThreadPage {
                    id: threadPage
                    anchors.fill: parent
                    visible: home.threadOpen && !home.searching && home.contentPage.length === 0
                    store: home.store
                    communityName: rail.currentName
                    online: feedPage.online
                    now: feedPage.now
                    onClosed: home.closeThread()
                    onProfileRequested: userId => home.openProfile(userId)
                }

                SearchPage {
                    id: searchPage
                    anchors.fill: parent
                    visible: home.searching
                    store: home.store
                    query: rail.searchQuery
                    currentCommunityId: rail.currentCommunityId
                    communities: rail.communities
                    online: feedPage.online
                    now: feedPage.now
                    onResultOpened: (communityId, post) => home.openSearchResult(communityId, post)
                }

                // ---- ui-pages: people, events and notifications ----
                ProfilePage {
                    id: profilePage
                    anchors.fill: parent
                    // Page Up/Down, Home and End scroll it at once; Tab walks into it.
                    onVisibleChanged: if (visible) scroller.forceActiveFocus()
                    visible: home.contentPage === "profile" && !home.searching
                    store: home.store
                    userId: home.profileUserId
                    backLabel: home.backLabel
                    online: feedPage.online
                    now: feedPage.now
                    onClosed: home.goBack()
                    onPostOpened: (communityId, post) => home.openPostFromPage(communityId, post)
                    onCommunityOpened: communityId => {
                        home.selectCommunity(communityId);
                        home.closePages();
                    }
                }

                MembersPage {
                    id: membersPage
                    anchors.fill: parent
                    visible: home.contentPage === "members" && !home.searching
                    store: home.store
                    communityId: rail.currentCommunityId
                    communityName: rail.currentName
                    backLabel: home.backLabel
                    onClosed: home.goBack()
                    onProfileRequested: userId => home.openProfile(userId)
                    onVisibleChanged: if (visible) focusSearch()
                }

                EventsPage {
                    id: eventsPage
                    anchors.fill: parent
                    // Page Up/Down, Home and End scroll it at once; Tab walks into it.
                    onVisibleChanged: if (visible) scroller.forceActiveFocus()
                    visible: home.contentPage === "events" && !home.searching
                    store: home.store
                    communityId: home.eventsCommunityId
                    communityName: home.eventsCommunityId.length > 0 ? rail.currentName : ""
                    backLabel: home.backLabel
                    onClosed: home.goBack()
                    onEventOpened: eventId => home.openEvent(eventId)
                }

                EventDetailPage {
                    id: eventDetailPage
                    anchors.fill: parent
                    // Page Up/Down, Home and End scroll it at once; Tab walks into it.
                    onVisibleChanged: if (visible) scroller.forceActiveFocus()
                    visible: home.contentPage === "event" && !home.searching
                    store: home.store
                    eventId: home.eventId
                    backLabel: home.backLabel
                    online: feedPage.online
                    onClosed: home.goBack()
                    onProfileRequested: userId => home.openProfile(userId)
                    onCommunityOpened: communityId => {
                        home.selectCommunity(communityId);
                        home.closePages();
                    }
                }

                NotificationsPage {
                    id: notificationsPage
                    anchors.fill: parent
                    visible: home.contentPage === "notifications" && !home.searching
                    store: home.store
                    backLabel: home.backLabel
                    onClosed: home.goBack()
                    onTargetOpened: target => home.openTarget(target)
                    onVisibleChanged: if (visible) focusList()
                }
                // ---- end of ui-pages ----

                ColumnLayout {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spacingXxl, 440)
                    visible: rail.currentCommunityId.length === 0 && !home.searching
                             && home.contentPage.length === 0
                    spacing: Theme.spacingS

                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Welcome to Hearth, %1").arg(home.displayName.length > 0 ? home.displayName : home.handle)
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.fontSizeTitle
                        font.weight: Font.Bold
                    }

                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: home.syncStatus === SyncStatusPill.State.Online
                              ? qsTr("You are not a member of any community on this server yet. Ask an organizer for an invite, and it will appear on the left.")
                              : qsTr("Your communities appear here once Hearth reaches the server.")
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeBody
                    }
                }
            }
        }
    }
}
