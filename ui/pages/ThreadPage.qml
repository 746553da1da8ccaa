pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// One post and its comments, with a reply box. Opened from the feed; Escape or Back returns to
// it. Like the feed it reads the local cache, and a reply shows at once as pending.
Page {
    id: page

    property CacheStore store
    property string communityName
    // The post as the feed showed it: {postId, kind, title, body, authorName, createdAt,
    // commentCount, pinned, edited}.
    property var post: ({})
    property bool online: true
    property date now: new Date()

    readonly property string postId: post.postId !== undefined ? post.postId : ""
    readonly property alias commentCount: commentRepeater.count
    readonly property alias comments: commentRepeater
    readonly property alias flickable: flick
    readonly property alias replyArea: replyArea
    // The comment being answered; empty to reply to the post itself.
    property string replyToId
    property string replyToName

    signal closed()
    // An author's name or avatar was clicked.
    signal profileRequested(string userId)

    function focusReply() {
        replyArea.forceActiveFocus();
    }

    function replyTo(commentId: string, authorName: string) {
        replyToId = commentId;
        replyToName = authorName;
        focusReply();
    }

    function sendReply() {
        const text = replyArea.text.trim();
        if (text.length === 0)
            return;
        const commentId = page.thread.createComment(text, page.replyToId);
        if (commentId.length === 0)
            return;
        replyArea.clear();
        replyToId = "";
        replyToName = "";
        flick.contentY = Math.max(0, flick.contentHeight - flick.height);
    }

    onPostIdChanged: {
        replyToId = "";
        replyToName = "";
        replyArea.clear();
    }

    readonly property ThreadModel thread: ThreadModel {
        store: page.store
        postId: page.postId
    }

    Shortcut {
        sequence: "Escape"
        enabled: page.visible && !replyArea.activeFocus
        onActivated: page.closed()
    }

    Shortcut {
        sequence: "Alt+Left"
        enabled: page.visible
        onActivated: page.closed()
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Thread: %1").arg(page.post.title !== undefined && page.post.title.length > 0
                                              ? page.post.title : page.communityName)

    background: Rectangle {
        color: Theme.background
    }

    header: Rectangle {
        implicitHeight: headerRow.implicitHeight + 2 * Theme.spacingM
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
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingXl
            spacing: Theme.spacingS

            ToolButton {
                objectName: "backButton"
                text: qsTr("← %1").arg(page.communityName)
                font.pixelSize: Theme.fontSizeBody
                Accessible.name: qsTr("Back to %1").arg(page.communityName)
                onClicked: page.closed()
            }

            Item { Layout.fillWidth: true }

            Text {
                text: Format.comments(commentRepeater.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall + 1
            }
        }
    }

    // Threads are small (the model loads them whole), so a plain column of comments under the
    // post is enough.
    Flickable {
        id: flick
        objectName: "threadFlickable"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: replyBox.top
        clip: true
        contentWidth: width
        contentHeight: threadColumn.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds

        readonly property int columnWidth: Math.min(width - 2 * Theme.spacingXl, Theme.contentMaxWidth)

        ScrollBar.vertical: ScrollBar { }

        Column {
            id: threadColumn
            y: Theme.spacingL
            width: flick.width
            spacing: Theme.spacingS

            PostDelegate {
                id: postCard
                objectName: "threadPost"
                width: flick.width
                cardWidth: flick.columnWidth
                now: page.now
                online: page.online
                postId: page.postId
                kind: page.post.kind !== undefined ? page.post.kind : "discussion"
                title: page.post.title !== undefined ? page.post.title : ""
                body: page.post.body !== undefined ? page.post.body : ""
                authorName: page.post.authorName !== undefined ? page.post.authorName : ""
                authorId: page.post.authorId !== undefined ? page.post.authorId : ""
                createdAt: page.post.createdAt !== undefined ? page.post.createdAt : new Date()
                commentCount: commentRepeater.count
                pinned: page.post.pinned === true
                pending: false
                failed: false
                errorString: ""
                edited: page.post.edited === true
                mutationId: ""
                onOpenRequested: page.focusReply()
                onAuthorRequested: userId => page.profileRequested(userId)
            }

            Item {
                width: 1
                height: Theme.spacingS
            }

            Repeater {
                id: commentRepeater
                model: page.thread

                delegate: CommentDelegate {
                    width: flick.width
                    cardWidth: flick.columnWidth
                    now: page.now
                    online: page.online
                    onReplyRequested: (commentId, authorName) => page.replyTo(commentId, authorName)
                    onAuthorRequested: userId => page.profileRequested(userId)
                    onRetryRequested: mutationId => page.store.retryMutation(mutationId)
                    onDiscardRequested: mutationId => page.store.discardMutation(mutationId)
                }
            }
        }
    }

    Rectangle {
        id: replyBox
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        implicitHeight: replyColumn.implicitHeight + 2 * Theme.spacingM
        color: Theme.surface

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: 1
            color: Theme.border
        }

        ColumnLayout {
            id: replyColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Math.max(Theme.spacingXl, (parent.width - Theme.contentMaxWidth) / 2)
            anchors.rightMargin: anchors.leftMargin
            spacing: Theme.spacingS

            RowLayout {
                Layout.fillWidth: true
                visible: page.replyToId.length > 0
                spacing: Theme.spacingS

                Text {
                    objectName: "replyingTo"
                    Layout.fillWidth: true
                    text: qsTr("Replying to %1").arg(page.replyToName)
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeSmall
                }

                LinkButton {
                    text: qsTr("Reply to the post instead")
                    onClicked: {
                        page.replyToId = "";
                        page.replyToName = "";
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: Math.min(Math.max(replyArea.implicitHeight, 40), 160)
                    radius: Theme.radiusS + 2
                    color: Theme.surface
                    border.width: replyArea.activeFocus ? 2 : 1
                    border.color: replyArea.activeFocus ? Theme.focusRing : Theme.borderStrong

                    ScrollView {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacingM
                        anchors.rightMargin: Theme.spacingS
                        contentWidth: availableWidth

                        TextArea {
                            id: replyArea
                            objectName: "replyArea"
                            placeholderText: page.replyToId.length > 0
                                             ? qsTr("Reply to %1…").arg(page.replyToName)
                                             : qsTr("Write a reply…")
                            placeholderTextColor: Theme.textMuted
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                            wrapMode: TextEdit.Wrap
                            selectByMouse: true
                            leftPadding: 0
                            rightPadding: 0
                            topPadding: Theme.spacingS + 2
                            bottomPadding: Theme.spacingS + 2
                            background: null
                            Accessible.name: qsTr("Reply text")
                            Accessible.description: qsTr("Press Ctrl+Enter to send.")
                            Keys.onPressed: event => {
                                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                        && (event.modifiers & Qt.ControlModifier)) {
                                    page.sendReply();
                                    event.accepted = true;
                                } else if (event.key === Qt.Key_Escape) {
                                    replyArea.focus = false;
                                    event.accepted = true;
                                } else if (event.key === Qt.Key_Tab) {
                                    sendButton.forceActiveFocus(Qt.TabFocusReason);
                                    event.accepted = true;
                                }
                            }
                        }
                    }
                }

                PrimaryButton {
                    id: sendButton
                    objectName: "sendReply"
                    Layout.alignment: Qt.AlignBottom
                    implicitHeight: 40
                    text: qsTr("Reply")
                    enabled: replyArea.text.trim().length > 0 && page.store !== null
                    Accessible.name: qsTr("Send the reply")
                    onClicked: page.sendReply()
                }
            }
        }
    }

    Text {
        objectName: "noComments"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: replyBox.top
        anchors.bottomMargin: Theme.spacingXl
        visible: commentRepeater.count === 0
        text: qsTr("No replies yet. Start the conversation below.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeBody
    }
}
