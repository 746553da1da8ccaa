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
        function onCurrentCommunityIdChanged() { home.closeThread(); }
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
                }

                ThreadPage {
                    id: threadPage
                    anchors.fill: parent
                    visible: home.threadOpen && !home.searching
                    store: home.store
                    communityName: rail.currentName
                    online: feedPage.online
                    now: feedPage.now
                    onClosed: home.closeThread()
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

                ColumnLayout {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spacingXxl, 440)
                    visible: rail.currentCommunityId.length === 0 && !home.searching
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
