pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The member's notifications: replies, mentions, join requests and event reminders, newest
// first, unread ones marked. Opening one marks it read and shows what it is about in place (the
// thread, the event, the community); "Mark all as read" clears the bell.
Page {
    id: page

    property CacheStore store
    // Height of what floats over the page's bottom edge (the offline notice): the end of the
    // content scrolls clear of it.
    property real overlayHeight: 0
    property string backLabel
    property date now: new Date()
    property bool unreadOnly: false

    readonly property alias notifications: notifications
    readonly property alias list: notificationList
    // Said when a notification leads to something no longer here.
    property string missingMessage

    signal closed()
    // What a notification is about, from NotificationTargets.resolve(): {kind: "thread" | "event"
    // | "community", communityId, post, commentId, eventId, userId}.
    signal targetOpened(var target)

    // Marks it read and opens what it is about; false (and a message here) when that is gone.
    function open(notificationId: string, targetType: string, targetId: string): bool {
        notifications.markRead(notificationId);
        const target = targets.resolve(targetType, targetId);
        if (target.kind === "missing") {
            missingMessage = targetType === "event" ? qsTr("That event is no longer here: it was removed, or you left its community.")
                           : targetType === "membership" || targetType === "community" ? qsTr("That community is no longer here.")
                           : qsTr("That post is no longer here: it was deleted, or you left its community.");
            return false;
        }
        missingMessage = "";
        page.targetOpened(target);
        return true;
    }

    function focusList() {
        if (notificationList.count > 0) {
            if (notificationList.currentIndex < 0)
                notificationList.currentIndex = 0;
            notificationList.forceActiveFocus();
        }
    }

    NotificationsModel {
        id: notifications
        store: page.store
        unreadOnly: page.unreadOnly
    }

    NotificationTargets {
        id: targets
        store: page.store
    }

    Timer {
        interval: 30000
        running: page.visible
        repeat: true
        triggeredOnStart: true
        onTriggered: page.now = new Date()
    }


    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Notifications")

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: qsTr("Notifications")
        subtitle: notifications.unreadCount === 0 ? qsTr("You are all caught up")
                  : notifications.unreadCount === 1 ? qsTr("1 unread")
                  : qsTr("%n unread", "", notifications.unreadCount)
        backLabel: page.backLabel
        onBackRequested: page.closed()

        SegmentedControl {
            objectName: "unreadSwitch"
            accessibleName: qsTr("Which notifications")
            options: [{value: "all", label: qsTr("All")}, {value: "unread", label: qsTr("Unread")}]
            value: page.unreadOnly ? "unread" : "all"
            onActivated: value => page.unreadOnly = value === "unread"
        }

        Button {
            id: markAll
            objectName: "markAllRead"
            flat: true
            enabled: notifications.unreadCount > 0
            hoverEnabled: true
            text: qsTr("Mark all as read")
            font.pixelSize: Theme.fontSizeBody - 1
            Accessible.name: text
            onClicked: notifications.markAllRead()

            contentItem: RowLayout {
                spacing: Theme.spacingXs + 2

                Icon {
                    name: "check"
                    size: 14
                    color: markAll.enabled ? Theme.link : Theme.textMuted
                }

                Text {
                    text: markAll.text
                    color: markAll.enabled ? Theme.link : Theme.textMuted
                    font: markAll.font
                }
            }

            background: Rectangle {
                radius: Theme.radiusS
                color: markAll.hovered && markAll.enabled ? Theme.surfaceAlt : "transparent"
                border.width: markAll.visualFocus ? 2 : 1
                border.color: markAll.visualFocus ? Theme.focusRing : Theme.border
                opacity: markAll.enabled ? 1 : 0.6
            }
        }
    }

    Rectangle {
        id: missingBanner
        objectName: "missingTarget"
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingM
        anchors.horizontalCenter: parent.horizontalCenter
        width: notificationList.width
        visible: page.missingMessage.length > 0
        height: visible ? missingRow.implicitHeight + 2 * Theme.spacingS : 0
        radius: Theme.radiusM
        color: Theme.warningSoft
        Accessible.role: Accessible.AlertMessage
        Accessible.name: page.missingMessage

        RowLayout {
            id: missingRow
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingS
            spacing: Theme.spacingS

            Text {
                objectName: "missingTargetText"
                Layout.fillWidth: true
                text: page.missingMessage
                wrapMode: Text.Wrap
                color: Theme.warning
                font.pixelSize: Theme.fontSizeSmall + 1
            }

            LinkButton {
                text: qsTr("Dismiss")
                onClicked: page.missingMessage = ""
            }
        }
    }

    ListView {
        id: notificationList
        objectName: "notificationList"
        anchors.top: missingBanner.bottom
        anchors.topMargin: Theme.spacingM
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
        clip: true
        model: notifications
        spacing: 2
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        currentIndex: -1
        boundsBehavior: Flickable.StopAtBounds
        bottomMargin: Theme.spacingXl + page.overlayHeight
        activeFocusOnTab: true
        Keys.onPressed: event => event.accepted = ListKeys.move(notificationList, event.key)

        Accessible.role: Accessible.List
        Accessible.name: qsTr("Notifications")

        onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0


        ScrollBar.vertical: ScrollBar {}

        delegate: NotificationDelegate {
            width: ListView.view.width
            now: page.now
            // The current row holds the list's focus, so Enter reaches it.
            focus: ListView.isCurrentItem
            highlighted: ListView.isCurrentItem && notificationList.activeFocus
            onClicked: {
                notificationList.currentIndex = index;
                page.open(notificationId, targetType, targetId);
            }
            Keys.onReturnPressed: page.open(notificationId, targetType, targetId)
            Keys.onEnterPressed: page.open(notificationId, targetType, targetId)
        }
    }

    ColumnLayout {
        objectName: "notificationsEmptyState"
        anchors.top: missingBanner.bottom
        anchors.topMargin: Theme.spacingXxl * 2
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: notifications.count === 0
        spacing: Theme.spacingS

        Icon {
            Layout.alignment: Qt.AlignHCenter
            name: "bell"
            size: 36
            color: Theme.textMuted
        }

        Text {
            objectName: "notificationsEmptyText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: page.unreadOnly ? qsTr("Nothing unread") : qsTr("No notifications yet")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
        }

        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: page.unreadOnly ? qsTr("You have seen everything. Switch to All to look back.")
                                  : qsTr("Replies to your posts and comments, mentions of you, reminders of events you are going to and join requests show up here.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }
    }
}
