pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The organizer's pane for one community, in the same window (the community header's Manage, or
// Ctrl+Shift+M): a sub-navigation on the left (Members, Requests, Reports, Engagement, Settings, Audit log) and the
// chosen section on the right. Only owners and moderators get here, and each section offers only
// what my role allows (OrganizerRights, a copy of hearthd's rules); hearthd still decides, and what
// it refuses shows where it was asked for, with its reason.
Page {
    id: page

    property CacheStore store
    property string communityId
    property string communityName
    property string backLabel
    // My membership of the community (the rail's current role and state).
    property string myRole
    property string myState
    property real overlayHeight: 0
    // Connected to hearthd: a save waiting in the outbox says whether it is being sent.
    property bool online: true
    // members | requests | reports | engagement | settings | audit
    property string section: "members"

    readonly property alias rights: rights
    readonly property alias membersSection: membersSection
    readonly property alias requestsSection: requestsSection
    readonly property alias settingsSection: settingsSection
    readonly property alias reportsSection: reportsSection
    readonly property alias auditSection: auditSection
    readonly property alias engagementSection: engagementSection
    readonly property alias navigation: navigation
    readonly property bool dialogOpen: membersSection.dialogOpen || requestsSection.dialogOpen
                                       || reportsSection.dialogOpen || engagementSection.dialogOpen

    // `badge`: the count is work waiting (shown as a badge), not a size.
    readonly property var sections: [
        { key: "members", label: qsTr("Members"), count: everyone.count, badge: false },
        { key: "requests", label: qsTr("Requests"), count: requestsSection.requests.count, badge: true },
        { key: "reports", label: qsTr("Reports"), count: reportsSection.reports.openCount, badge: true },
        { key: "engagement", label: qsTr("Engagement"), count: -1, badge: false },
        { key: "settings", label: qsTr("Settings"), count: -1, badge: false },
        { key: "audit", label: qsTr("Audit log"), count: -1, badge: false }
    ]
    readonly property int sectionIndex: Math.max(0, sections.findIndex(entry => entry.key === section))

    signal closed()
    signal profileRequested(string userId)
    // A reported post or comment's thread.
    signal threadRequested(string postId)
    // An event named in the audit log.
    signal eventRequested(string eventId)

    function showSection(key: string) {
        section = key;
        focusSection();
    }

    function focusSection() {
        if (section === "requests")
            requestsSection.focusFirst();
        else if (section === "reports")
            reportsSection.focusFirst();
        else if (section === "settings")
            settingsSection.focusFirst();
        else if (section === "audit")
            auditSection.focusFirst();
        else if (section === "engagement")
            engagementSection.focusFirst();
        else
            membersSection.focusFirst();
    }

    function focusNavigation() {
        navigation.currentIndex = sectionIndex;
        navigation.forceActiveFocus();
    }

    onCommunityIdChanged: section = "members"
    // The audit log is the server's: asked for each time the section opens.
    // So are the engagement figures.
    onSectionChanged: {
        if (section === "audit")
            auditSection.audit.refresh();
        else if (section === "engagement")
            engagementSection.figures.refresh();
    }

    OrganizerRights {
        id: rights
        role: page.myRole
        state: page.myState
    }

    // Active members, for the navigation's count.
    MembersModel {
        id: everyone
        store: page.store
        communityId: page.communityId
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Manage %1").arg(page.communityName)

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: qsTr("Manage %1").arg(page.communityName)
        subtitle: {
            const role = page.myRole === "owner" ? qsTr("You are an owner") : qsTr("You are a moderator");
            if (everyone.memberCap <= 0)
                return role;
            const left = Math.max(0, everyone.memberCap - everyone.seatsTaken);
            return role + " · " + qsTr("%1 of %2 seats taken, %n left", "", left).arg(everyone.seatsTaken).arg(everyone.memberCap);
        }
        backLabel: page.backLabel
        onBackRequested: page.closed()
    }

    RowLayout {
        anchors.fill: parent
        visible: rights.isOrganizer
        spacing: 0

        // The sub-navigation: Up and Down choose, Enter or Right goes into the section.
        ListView {
            id: navigation
            objectName: "manageNavigation"
            Layout.preferredWidth: 200
            Layout.fillHeight: true
            Layout.topMargin: Theme.spacingL
            Layout.leftMargin: Theme.spacingL
            model: page.sections
            spacing: 2
            interactive: false
            keyNavigationEnabled: true
            currentIndex: page.sectionIndex
            highlightMoveDuration: 0
            activeFocusOnTab: true
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Sections of the Manage pane")
            Keys.onReturnPressed: page.focusSection()
            Keys.onEnterPressed: page.focusSection()
            Keys.onRightPressed: page.focusSection()
            onCurrentIndexChanged: if (activeFocus && currentIndex >= 0) page.section = page.sections[currentIndex].key

            delegate: ItemDelegate {
                id: entry

                required property var modelData
                required property int index
                readonly property bool selected: page.section === modelData.key

                objectName: "nav_" + modelData.key
                width: ListView.view.width
                padding: Theme.spacingS
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                hoverEnabled: true
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.count > 0 ? qsTr("%1, %2").arg(modelData.label).arg(modelData.count) : modelData.label
                Accessible.selected: selected
                onClicked: page.showSection(modelData.key)

                background: Rectangle {
                    radius: Theme.radiusS + 2
                    color: entry.selected ? Theme.surface : entry.hovered ? Theme.sidebarHover : "transparent"
                    border.width: entry.ListView.isCurrentItem && navigation.activeFocus ? 2 : entry.selected ? 1 : 0
                    border.color: entry.ListView.isCurrentItem && navigation.activeFocus ? Theme.focusRing : Theme.border
                }

                contentItem: RowLayout {
                    spacing: Theme.spacingS

                    Text {
                        Layout.fillWidth: true
                        text: entry.modelData.label
                        color: entry.selected ? Theme.text : Theme.textSecondary
                        font.pixelSize: Theme.fontSizeBody
                        font.weight: entry.selected ? Font.DemiBold : Font.Normal
                    }

                    CountBadge {
                        visible: entry.modelData.badge && entry.modelData.count > 0
                        count: entry.modelData.count
                    }

                    Text {
                        visible: !entry.modelData.badge && entry.modelData.count >= 0
                        text: entry.modelData.count
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSizeSmall
                    }
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spacingL
            implicitWidth: 1
            color: Theme.border
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Item {
                anchors.fill: parent
                anchors.margins: Theme.spacingL
                anchors.bottomMargin: Theme.spacingL + page.overlayHeight

                AdminMembersSection {
                    id: membersSection
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(parent.width, Theme.contentMaxWidth)
                    height: parent.height
                    visible: page.section === "members"
                    store: page.store
                    communityId: page.communityId
                    communityName: page.communityName
                    rights: rights
                    onProfileRequested: userId => page.profileRequested(userId)
                }

                AdminRequestsSection {
                    id: requestsSection
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(parent.width, Theme.contentMaxWidth)
                    height: parent.height
                    visible: page.section === "requests"
                    store: page.store
                    communityId: page.communityId
                    communityName: page.communityName
                    rights: rights
                    onProfileRequested: userId => page.profileRequested(userId)
                }

                AdminSettingsSection {
                    id: settingsSection
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(parent.width, Theme.contentMaxWidth)
                    height: parent.height
                    visible: page.section === "settings"
                    store: page.store
                    communityId: page.communityId
                    communityName: page.communityName
                    online: page.online
                    rights: rights
                }

                AdminReportsSection {
                    id: reportsSection
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(parent.width, Theme.contentMaxWidth)
                    height: parent.height
                    visible: page.section === "reports"
                    store: page.store
                    communityId: page.communityId
                    communityName: page.communityName
                    rights: rights
                    onThreadRequested: postId => page.threadRequested(postId)
                }

                AdminEngagementSection {
                    id: engagementSection
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(parent.width, Theme.contentMaxWidth)
                    height: parent.height
                    visible: page.section === "engagement"
                    store: page.store
                    communityId: page.communityId
                    communityName: page.communityName
                    onProfileRequested: userId => page.profileRequested(userId)
                    onThreadRequested: postId => page.threadRequested(postId)
                    onEventRequested: eventId => page.eventRequested(eventId)
                }

                AdminAuditSection {
                    id: auditSection
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(parent.width, Theme.contentMaxWidth)
                    height: parent.height
                    visible: page.section === "audit"
                    store: page.store
                    communityId: page.communityId
                    communityName: page.communityName
                    onProfileRequested: userId => page.profileRequested(userId)
                    onThreadRequested: postId => page.threadRequested(postId)
                    onEventRequested: eventId => page.eventRequested(eventId)
                }
            }
        }
    }

    // My role changed while the pane was open (or it was opened where I do not organize).
    EmptyState {
        objectName: "notOrganizerState"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXxl, 440)
        visible: !rights.isOrganizer
        title: qsTr("You no longer manage %1").arg(page.communityName)
        text: qsTr("Only its owners and moderators can manage a community. If your role changed, an owner can give it back.")
        actionText: qsTr("Back")
        onActionTriggered: page.closed()
    }
}
