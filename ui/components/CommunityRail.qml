pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The side rail: search, the member's communities (initials avatars, selection, a menu each with
// "Keep offline"), and at the bottom who is signed in, the account menu and the connection state.
// By keyboard the list is one stop: Up/Down choose a community, Enter goes to its feed, the menu
// key (or Shift+F10) opens its menu.
Rectangle {
    id: rail

    property CacheStore store
    property string displayName
    property string handle
    property int syncStatus: SyncStatusPill.State.Offline
    property int unsentCount: 0
    property int failedCount: 0
    property string syncDetail
    property bool firstSync: false
    // Other accounts kept on this computer: [{serverUrl, handle, displayName}].
    property var otherAccounts: []
    // The community to select until the member picks one: the one shown last, else the first.
    property string preferredCommunityId
    // Sizes on disk per community, for "Keep offline" (null: not shown).
    property StorageUsageModel storage

    // The selected community, published by the current delegate.
    property string currentCommunityId
    property string currentName
    property string currentTagline
    property int currentMemberCount: 0
    property string currentRole
    property string currentMembershipState
    property bool currentKeepOffline
    property string currentGuidelines
    // I must accept the updated guidelines before posting here.
    property bool currentMustAcceptGuidelines
    readonly property alias currentIndex: list.currentIndex
    readonly property alias count: list.count
    readonly property alias list: list
    // The member picked a community (click, keyboard or Ctrl+number) since the rail filled.
    property bool chosen: false

    // The search field's text once typing pauses (~150 ms); cleared at once by Escape.
    property string searchQuery
    readonly property alias searchField: searchField
    readonly property alias accountMenu: accountMenu
    readonly property alias communityMenu: communityMenu
    readonly property bool menuOpen: accountMenu.opened || communityMenu.opened

    signal signOutRequested()
    // ---- ui-pages: notifications, my events, my profile ----
    property int unreadNotifications: 0
    // {communityId: unread notifications}
    property var unreadNotificationsByCommunity: ({})
    // The content page shown ("notifications", "events", "profile"...), to mark its button.
    property string currentPage
    signal notificationsRequested()
    signal eventsRequested()
    signal profileRequested()
    // ---- end of ui-pages ----
    signal outboxRequested()
    signal settingsRequested()
    signal shortcutsRequested()
    signal switchAccountRequested(string serverUrl, string handle)
    signal addAccountRequested()
    // start-community: the "+" by the communities' heading.
    signal startCommunityRequested()
    // The member chose a community (remembered as the last one shown).
    signal communityChosen(string communityId)
    // The Discover page (the compass next to COMMUNITIES), and leaving a community (its menu).
    signal discoverRequested()
    signal leaveRequested(string communityId, string communityName)
    // Enter on a community, or Down from the last result: focus moves to the content.
    signal contentFocusRequested()
    // Escape in the search field: the search closed, focus goes back to the content.
    signal searchDismissed()
    // Down or Enter in the search field: the results take the keyboard.
    signal resultsFocusRequested()

    function focusSearch() {
        searchField.forceActiveFocus();
        searchField.selectAll();
    }

    // Enter in the search field: search at once and let the results take the keyboard (the
    // first one is current; Enter again opens it).
    function searchNow() {
        searchDebounce.stop();
        searchQuery = searchField.text.trim();
        if (searchQuery.length > 0)
            resultsFocusRequested();
    }

    function clearSearch() {
        searchDebounce.stop();
        searchField.clear();
        searchQuery = "";
    }

    // A choice by the member (click, keyboard, Ctrl+number).
    function selectIndex(index: int) {
        if (index < 0 || index >= list.count)
            return;
        chosen = true;
        list.currentIndex = index;
        communityChosen(communities.communityIdAt(index));
    }

    // Until the member chooses, the selection follows the preferred community (or the first row)
    // as communities arrive: never whichever happened to sync first.
    function followPreference() {
        if (chosen || list.count === 0)
            return;
        const preferred = communities.indexOf(preferredCommunityId);
        list.currentIndex = preferred >= 0 ? preferred : 0;
    }

    function openCommunityMenu(item: Item) {
        communityMenu.communityId = currentCommunityId;
        communityMenu.communityName = currentName;
        communityMenu.keepOffline = currentKeepOffline;
        if (storage)
            storage.refresh();
        communityMenu.popup(item, item.width - Theme.spacingL, Theme.spacingL);
    }

    onPreferredCommunityIdChanged: followPreference()

    color: Theme.sidebar
    implicitWidth: Theme.railWidth

    readonly property CommunityListModel communities: CommunityListModel {
        store: rail.store
        joinedOnly: true
        onCountChanged: rail.followPreference()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Brand
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingL + 2
            Layout.rightMargin: Theme.spacingL
            Layout.topMargin: Theme.spacingL + 2
            Layout.bottomMargin: Theme.spacingM
            spacing: Theme.spacingS

            BrandMark {
                size: 28
            }

            Text {
                text: qsTr("Hearth")
                color: Theme.text
                font.pixelSize: Theme.fontSizeLarge + 1
                font.weight: Font.Bold
                Layout.fillWidth: true
            }

            // ui-pages: my events across communities, and the bell
            AbstractButton {
                id: myEvents
                objectName: "myEventsButton"
                implicitWidth: 34
                implicitHeight: 34
                hoverEnabled: true
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Your events (Ctrl+Shift+E)")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Your events (Ctrl+Shift+E)")
                ToolTip.delay: 600
                onClicked: rail.eventsRequested()

                background: Rectangle {
                    radius: Theme.radiusM
                    color: rail.currentPage === "events" ? Theme.sidebarSelected
                           : myEvents.hovered ? Theme.sidebarHover : "transparent"
                    border.width: myEvents.visualFocus ? 2 : 0
                    border.color: Theme.focusRing
                }

                contentItem: Item {
                    Icon {
                        anchors.centerIn: parent
                        name: "calendar"
                        size: 18
                        color: rail.currentPage === "events" ? Theme.text : Theme.textSecondary
                    }
                }
            }

            NotificationBell {
                objectName: "notificationBell"
                unreadCount: rail.unreadNotifications
                active: rail.currentPage === "notifications"
                onClicked: rail.notificationsRequested()
            }
        }

        TextField {
            id: searchField
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingL
            Layout.rightMargin: Theme.spacingL
            Layout.bottomMargin: Theme.spacingS
            placeholderText: qsTr("Search  (Ctrl+K)")
            leftPadding: Theme.spacingS + 2
            rightPadding: Theme.spacingS + 2
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.pixelSize: Theme.fontSizeBody
            selectByMouse: true
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Search everything saved on this computer")
            Accessible.description: qsTr("Ctrl+K or Ctrl+F to search, Down to go to the results, Escape to clear")
            onTextChanged: {
                if (text.trim().length === 0) {
                    searchDebounce.stop();
                    rail.searchQuery = "";
                } else
                    searchDebounce.restart();
            }
            // Escape here clears the search (rather than the window's "go back").
            Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape && text.length > 0
            Keys.onEscapePressed: {
                rail.clearSearch();
                rail.searchDismissed();
            }
            Keys.onDownPressed: {
                if (rail.searchQuery.length > 0)
                    rail.resultsFocusRequested();
            }
            Keys.onReturnPressed: rail.searchNow()
            Keys.onEnterPressed: rail.searchNow()
            background: Rectangle {
                radius: Theme.radiusS
                color: Theme.surface
                border.width: searchField.activeFocus ? 2 : 1
                border.color: searchField.activeFocus ? Theme.focusRing : Theme.border
            }

            Timer {
                id: searchDebounce
                interval: 150
                onTriggered: rail.searchQuery = searchField.text.trim()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingL + 2
            Layout.rightMargin: Theme.spacingL
            Layout.topMargin: Theme.spacingXs
            Layout.bottomMargin: Theme.spacingXs
            spacing: Theme.spacingS

            Text {
                Layout.fillWidth: true
                text: qsTr("COMMUNITIES")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall - 1
                font.weight: Font.DemiBold
                font.letterSpacing: 0.8
            }

            AbstractButton {
                id: discoverButton
                objectName: "discoverButton"
                implicitWidth: 28
                implicitHeight: 28
                hoverEnabled: true
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Discover communities (Ctrl+Shift+D)")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Discover communities (Ctrl+Shift+D)")
                ToolTip.delay: 600
                onClicked: rail.discoverRequested()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()

                background: Rectangle {
                    radius: Theme.radiusM
                    color: rail.currentPage === "discover" ? Theme.sidebarSelected
                           : discoverButton.hovered ? Theme.sidebarHover : "transparent"
                    border.width: discoverButton.visualFocus ? 2 : 0
                    border.color: Theme.focusRing
                }

                contentItem: Item {
                    Icon {
                        anchors.centerIn: parent
                        name: "compass"
                        size: 17
                        color: rail.currentPage === "discover" ? Theme.text : Theme.textSecondary
                    }
                }
            }

            // start-community: found a new one.
            AbstractButton {
                id: startButton
                objectName: "startCommunityButton"
                implicitWidth: 28
                implicitHeight: 28
                hoverEnabled: true
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Start a community")
                ToolTip.visible: hovered || visualFocus
                ToolTip.text: qsTr("Start a community (Ctrl+Shift+C)")
                ToolTip.delay: 500
                onClicked: rail.startCommunityRequested()
                Keys.onReturnPressed: rail.startCommunityRequested()
                Keys.onEnterPressed: rail.startCommunityRequested()

                background: Rectangle {
                    radius: Theme.radiusM
                    color: startButton.down ? Theme.sidebarSelected : startButton.hovered ? Theme.sidebarHover : "transparent"
                    border.width: startButton.visualFocus ? 2 : 0
                    border.color: Theme.focusRing
                }
                contentItem: Text {
                    text: "+"
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    color: startButton.hovered ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.fontSizeLarge
                    font.weight: Font.DemiBold
                }
            }
        }

        ListView {
            id: list
            objectName: "communityList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: rail.communities
            spacing: 2
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            currentIndex: -1
            highlightMoveDuration: 0

            Accessible.role: Accessible.List
            Accessible.name: qsTr("Communities")

            onCountChanged: {
                if (count === 0)
                    rail.currentCommunityId = "";
                rail.followPreference();
            }
            // Up and Down are the member's choice too.
            Keys.onUpPressed: rail.selectIndex(Math.max(0, currentIndex - 1))
            Keys.onDownPressed: rail.selectIndex(Math.min(count - 1, currentIndex + 1))
            Keys.onReturnPressed: rail.contentFocusRequested()
            Keys.onEnterPressed: rail.contentFocusRequested()
            Keys.onMenuPressed: if (currentItem) rail.openCommunityMenu(currentItem)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier) && currentItem) {
                    rail.openCommunityMenu(currentItem);
                    event.accepted = true;
                }
            }

            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

            delegate: AbstractButton {
                id: row

                required property int index
                required property string communityId
                required property string name
                required property string tagline
                required property int memberCount
                required property string role
                required property string membershipState
                required property bool keepOffline
                required property string guidelines
                required property bool mustAcceptGuidelines

                readonly property bool isCurrent: ListView.isCurrentItem
                readonly property bool pendingRequest: membershipState === "pending"

                function publish() {
                    if (!isCurrent)
                        return;
                    rail.currentCommunityId = communityId;
                    rail.currentName = name;
                    rail.currentTagline = tagline;
                    rail.currentMemberCount = memberCount;
                    rail.currentRole = role;
                    rail.currentMembershipState = membershipState;
                    rail.currentKeepOffline = keepOffline;
                    rail.currentGuidelines = guidelines;
                    rail.currentMustAcceptGuidelines = mustAcceptGuidelines;
                }

                onIsCurrentChanged: publish()
                onCommunityIdChanged: publish()
                onNameChanged: publish()
                onTaglineChanged: publish()
                onMemberCountChanged: publish()
                onRoleChanged: publish()
                onMembershipStateChanged: publish()
                onGuidelinesChanged: publish()
                onMustAcceptGuidelinesChanged: publish()
                onKeepOfflineChanged: publish()
                Component.onCompleted: publish()

                width: ListView.view.width
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
                topPadding: Theme.spacingS
                bottomPadding: Theme.spacingS
                leftInset: Theme.spacingS
                rightInset: Theme.spacingS
                hoverEnabled: true
                // The list holds the keyboard focus; the current row shows it.
                focusPolicy: Qt.NoFocus
                text: name

                Accessible.role: Accessible.ListItem
                Accessible.name: {
                    const state = row.pendingRequest ? qsTr("join request pending") : Format.members(memberCount);
                    return row.index < 9 ? qsTr("%1, %2, Ctrl+%3").arg(name).arg(state).arg(row.index + 1)
                                         : qsTr("%1, %2").arg(name).arg(state);
                }
                Accessible.selected: isCurrent

                onClicked: rail.selectIndex(index)

                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: {
                        rail.selectIndex(row.index);
                        rail.openCommunityMenu(row);
                    }
                }

                background: Rectangle {
                    radius: Theme.radiusM
                    color: row.isCurrent ? Theme.sidebarSelected
                                         : row.hovered ? Theme.sidebarHover : "transparent"
                    border.width: row.isCurrent && list.activeFocus ? 2 : row.isCurrent && !Theme.dark ? 1 : 0
                    border.color: row.isCurrent && list.activeFocus ? Theme.focusRing : Theme.border

                    Rectangle {
                        visible: row.isCurrent
                        anchors.left: parent.left
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: -Theme.spacingS
                        width: 3
                        height: parent.height - 2 * Theme.spacingM
                        radius: 2
                        color: Theme.accent
                    }
                }

                contentItem: RowLayout {
                    spacing: Theme.spacingM

                    Avatar {
                        Layout.leftMargin: Theme.spacingS
                        name: row.name
                        size: 36
                        opacity: row.pendingRequest ? 0.6 : 1
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 1

                        Text {
                            Layout.fillWidth: true
                            text: row.name
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                            font.weight: row.isCurrent ? Font.DemiBold : Font.Medium
                        }

                        Text {
                            objectName: "communitySubtitle"
                            Layout.fillWidth: true
                            text: row.pendingRequest ? qsTr("Request pending") : Format.members(row.memberCount)
                            elide: Text.ElideRight
                            color: row.pendingRequest ? Theme.warning : Theme.textMuted
                            font.pixelSize: Theme.fontSizeSmall
                        }
                    }

                    HintText {
                        Layout.rightMargin: Theme.spacingXs
                        visible: row.keepOffline
                        text: qsTr("Offline")
                        hint: qsTr("Kept offline: the whole history is on this computer")
                    }

                    Text {
                        Layout.rightMargin: Theme.spacingS
                        visible: row.index < 9 && row.hovered
                        text: qsTr("Ctrl+%1").arg(row.index + 1)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSizeSmall - 1
                    }

                    // ui-pages: unread notifications in this community
                    CountBadge {
                        readonly property int unread: rail.unreadNotificationsByCommunity[row.communityId] || 0
                        objectName: "communityUnread"
                        Layout.rightMargin: Theme.spacingS
                        count: unread
                        visible: unread > 0 && !row.hovered
                        Accessible.role: Accessible.StaticText
                        Accessible.name: unread === 1 ? qsTr("1 unread notification")
                                                      : qsTr("%n unread notifications", "", unread)
                    }
                }
            }

            EmptyState {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingL
                visible: list.count === 0
                busy: rail.firstSync && rail.syncStatus !== SyncStatusPill.State.Offline
                title: ""
                text: busy ? qsTr("Getting your communities…")
                           : qsTr("You have not joined a community yet. Communities you join appear here.")
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }

        // Who is signed in, and the connection state
        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingM
            spacing: Theme.spacingS

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Avatar {
                    name: rail.displayName.length > 0 ? rail.displayName : rail.handle
                    size: 32
                    circular: true

                    // ui-pages: my profile
                    TapHandler {
                        onTapped: rail.profileRequested()
                    }

                    HoverHandler {
                        cursorShape: Qt.PointingHandCursor
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    // ui-pages: my profile (Ctrl+Shift+P from the keyboard)
                    TapHandler {
                        onTapped: rail.profileRequested()
                    }

                    HoverHandler {
                        cursorShape: Qt.PointingHandCursor
                    }

                    Text {
                        objectName: "accountName"
                        Layout.fillWidth: true
                        text: rail.displayName.length > 0 ? rail.displayName : rail.handle
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pixelSize: Theme.fontSizeBody
                        font.weight: Font.DemiBold
                    }

                    Text {
                        Layout.fillWidth: true
                        text: "@" + rail.handle
                        elide: Text.ElideRight
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSizeSmall
                    }
                }

                SecondaryButton {
                    id: accountButton
                    objectName: "accountMenuButton"
                    compact: true
                    text: "⋯"
                    font.pixelSize: Theme.fontSizeLarge
                    Accessible.name: qsTr("Account menu: settings, accounts, sign out")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Settings, accounts and sign out")
                    ToolTip.delay: 500
                    onClicked: accountMenu.popup(accountButton, 0, -accountMenu.implicitHeight)
                }
            }

            SyncStatusPill {
                id: statusPill
                objectName: "syncStatus"
                Layout.fillWidth: true
                status: rail.syncStatus
                unsentCount: rail.unsentCount
                failedCount: rail.failedCount
                detail: rail.syncDetail
                firstSync: rail.firstSync
                progressText: rail.firstSync && list.count > 0
                              ? qsTr("%n communities", "", list.count) + ", "
                                + qsTr("%n posts", "", rail.communities.totalPostCount)
                              : ""
                onClicked: rail.outboxRequested()
            }
        }
    }

    Menu {
        id: accountMenu
        objectName: "accountMenu"

        MenuItem {
            objectName: "settingsItem"
            text: qsTr("Settings…")
            onTriggered: rail.settingsRequested()
        }
        MenuItem {
            text: qsTr("Keyboard shortcuts")
            onTriggered: rail.shortcutsRequested()
        }
        MenuItem {
            text: qsTr("Outbox")
            onTriggered: rail.outboxRequested()
        }
        MenuSeparator {}

        Instantiator {
            model: rail.otherAccounts
            delegate: MenuItem {
                required property var modelData
                text: qsTr("Switch to %1 (%2)").arg(modelData.handle).arg(modelData.serverUrl)
                onTriggered: rail.switchAccountRequested(modelData.serverUrl, modelData.handle)
            }
            onObjectAdded: (index, object) => accountMenu.insertItem(4 + index, object)
            onObjectRemoved: (index, object) => accountMenu.removeItem(object)
        }

        MenuItem {
            objectName: "addAccountItem"
            text: qsTr("Add another account…")
            onTriggered: rail.addAccountRequested()
        }
        MenuSeparator {}
        MenuItem {
            objectName: "signOutItem"
            text: qsTr("Sign out of %1…").arg(rail.handle)
            onTriggered: rail.signOutRequested()
        }
    }

    Menu {
        id: communityMenu
        objectName: "communityMenu"

        property string communityId
        property string communityName
        property bool keepOffline
        // (fileBytes: re-read after every measurement)
        readonly property string sizeText: rail.storage && rail.storage.fileBytes >= 0
                                           ? Format.bytes(rail.storage.bytesOf(communityId)) : ""

        MenuItem {
            objectName: "keepOfflineItem"
            checkable: true
            checked: communityMenu.keepOffline
            text: communityMenu.sizeText.length > 0
                  ? qsTr("Keep offline (%1 on this computer)").arg(communityMenu.sizeText)
                  : qsTr("Keep offline")
            onTriggered: rail.communities.setKeepOffline(communityMenu.communityId, checked)
        }
        MenuItem {
            text: qsTr("Mark as read")
            onTriggered: rail.communities.markRead(communityMenu.communityId)
        }
        MenuSeparator {}
        MenuItem {
            objectName: "leaveItem"
            text: qsTr("Leave community…")
            onTriggered: rail.leaveRequested(communityMenu.communityId, communityMenu.communityName)
        }
    }
}
