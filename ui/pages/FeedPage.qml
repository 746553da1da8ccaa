pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// One community's feed: its header, the composer and the posts, newest first. Everything comes
// from the local cache, so the page works the same offline; a new post shows at once as pending.
Page {
    id: page

    property CacheStore store
    property string communityId
    property string communityName
    property string communityTagline
    property int memberCount: 0
    property string authorName
    property bool canAnnounce: false
    // The server can be reached (pending posts are being sent rather than waiting).
    property bool online: true

    readonly property alias postCount: postList.count
    readonly property alias composer: composer
    readonly property alias listView: postList

    // One clock for every card's relative time.
    property date now: new Date()
    // The post just written: scrolled into view as soon as the cache has it (it lands below any
    // pinned posts, maybe out of sight), then outlined for a moment so the eye finds it.
    property string revealPostId
    property string highlightedPostId

    // A post's thread was asked for (its title or comment count was clicked).
    signal postOpened(var post)
    // An author's name or avatar was clicked; the header's members or events were asked for.
    signal profileRequested(string userId)
    signal membersRequested()
    signal eventsRequested()

    function focusComposer() {
        postList.positionViewAtBeginning();
        composer.focusBody();
    }

    function createPost(kind: string, title: string, body: string): string {
        const postId = page.feedModel.createPost(kind, title, body);
        revealPostId = postId;
        revealPost();
        return postId;
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
        onCommunityIdChanged: page.revealPostId = ""
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

            HeaderButton {
                objectName: "eventsButton"
                iconName: "calendar"
                text: qsTr("Events")
                Accessible.name: qsTr("Events of %1").arg(page.communityName)
                onClicked: page.eventsRequested()
            }

            HeaderButton {
                objectName: "membersButton"
                iconName: "people"
                text: page.memberCount > 0 ? Format.members(page.memberCount) : qsTr("Members")
                Accessible.name: qsTr("Members of %1").arg(page.communityName)
                onClicked: page.membersRequested()
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
        communityName: page.communityName
        authorName: page.authorName
        canAnnounce: page.canAnnounce
        enabled: page.store !== null && page.communityId.length > 0
        onSubmitted: (kind, title, body) => page.createPost(kind, title, body)
    }

    ListView {
        id: postList
        objectName: "postList"
        anchors.top: composer.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        model: page.feedModel
        spacing: Theme.spacingM
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        cacheBuffer: 800
        bottomMargin: Theme.spacingXl
        topMargin: Theme.spacingM

        readonly property int columnWidth: Math.min(width - 2 * Theme.spacingXl, Theme.contentMaxWidth)

        Accessible.role: Accessible.List
        Accessible.name: qsTr("Posts")

        onCountChanged: page.revealPost()

        ScrollBar.vertical: ScrollBar { }

        delegate: PostDelegate {
            width: postList.width
            cardWidth: postList.columnWidth
            now: page.now
            highlighted: postId === page.highlightedPostId
            online: page.online
            onRetryRequested: mutationId => page.store.retryMutation(mutationId)
            onDiscardRequested: mutationId => page.store.discardMutation(mutationId)
            onOpenRequested: page.postOpened({
                postId: postId, kind: kind, title: title, body: body, authorName: authorName,
                authorId: authorId, createdAt: createdAt, commentCount: commentCount,
                pinned: pinned, edited: edited
            })
            onAuthorRequested: userId => page.profileRequested(userId)
        }
    }

    ColumnLayout {
        id: emptyState
        objectName: "emptyState"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: composer.bottom
        anchors.topMargin: Theme.spacingXxl * 2
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: postList.count === 0
        spacing: Theme.spacingS

        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("No posts yet")
            color: Theme.text
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
        }

        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Start the conversation: ask a question, share what you are working on, or point others to something useful.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }
    }
}
