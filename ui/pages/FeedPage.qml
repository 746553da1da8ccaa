pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// One community's feed: its header, the composer and the posts, newest or most active first,
// all topics or one. Everything comes from the local cache, so the page works the same offline;
// a new post shows at once as pending.
// By keyboard the posts are one stop: Up/Down move between posts, Enter opens one, Tab steps into
// its actions.
Page {
    id: page

    property CacheStore store
    property string communityId
    property string communityName
    // Mine: mentions of me are highlighted.
    property string myHandle
    property string communityTagline
    property int memberCount: 0
    property string authorName
    property bool canAnnounce: false
    // My membership: "active", or "pending" while a join request waits for an organizer (no
    // posts to read and nothing to write yet).
    property string membershipState: "active"
    // The server can be reached (pending posts are being sent rather than waiting).
    property bool online: true
    // The account's first sync is still running: an empty feed is loading, not empty.
    property bool loading: false
    // Space the window keeps over the bottom of the list (the offline notice).
    property real overlayHeight: 0

    readonly property bool pendingMembership: membershipState === "pending"
    readonly property alias postCount: postList.count
    readonly property alias composer: composer
    readonly property alias listView: postList
    readonly property alias discardDialog: discardDialog
    // Why older posts could not be fetched, until the next attempt.
    property string historyError

    // One clock for every card's relative time.
    property date now: new Date()
    // The post just written: scrolled into view as soon as the cache has it (it lands below any
    // pinned posts, maybe out of sight), then outlined for a moment so the eye finds it.
    property string revealPostId
    property string highlightedPostId

    // A post's thread was asked for (its title or comment count was clicked, or Enter).
    signal postOpened(string postId)
    // ui-pages: an author's name or avatar was clicked; the header's members or events were
    // asked for.
    signal profileRequested(string userId)
    signal membersRequested()
    signal eventsRequested()
    // admin-pane: I am an owner or moderator here; the header's Manage was chosen.
    property bool canManage: false
    signal manageRequested()
    // community-settings: an update required accepting the community's guidelines again and I
    // have not yet; the panel with them stands where the composer was until I accept.
    property string guidelines
    property bool mustAcceptGuidelines: false
    readonly property alias guidelinesPanel: guidelinesPanel
    signal guidelinesAcceptRequested()

    function focusComposer() {
        postList.positionViewAtBeginning();
        if (page.mustAcceptGuidelines)
            guidelinesPanel.acceptButton.forceActiveFocus();
        else
            composer.focusBody();
    }

    function focusPosts() {
        if (postList.count === 0) {
            composer.focusBody();
            return;
        }
        if (postList.currentIndex < 0)
            postList.currentIndex = 0;
        postList.forceActiveFocus(Qt.TabFocusReason);
    }

    function createPost(kind: string, title: string, body: string, topic: string): string {
        const postId = page.feedModel.createPost(kind, title, body, topic);
        revealPostId = postId;
        revealPost();
        return postId;
    }

    // A write the cache could not store: stop waiting for it.
    function forgetReveal(postId: string) {
        if (revealPostId === postId)
            revealPostId = "";
    }

    function revealPost() {
        if (revealPostId.length === 0)
            return;
        const postId = revealPostId;
        const row = page.feedModel.indexOf(postId);
        if (row < 0)
            return;
        revealPostId = "";
        postList.positionViewAtIndex(row, ListView.Contain);
        highlightedPostId = postId;
        highlightTimer.restart();
    }

    // The list's current post, published by the delegate that is current (typed, unlike
    // ListView.currentItem).
    property PostDelegate currentPost

    function openCurrent() {
        if (currentPost && currentPost.canOpen)
            page.postOpened(currentPost.postId);
    }

    // Tab past the last post's actions: on to whatever follows the list in the window's chain
    // (never back into a post, whose actions the chain skips only while they are not focused).
    function focusAfterList() {
        let next = postList.nextItemInFocusChain(true);
        for (let guard = 0; next && guard < 200; ++guard) {
            let inside = false;
            for (let p = next; p && !inside; p = p.parent)
                inside = p === postList;
            if (!inside)
                break;
            next = next.nextItemInFocusChain(true);
        }
        if (next)
            next.forceActiveFocus(Qt.TabFocusReason);
    }

    function askDiscard(mutationId: string, title: string, body: string) {
        discardDialog.mutationId = mutationId;
        discardDialog.keepText = title.length > 0 ? title + "\n\n" + body : body;
        discardDialog.open();
    }

    Timer {
        id: highlightTimer
        interval: 2500
        onTriggered: page.highlightedPostId = ""
    }

    Timer {
        interval: 30000
        running: page.visible
        repeat: true
        triggeredOnStart: true
        onTriggered: page.now = new Date()
    }

    readonly property FeedModel feedModel: FeedModel {
        store: page.store
        communityId: page.communityId
        onCommunityIdChanged: {
            page.revealPostId = "";
            page.historyError = "";
            topic = "";
        }
        onCountChanged: page.historyError = ""
    }

    Connections {
        target: page.store
        function onHistoryError(communityId: string, message: string) {
            if (communityId === page.communityId)
                page.historyError = message;
        }
    }

    ConfirmDialog {
        id: discardDialog
        objectName: "discardDialog"

        property string mutationId

        title: qsTr("Discard this post?")
        message: qsTr("It was not sent and will be removed from this computer. Copy the text first if you want to keep it.")
        confirmText: qsTr("Discard")
        destructive: true
        onConfirmed: page.store.discardMutation(mutationId)
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("%1 feed").arg(page.communityName)

    background: Rectangle {
        color: Theme.background
    }

    header: Rectangle {
        implicitHeight: headerRow.implicitHeight + 2 * Theme.spacingL
        color: Theme.surface

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.border
        }

        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingXl
            anchors.rightMargin: Theme.spacingXl
            spacing: Theme.spacingM

            Avatar {
                name: page.communityName
                size: 40
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Text {
                    objectName: "communityName"
                    Layout.fillWidth: true
                    text: page.communityName
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeTitle
                    font.weight: Font.Bold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                Text {
                    objectName: "communityTagline"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.communityTagline
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeBody - 1
                }
            }

            Text {
                text: qsTr("Request pending")
                visible: page.pendingMembership
                color: Theme.warning
                font.pixelSize: Theme.fontSizeSmall + 1
            }

            // ui-pages: the community's events and members
            HeaderButton {
                objectName: "eventsButton"
                visible: !page.pendingMembership
                iconName: "calendar"
                text: qsTr("Events")
                Accessible.name: qsTr("Events of %1").arg(page.communityName)
                onClicked: page.eventsRequested()
            }

            HeaderButton {
                objectName: "membersButton"
                visible: !page.pendingMembership
                iconName: "people"
                text: page.memberCount > 0 ? Format.members(page.memberCount) : qsTr("Members")
                Accessible.name: qsTr("Members of %1").arg(page.communityName)
                onClicked: page.membersRequested()
            }

            // admin-pane: the organizer's pane (Ctrl+Shift+M)
            HeaderButton {
                objectName: "manageButton"
                visible: page.canManage && !page.pendingMembership
                iconName: "shield"
                text: qsTr("Manage")
                Accessible.name: qsTr("Manage %1").arg(page.communityName)
                Accessible.description: qsTr("Ctrl+Shift+M")
                onClicked: page.manageRequested()
            }
        }
    }

    Composer {
        id: composer
        objectName: "composer"
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingL
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
        // A pending member cannot post yet, nor one who must accept the updated guidelines: the
        // server would refuse it.
        visible: !page.pendingMembership && !page.mustAcceptGuidelines
        communityName: page.communityName
        store: page.store
        communityId: page.communityId
        authorName: page.authorName
        canAnnounce: page.canAnnounce
        topics: page.feedModel.topics
        defaultTopic: page.feedModel.topic
        enabled: page.store !== null && page.communityId.length > 0 && !page.pendingMembership
        onSubmitted: (kind, title, body, topic) => page.createPost(kind, title, body, topic)
        onDismissed: page.focusPosts()
    }

    GuidelinesAcceptPanel {
        id: guidelinesPanel
        objectName: "guidelinesPanel"
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingL
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
        visible: page.mustAcceptGuidelines && !page.pendingMembership
        communityName: page.communityName
        guidelines: page.guidelines
        onAccepted: page.guidelinesAcceptRequested()
    }

    // What the feed shows: one topic or all (the topics the organizers set), newest or most
    // recently active first.
    RowLayout {
        id: filterBar
        objectName: "feedFilters"
        anchors.top: composer.visible ? composer.bottom
                     : guidelinesPanel.visible ? guidelinesPanel.bottom : parent.top
        anchors.topMargin: Theme.spacingM
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
        visible: !page.pendingMembership
        spacing: Theme.spacingM

        Flow {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacingS

            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Topics")

            FilterChip {
                objectName: "topicAll"
                visible: page.feedModel.topics.length > 0
                text: qsTr("All topics")
                selected: page.feedModel.topic === ""
                onClicked: page.feedModel.topic = ""
            }

            Repeater {
                model: page.feedModel.topics

                delegate: FilterChip {
                    required property string modelData

                    objectName: "topic_" + modelData
                    text: modelData
                    selected: page.feedModel.topic === modelData
                    Accessible.name: qsTr("Only posts about %1").arg(modelData)
                    // Picking the topic in force again shows every topic.
                    onClicked: page.feedModel.topic = selected ? "" : modelData
                }
            }
        }

        SegmentedControl {
            objectName: "sortSwitch"
            Layout.alignment: Qt.AlignTop | Qt.AlignRight
            accessibleName: qsTr("Order of the posts")
            options: [{value: "newest", label: qsTr("Newest")}, {value: "active", label: qsTr("Most active")}]
            value: page.feedModel.sortOrder === FeedModel.Activity ? "active" : "newest"
            onActivated: value => page.feedModel.sortOrder = value === "active" ? FeedModel.Activity : FeedModel.Newest
        }
    }

    ListView {
        id: postList
        objectName: "postList"
        anchors.top: filterBar.visible ? filterBar.bottom : composer.visible ? composer.bottom
                     : guidelinesPanel.visible ? guidelinesPanel.bottom : parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        model: page.feedModel
        spacing: Theme.spacingM
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        cacheBuffer: 800
        // Room after the last post for the end-of-feed line (and the offline notice).
        bottomMargin: Theme.spacingXl + page.overlayHeight + feedEnd.implicitHeight + Theme.spacingL
        topMargin: Theme.spacingM
        activeFocusOnTab: true
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        currentIndex: -1

        readonly property int columnWidth: Math.min(width - 2 * Theme.spacingXl, Theme.contentMaxWidth)

        Accessible.role: Accessible.List
        Accessible.name: qsTr("Posts")

        onCountChanged: page.revealPost()
        onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
        Keys.onReturnPressed: page.openCurrent()
        Keys.onPressed: event => event.accepted = ListKeys.move(postList, event.key)
        Keys.onEnterPressed: page.openCurrent()
        Keys.onTabPressed: event => {
            event.accepted = page.currentPost !== null && page.currentPost.focusActions(false);
        }

        ScrollBar.vertical: ScrollBar { }

        delegate: PostDelegate {
            id: post
            myHandle: page.myHandle
            width: postList.width
            cardWidth: postList.columnWidth
            now: page.now
            highlighted: postId === page.highlightedPostId
            keyboardCurrent: ListView.isCurrentItem && postList.activeFocus
            online: page.online
            onRetryRequested: mutationId => page.store.retryMutation(mutationId)
            onDiscardRequested: mutationId => page.askDiscard(mutationId, title, body)
            onReactionToggled: emoji => page.feedModel.toggleReaction(post.postId, emoji)
            onReactorsRequested: emoji => post.setReactors(emoji, page.feedModel.reactors(post.postId, emoji))
            onOpenRequested: page.postOpened(postId)
            onAuthorRequested: userId => page.profileRequested(userId)
            onLeaveBackward: postList.forceActiveFocus(Qt.BacktabFocusReason)
            onLeaveForward: page.focusAfterList()
            // Whatever the member clicks or tabs into becomes the list's current post.
            onActiveFocusChanged: if (activeFocus) postList.currentIndex = index
            readonly property bool isCurrent: ListView.isCurrentItem
            onIsCurrentChanged: if (isCurrent) page.currentPost = post
            Component.onCompleted: if (isCurrent) page.currentPost = post

            required property int index

            TapHandler {
                onTapped: postList.currentIndex = post.index
            }
        }
    }

    // Under the last post: older posts loading, the community's first post reached, or why older
    // posts could not come. (Not a ListView footer: Qt 6.4 cannot create one declared in a file
    // with ComponentBehavior: Bound.) It follows the end of the list, so it shows only there.
    EmptyState {
        id: feedEnd
        objectName: "feedFooter"
        readonly property real listEnd: postList.y + postList.originY + postList.contentHeight - postList.contentY
        anchors.horizontalCenter: parent.horizontalCenter
        y: listEnd + Theme.spacingL
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: postList.count > 0 && y < postList.y + postList.height
        busy: !page.feedModel.historyComplete && page.historyError.length === 0 && page.online
        error: page.historyError.length > 0
        title: ""
        text: page.historyError.length > 0 ? qsTr("Older posts could not be loaded: %1").arg(page.historyError)
              : page.feedModel.historyComplete ? qsTr("You have reached the first post of %1.").arg(page.communityName)
              : page.online ? qsTr("Loading older posts…")
              : qsTr("Older posts load when you are back online.")
        actionText: page.historyError.length > 0 ? qsTr("Try again") : ""
        onActionTriggered: {
            page.historyError = "";
            page.store.requestOlderHistory(page.communityId);
        }
    }

    EmptyState {
        id: emptyState
        objectName: "emptyState"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: filterBar.visible ? filterBar.bottom : composer.visible ? composer.bottom
                     : guidelinesPanel.visible ? guidelinesPanel.bottom : parent.top
        anchors.topMargin: Theme.spacingXxl * 2
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: postList.count === 0
        busy: page.loading && !page.pendingMembership
        readonly property bool filtered: page.feedModel.topic.length > 0 && !page.pendingMembership
        title: page.pendingMembership ? qsTr("Your request to join is waiting")
               : page.loading ? qsTr("Loading posts…")
               : filtered ? qsTr("Nothing about %1 yet").arg(page.feedModel.topic)
               : qsTr("No posts yet")
        text: page.pendingMembership
              ? qsTr("An organizer of %1 decides on requests to join. You can read and write here once they accept yours; you will get a notification.").arg(page.communityName)
              : page.loading ? qsTr("Hearth is getting this community's posts from the server.")
              : filtered ? qsTr("None of the posts on this computer is about %1.").arg(page.feedModel.topic)
              : qsTr("Start the conversation: ask a question, share what you are working on, or point others to something useful.")
        actionText: filtered ? qsTr("Show all topics") : ""
        onActionTriggered: page.feedModel.topic = ""
    }
}
