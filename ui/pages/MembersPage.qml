pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// A community's member directory: owners, then moderators, then members, each by name, with a
// search over names and handles. Enter or a click opens a member's profile. Read from the cache.
Page {
    id: page

    property CacheStore store
    // Height of what floats over the page's bottom edge (the offline notice): the end of the
    // content scrolls clear of it.
    property real overlayHeight: 0
    property string communityId
    property string communityName
    property string backLabel

    readonly property alias members: members
    readonly property alias list: memberList
    readonly property alias searchField: searchField

    signal closed()
    signal profileRequested(string userId)

    function focusSearch() {
        searchField.forceActiveFocus();
    }

    onCommunityIdChanged: searchField.clear()

    MembersModel {
        id: members
        store: page.store
        communityId: page.communityId
        search: searchField.text
    }

    // The whole directory, for "3 of 14".
    MembersModel {
        id: everyone
        store: page.store
        communityId: page.communityId
    }


    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Members of %1").arg(page.communityName)

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: qsTr("Members")
        subtitle: searchField.text.trim().length > 0
                  ? qsTr("%1 of %2 in %3").arg(members.count).arg(Format.members(everyone.count)).arg(page.communityName)
                  : qsTr("%1 in %2").arg(Format.members(everyone.count)).arg(page.communityName)
        backLabel: page.backLabel
        onBackRequested: page.closed()
    }

    TextField {
        id: searchField
        objectName: "memberSearch"
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingL
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
        implicitHeight: 38
        placeholderText: qsTr("Find a member by name or handle")
        placeholderTextColor: Theme.textMuted
        color: Theme.text
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM
        font.pixelSize: Theme.fontSizeBody
        selectByMouse: true
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Find a member")
        Accessible.description: qsTr("Down moves to the results, Escape clears")
        Keys.onDownPressed: {
            if (memberList.count > 0) {
                memberList.currentIndex = 0;
                memberList.forceActiveFocus();
            }
        }
        // Enter opens the best match, as in a quick switcher.
        Keys.onReturnPressed: {
            const first = memberList.itemAtIndex(0);
            if (first)
                page.profileRequested(first.userId);
        }
        Keys.onEscapePressed: event => {
            if (text.length > 0)
                clear();
            else
                event.accepted = false;
        }

        background: Rectangle {
            radius: Theme.radiusS + 2
            color: Theme.surface
            border.width: searchField.activeFocus ? 2 : 1
            border.color: searchField.activeFocus ? Theme.focusRing : Theme.borderStrong
        }
    }

    ListView {
        id: memberList
        objectName: "memberList"
        anchors.top: searchField.bottom
        anchors.topMargin: Theme.spacingM
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: searchField.width
        clip: true
        model: members
        spacing: 2
        keyNavigationEnabled: true
        boundsBehavior: Flickable.StopAtBounds
        highlightMoveDuration: 0
        currentIndex: -1
        bottomMargin: Theme.spacingXl + page.overlayHeight
        Keys.onPressed: event => event.accepted = ListKeys.move(memberList, event.key)

        Accessible.role: Accessible.List
        Accessible.name: qsTr("Members")

        Keys.onUpPressed: event => {
            if (currentIndex <= 0)
                searchField.forceActiveFocus();
            else
                event.accepted = false;
        }

        ScrollBar.vertical: ScrollBar {}

        // Rows start their role's group themselves: Qt 6.4 cannot create a section.delegate
        // declared in a file with "pragma ComponentBehavior: Bound" ("Component is not ready").
        section.property: "role"
        delegate: ItemDelegate {
            id: row

            required property int index
            required property string userId
            required property string handle
            required property string displayName
            required property string bio
            required property string role
            required property bool isMe

            readonly property bool startsGroup: ListView.section !== ListView.previousSection
            readonly property int groupSpace: startsGroup ? groupTitle.implicitHeight + Theme.spacingL + Theme.spacingXs : 0

            width: ListView.view.width
            padding: Theme.spacingS
            leftPadding: Theme.spacingM
            rightPadding: Theme.spacingM
            topInset: groupSpace
            topPadding: Theme.spacingS + groupSpace
            hoverEnabled: true
            // The current row holds the list's focus, so Enter reaches it.
            focus: ListView.isCurrentItem
            highlighted: ListView.isCurrentItem && ListView.view.activeFocus

            Accessible.role: Accessible.ListItem
            Accessible.name: {
                const parts = [displayName];
                if (role !== "member")
                    parts.push(role === "owner" ? qsTr("owner") : qsTr("moderator"));
                if (isMe)
                    parts.push(qsTr("you"));
                return parts.join(", ");
            }

            onClicked: {
                ListView.view.currentIndex = index;
                page.profileRequested(userId);
            }

            SectionTitle {
                id: groupTitle
                objectName: "groupTitle"
                visible: row.startsGroup
                x: Theme.spacingS
                y: row.groupSpace - implicitHeight - Theme.spacingXs
                text: row.role === "owner" ? qsTr("Owners")
                      : row.role === "moderator" ? qsTr("Moderators") : qsTr("Members")
            }
            Keys.onReturnPressed: page.profileRequested(userId)
            Keys.onEnterPressed: page.profileRequested(userId)

            background: Rectangle {
                radius: Theme.radiusM
                color: row.highlighted || row.hovered ? Theme.surface : "transparent"
                border.width: row.highlighted ? 2 : row.hovered ? 1 : 0
                border.color: row.highlighted ? Theme.focusRing : Theme.border
            }

            contentItem: RowLayout {
                spacing: Theme.spacingM

                Avatar {
                    name: row.displayName
                    size: 40
                    circular: true
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 1

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        Text {
                            objectName: "memberName"
                            text: row.displayName
                            elide: Text.ElideRight
                            // The name keeps its width; the handle gives way first.
                            Layout.maximumWidth: 360
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                            font.weight: Font.DemiBold
                        }

                        RoleBadge {
                            objectName: "roleBadge"
                            role: row.role
                        }

                        Text {
                            visible: row.isMe
                            text: qsTr("(you)")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSizeSmall
                        }

                        Text {
                            Layout.fillWidth: true
                            visible: row.handle.length > 0
                            text: "@" + row.handle
                            elide: Text.ElideRight
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSizeSmall
                        }
                    }

                    Text {
                        objectName: "memberBio"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: row.bio
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        maximumLineCount: 1
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeSmall + 1
                    }
                }
            }
        }
    }

    ColumnLayout {
        objectName: "membersEmptyState"
        anchors.top: searchField.bottom
        anchors.topMargin: Theme.spacingXxl * 2
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: members.count === 0
        spacing: Theme.spacingS

        Text {
            objectName: "membersEmptyText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: searchField.text.trim().length > 0 ? qsTr("Nobody called “%1” here").arg(searchField.text.trim())
                                                     : qsTr("No members saved yet")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
        }

        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: searchField.text.trim().length > 0 ? qsTr("Search looks at display names and handles.")
                                                     : qsTr("The member list arrives with the community's first sync.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }
    }
}
