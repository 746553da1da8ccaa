pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// A member's profile: who they are, what they are into and make (their showcase), the
// communities we share and their recent posts there. Read from the cache, so it works offline
// for everyone who shares a community with me. My own profile is the same page, marked as mine.
Page {
    id: page

    property CacheStore store
    // Height of what floats over the page's bottom edge (the offline notice): the end of the
    // content scrolls clear of it.
    property real overlayHeight: 0
    property string userId
    // Where Back returns to ("Ridge Runners", "Members"); "" hides Back.
    property string backLabel
    property bool online: true
    property date now: new Date()

    readonly property alias profile: profile
    readonly property alias recentPosts: recentPosts
    readonly property alias scroller: scroller

    signal closed()
    // My own profile's Edit.
    signal editRequested()
    // A recent post's thread, and the community it is in.
    signal postOpened(string communityId, var post)
    signal communityOpened(string communityId)

    MemberProfile {
        id: profile
        store: page.store
        userId: page.userId
    }

    MemberPostsModel {
        id: recentPosts
        store: page.store
        userId: page.userId
    }


    Accessible.role: Accessible.Pane
    Accessible.name: profile.isMe ? qsTr("Your profile") : qsTr("Profile of %1").arg(profile.displayName)

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: profile.isMe ? qsTr("Your profile") : profile.loaded ? profile.displayName : qsTr("Profile")
        subtitle: profile.isMe ? qsTr("This is how other members see you") : ""
        backLabel: page.backLabel
        onBackRequested: page.closed()

        HeaderButton {
            objectName: "editProfileButton"
            visible: profile.isMe && profile.loaded
            iconName: "pencil"
            text: qsTr("Edit profile")
            onClicked: page.editRequested()
        }
    }

    ScrollingColumn {
        id: scroller
        bottomPadding: Theme.spacingXxl + page.overlayHeight
        objectName: "profileScroller"
        anchors.fill: parent
        visible: profile.loaded

        // Who they are
        Rectangle {
            width: parent.width
            implicitHeight: hero.implicitHeight + 2 * Theme.spacingXl
            radius: Theme.radiusL
            color: Theme.surface
            border.width: 1
            border.color: Theme.border

            RowLayout {
                id: hero
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingXl
                spacing: Theme.spacingXl

                Avatar {
                    Layout.alignment: Qt.AlignTop
                    name: profile.displayName
                    size: 84
                    circular: true
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        Text {
                            objectName: "profileName"
                            Layout.maximumWidth: hero.width - 84 - Theme.spacingXl - 80
                            text: profile.displayName
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeDisplay
                            font.weight: Font.Bold
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }

                        Rectangle {
                            objectName: "youBadge"
                            visible: profile.isMe
                            implicitWidth: youLabel.implicitWidth + 2 * Theme.spacingS
                            implicitHeight: youLabel.implicitHeight + 4
                            radius: height / 2
                            color: Theme.accentSoft

                            Text {
                                id: youLabel
                                anchors.centerIn: parent
                                text: qsTr("You")
                                color: Theme.accent
                                font.pixelSize: Theme.fontSizeSmall
                                font.weight: Font.DemiBold
                            }
                        }

                        Item {
                            Layout.fillWidth: true
                        }
                    }

                    Text {
                        objectName: "profileHandle"
                        text: "@" + profile.handle
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSizeBody
                    }

                    MarkdownText {
                        objectName: "profileBio"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingXs
                        visible: profile.bio.length > 0
                        markdown: profile.bio
                        font.pixelSize: Theme.fontSizeBody + 1
                    }

                    Text {
                        objectName: "profileNoBio"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingXs
                        visible: profile.bio.length === 0
                        text: profile.isMe ? qsTr("You have not written a bio yet.")
                                           : qsTr("%1 has not written a bio yet.").arg(profile.displayName)
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSizeBody + 1
                        font.italic: true
                    }

                    Flow {
                        objectName: "interests"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingXs
                        visible: profile.interests.length > 0
                        spacing: Theme.spacingS

                        Repeater {
                            model: profile.interests

                            delegate: TagChip {
                                required property string modelData
                                text: modelData
                            }
                        }
                    }

                    Flow {
                        objectName: "links"
                        Layout.fillWidth: true
                        Layout.leftMargin: -Theme.spacingS
                        visible: profile.links.length > 0
                        spacing: Theme.spacingXs

                        Repeater {
                            model: profile.links

                            delegate: ExternalLink {
                                required property var modelData
                                label: modelData.label !== undefined ? modelData.label : ""
                                url: modelData.url !== undefined ? modelData.url : ""
                            }
                        }
                    }
                }
            }
        }

        // What they make
        Column {
            width: parent.width
            spacing: Theme.spacingM
            visible: profile.showcase.length > 0

            SectionTitle {
                text: qsTr("Showcase")
            }

            Grid {
                id: showcaseGrid
                objectName: "showcase"
                width: parent.width
                columns: width > 560 ? 2 : 1
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingM

                Repeater {
                    model: profile.showcase

                    delegate: ShowcaseCard {
                        required property var modelData
                        width: (showcaseGrid.width - (showcaseGrid.columns - 1) * showcaseGrid.columnSpacing) / showcaseGrid.columns
                        title: modelData.title !== undefined ? modelData.title : ""
                        text: modelData.text !== undefined ? modelData.text : ""
                        link: modelData.link !== undefined ? modelData.link : ""
                        image: modelData.image !== undefined ? modelData.image : ""
                    }
                }
            }
        }

        // Where we meet
        Column {
            width: parent.width
            spacing: Theme.spacingM
            visible: profile.communities.length > 0

            SectionTitle {
                text: profile.isMe ? qsTr("Your communities") : qsTr("Communities you share")
            }

            Flow {
                objectName: "sharedCommunities"
                width: parent.width
                spacing: Theme.spacingS

                Repeater {
                    model: profile.communities

                    delegate: AbstractButton {
                        id: communityChip

                        required property var modelData

                        hoverEnabled: true
                        padding: Theme.spacingXs + 2
                        leftPadding: Theme.spacingXs + 2
                        rightPadding: Theme.spacingM
                        focusPolicy: Qt.StrongFocus
                        text: modelData.name
                        Accessible.role: Accessible.Button
                        Accessible.name: modelData.role === "member" ? qsTr("Open %1").arg(modelData.name)
                                                                     : qsTr("Open %1 (%2 there)").arg(modelData.name).arg(modelData.role)
                        onClicked: page.communityOpened(modelData.communityId)
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()

                        background: Rectangle {
                            radius: Theme.radiusM
                            color: communityChip.hovered ? Theme.surfaceAlt : Theme.surface
                            border.width: communityChip.visualFocus ? 2 : 1
                            border.color: communityChip.visualFocus ? Theme.focusRing : Theme.border
                        }

                        contentItem: RowLayout {
                            spacing: Theme.spacingS

                            Avatar {
                                name: communityChip.modelData.name
                                size: 24
                            }

                            Text {
                                text: communityChip.modelData.name
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeBody - 1
                                font.weight: Font.Medium
                            }

                            RoleBadge {
                                role: communityChip.modelData.role
                            }
                        }
                    }
                }
            }
        }

        // What they wrote lately
        Column {
            width: parent.width
            spacing: Theme.spacingM

            SectionTitle {
                text: qsTr("Recent posts")
            }

            Column {
                objectName: "recentPostList"
                width: parent.width
                spacing: Theme.spacingS

                Repeater {
                    id: postRepeater
                    model: recentPosts

                    delegate: PostSummaryRow {
                        required property string postId
                        required property string communityId
                        required property string authorId
                        required property string authorName
                        required property bool pinned
                        required property bool edited
                        required kind
                        required title
                        required body
                        required communityName
                        required createdAt
                        required commentCount

                        width: parent.width
                        now: page.now
                        onClicked: page.postOpened(communityId, {
                            postId: postId, communityId: communityId, kind: kind, title: title,
                            body: body, authorId: authorId, authorName: authorName,
                            createdAt: createdAt, commentCount: commentCount, pinned: pinned,
                            edited: edited
                        })
                    }
                }
            }

            Text {
                objectName: "noRecentPosts"
                width: parent.width
                visible: recentPosts.count === 0
                text: profile.isMe ? qsTr("You have not posted in your communities yet.")
                                   : qsTr("No posts from %1 in the communities you share, as far as this computer knows.").arg(profile.displayName)
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeBody
            }
        }
    }

    // Not cached: nobody's fault, but say what it means.
    ColumnLayout {
        objectName: "profileMissing"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXxl, 440)
        visible: !profile.loaded
        spacing: Theme.spacingS

        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This profile is not saved on this computer")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
        }

        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: page.online ? qsTr("Hearth keeps the profiles of people who share a community with you. This member may have left the communities you share.")
                              : qsTr("You are offline. Hearth shows the profiles it saved before, and this is not one of them.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }
    }
}
