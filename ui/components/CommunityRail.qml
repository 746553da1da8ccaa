pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The side rail: the member's communities (initials avatars, selection), and at the bottom who
// is signed in, the connection state and sign-out.
Rectangle {
    id: rail

    property CacheStore store
    property string displayName
    property string handle
    property int syncStatus: SyncStatusPill.State.Offline
    property int unsentCount: 0
    property string syncDetail

    // The selected community, published by the current delegate.
    property string currentCommunityId
    property string currentName
    property string currentTagline
    property int currentMemberCount: 0
    property string currentRole
    readonly property alias currentIndex: list.currentIndex
    readonly property alias count: list.count

    // The search field's text once typing pauses (~150 ms); cleared at once by Escape.
    property string searchQuery
    readonly property alias searchField: searchField

    signal signOutRequested()
    signal syncRequested()

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
    // Escape in the search field: the search closed, focus goes back to the content.
    signal searchDismissed()

    function focusSearch() {
        searchField.forceActiveFocus();
        searchField.selectAll();
    }

    function clearSearch() {
        searchDebounce.stop();
        searchField.clear();
        searchQuery = "";
    }

    function selectIndex(index: int) {
        if (index >= 0 && index < list.count)
            list.currentIndex = index;
    }

    color: Theme.sidebar
    implicitWidth: Theme.railWidth

    readonly property CommunityListModel communities: CommunityListModel {
        store: rail.store
        joinedOnly: true
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
            placeholderText: qsTr("Search")
            leftPadding: Theme.spacingS + 2
            rightPadding: Theme.spacingS + 2
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.pixelSize: Theme.fontSizeBody
            selectByMouse: true
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Search everything saved on this computer")
            Accessible.description: qsTr("Ctrl+K or Ctrl+F to search, Escape to clear")
            onTextChanged: {
                if (text.trim().length === 0) {
                    searchDebounce.stop();
                    rail.searchQuery = "";
                } else
                    searchDebounce.restart();
            }
            Keys.onEscapePressed: {
                rail.clearSearch();
                rail.searchDismissed();
            }
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

        Text {
            Layout.leftMargin: Theme.spacingL + 2
            Layout.topMargin: Theme.spacingS
            Layout.bottomMargin: Theme.spacingS
            text: qsTr("COMMUNITIES")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall - 1
            font.weight: Font.DemiBold
            font.letterSpacing: 0.8
        }

        ListView {
            id: list
            objectName: "communityList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: rail.communities
            spacing: 2
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            currentIndex: count > 0 ? 0 : -1
            highlightMoveDuration: 0

            Accessible.role: Accessible.List
            Accessible.name: qsTr("Communities")

            onCountChanged: {
                if (count > 0 && currentIndex < 0)
                    currentIndex = 0;
                if (count === 0)
                    rail.currentCommunityId = "";
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

                readonly property bool isCurrent: ListView.isCurrentItem

                function publish() {
                    if (!isCurrent)
                        return;
                    rail.currentCommunityId = communityId;
                    rail.currentName = name;
                    rail.currentTagline = tagline;
                    rail.currentMemberCount = memberCount;
                    rail.currentRole = role;
                }

                onIsCurrentChanged: publish()
                onCommunityIdChanged: publish()
                onNameChanged: publish()
                onTaglineChanged: publish()
                onMemberCountChanged: publish()
                onRoleChanged: publish()
                Component.onCompleted: publish()

                width: ListView.view.width
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
                topPadding: Theme.spacingS
                bottomPadding: Theme.spacingS
                leftInset: Theme.spacingS
                rightInset: Theme.spacingS
                hoverEnabled: true
                focusPolicy: Qt.NoFocus
                text: name

                Accessible.role: Accessible.ListItem
                Accessible.name: row.index < 9 ? qsTr("%1, %2, Ctrl+%3").arg(name).arg(Format.members(memberCount)).arg(row.index + 1)
                                                : qsTr("%1, %2").arg(name).arg(Format.members(memberCount))
                Accessible.selected: isCurrent

                onClicked: list.currentIndex = index

                background: Rectangle {
                    radius: Theme.radiusM
                    color: row.isCurrent ? Theme.sidebarSelected
                                         : row.hovered ? Theme.sidebarHover : "transparent"
                    border.width: row.isCurrent && !Theme.dark ? 1 : 0
                    border.color: Theme.border

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
                            Layout.fillWidth: true
                            text: Format.members(row.memberCount)
                            elide: Text.ElideRight
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSizeSmall
                        }
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

            Text {
                anchors.fill: parent
                anchors.margins: Theme.spacingL
                visible: list.count === 0
                text: qsTr("You have not joined a community yet. Communities you join appear here.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
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

                ToolButton {
                    id: signOutButton
                    objectName: "signOutButton"
                    text: qsTr("Sign out")
                    font.pixelSize: Theme.fontSizeSmall
                    Accessible.name: qsTr("Sign out of %1").arg(rail.handle)
                    onClicked: rail.signOutRequested()
                }
            }

            SyncStatusPill {
                id: statusPill
                objectName: "syncStatus"
                status: rail.syncStatus
                unsentCount: rail.unsentCount
                detail: rail.syncDetail
                onClicked: rail.syncRequested()
            }
        }
    }
}
