pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// One post and its comments, with a reply box. Opened from the feed, a search result or anywhere
// else by its id: the post itself comes from the cache (ThreadModel.post). Back (Escape, Alt+Left)
// returns. Like the feed it reads the local cache, and a reply shows at once as pending. A post
// the server does not have yet (still in the outbox) and a locked thread take no replies. My own
// post and comments can be edited in place and deleted (after a question), through the outbox;
// anyone else's can be reported to the community's organizers, with a reason.
Page {
    id: page

    property CacheStore store
    property string communityName
    // Mine: mentions of me are highlighted.
    property string myHandle
    property string postId
    property bool online: true
    property date now: new Date()
    // Space the window keeps over the bottom of the page (the offline notice) sits above this.
    readonly property real footerHeight: replyBox.visible ? replyBox.height : lockedNote.height

    // The post as the cache has it ({} until it is there).
    readonly property var post: thread.post
    readonly property bool found: post.postId !== undefined
    readonly property bool unsent: found && post.unsent === true
    readonly property bool locked: found && post.locked === true
    // community-settings: hearthd refuses my replies until I accept the community's updated
    // guidelines (shown at the top of its feed).
    property bool mustAcceptGuidelines: false
    readonly property bool canReply: found && !unsent && !locked && !mustAcceptGuidelines
    readonly property string myUserId: store ? store.localUserId : ""
    // My post, on the server: I may change it or take it back.
    readonly property bool ownPost: found && !unsent && myUserId.length > 0
                                    && post.authorId === myUserId
    property bool editingPost: false
    readonly property alias commentCount: commentRepeater.count
    readonly property alias comments: commentRepeater
    readonly property alias flickable: flick
    readonly property alias replyArea: replyArea
    readonly property alias deleteDialog: deleteDialog
    readonly property alias reportDialog: reportDialog
    readonly property bool dialogOpen: deleteDialog.opened || reportDialog.opened
    // Said under the post once a report is queued ("" before).
    property string reportedNotice
    readonly property alias postEditor: postEditor
    // The comment being answered; empty to reply to the post itself.
    property string replyToId
    property string replyToName

    signal closed()
    // An author's name or avatar was clicked.
    signal profileRequested(string userId)

    function focusReply() {
        if (canReply)
            replyArea.forceActiveFocus();
        else
            flick.forceActiveFocus();
    }

    function replyTo(commentId: string, authorName: string) {
        replyToId = commentId;
        replyToName = authorName;
        focusReply();
    }

    function sendReply() {
        const text = replyArea.text.trim();
        if (text.length === 0 || !canReply)
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
        reportedNotice = "";
        replyArea.clear();
        editingPost = false;
    }

    function editPost() {
        if (!ownPost)
            return;
        editingPost = true;
        postEditor.begin();
    }

    function askDeletePost() {
        if (!ownPost)
            return;
        deleteDialog.commentId = "";
        deleteDialog.title = qsTr("Delete this post?");
        deleteDialog.message = qsTr("It is removed for everyone in %1, with its replies. This cannot be undone.").arg(page.communityName);
        deleteDialog.keepText = page.post.body;
        deleteDialog.open();
    }

    function askDeleteComment(commentId: string, body: string) {
        deleteDialog.commentId = commentId;
        deleteDialog.title = qsTr("Delete this comment?");
        deleteDialog.message = qsTr("It is removed for everyone. Replies to it stay. This cannot be undone.");
        deleteDialog.keepText = body;
        deleteDialog.open();
    }

    // Someone else's post (commentId "") or comment, to the organizers.
    function askReport(commentId: string, authorName: string) {
        if (!found || unsent)
            return;
        reportDialog.title = commentId.length > 0 ? qsTr("Report %1's comment?").arg(authorName)
                                                  : qsTr("Report this post?");
        reportDialog.message = qsTr("Only the organizers of %1 see your report and your reason. %2 is not told who reported it.")
                                   .arg(page.communityName).arg(authorName);
        reportDialog.ask({ postId: page.postId, commentId: commentId });
    }

    ReasonDialog {
        id: reportDialog
        objectName: "reportDialog"
        confirmText: qsTr("Report")
        destructive: false
        reasonRequired: true
        maxLength: WireConstants.reportReasonMaxLength
        reasonLabel: qsTr("What is wrong with it?")
        reasonPlaceholder: qsTr("Spam, harassment, off-topic, something unsafe… A sentence helps the organizers decide.")
        onConfirmed: reason => {
            const commentId = subject.commentId;
            const entry = commentId.length > 0 ? page.thread.reportComment(commentId, reason)
                                               : page.thread.reportPost(reason);
            if (entry.length > 0) {
                page.reportedNotice = page.online
                        ? qsTr("Reported. The organizers of %1 will look at it.").arg(page.communityName)
                        : qsTr("Your report waits to be sent: it goes to the organizers of %1 when you are back online.").arg(page.communityName);
                reasonField.clear();
            }
            flick.forceActiveFocus();
        }
    }

    ConfirmDialog {
        id: deleteDialog
        objectName: "deleteDialog"

        property string commentId

        confirmText: qsTr("Delete")
        destructive: true
        onConfirmed: {
            if (commentId.length > 0) {
                page.thread.deleteComment(commentId);
                flick.forceActiveFocus();
            } else if (page.thread.deletePost().length > 0) {
                page.closed();
            }
        }
    }

    readonly property ThreadModel thread: ThreadModel {
        store: page.store
        postId: page.postId
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Thread: %1").arg(page.found && page.post.title.length > 0
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

            SecondaryButton {
                objectName: "backButton"
                text: qsTr("← %1").arg(page.communityName)
                Accessible.name: qsTr("Back to %1 (Escape)").arg(page.communityName)
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
        anchors.bottom: replyBox.visible ? replyBox.top : lockedNote.top
        clip: true
        contentWidth: width
        contentHeight: threadColumn.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        // Reading by keyboard: the arrows and Page Up/Down scroll the thread.
        activeFocusOnTab: true
        Keys.onUpPressed: flick.scrollBy(-60)
        Keys.onDownPressed: flick.scrollBy(60)
        Keys.onPressed: event => {
            if (event.key === Qt.Key_PageUp)
                flick.scrollBy(-flick.height * 0.9);
            else if (event.key === Qt.Key_PageDown || event.key === Qt.Key_Space)
                flick.scrollBy(flick.height * 0.9);
            else if (event.key === Qt.Key_Home)
                flick.contentY = 0;
            else if (event.key === Qt.Key_End)
                flick.scrollBy(flick.contentHeight);
            else
                return;
            event.accepted = true;
        }

        function scrollBy(dy: real) {
            contentY = Math.max(0, Math.min(contentHeight - height, contentY + dy));
        }

        readonly property int columnWidth: Math.min(width - 2 * Theme.spacingXl, Theme.contentMaxWidth)

        ScrollBar.vertical: ScrollBar { }

        // Tab through the comments scrolls the thread along.
        FollowFocus {
            flickable: flick
        }

        Column {
            id: threadColumn
            y: Theme.spacingL
            width: flick.width
            spacing: Theme.spacingS

            PostDelegate {
                id: postCard
                myHandle: page.myHandle
                objectName: "threadPost"
                visible: page.found && !page.editingPost
                width: flick.width
                cardWidth: flick.columnWidth
                now: page.now
                online: page.online
                postId: page.postId
                kind: page.found ? page.post.kind : "discussion"
                title: page.found ? page.post.title : ""
                body: page.found ? page.post.body : ""
                authorName: page.found ? page.post.authorName : ""
                authorId: page.found ? page.post.authorId : ""
                createdAt: page.found ? page.post.createdAt : new Date(NaN)
                commentCount: commentRepeater.count
                pinned: page.found && page.post.pinned
                pending: page.unsent && !page.post.failed
                failed: page.found && page.post.failed
                errorString: page.found ? page.post.errorString : ""
                edited: page.found && page.post.edited
                mutationId: ""
                unsent: page.unsent
                reactions: page.found && page.post.reactions ? page.post.reactions : []
                onReactionToggled: emoji => page.thread.togglePostReaction(emoji)
                onReactorsRequested: emoji => postCard.setReactors(emoji, page.thread.reactors("", emoji))
                onOpenRequested: page.focusReply()
                onAuthorRequested: userId => page.profileRequested(userId)
            }

            InlineEditor {
                id: postEditor
                objectName: "postEditor"
                x: Math.round((flick.width - width) / 2)
                width: flick.columnWidth
                visible: page.editingPost
                withTitle: true
                what: qsTr("Post text")
                originalTitle: page.found ? page.post.title : ""
                originalBody: page.found ? page.post.body : ""
                titleMaxLength: WireConstants.postTitleMaxLength
                bodyMaxLength: WireConstants.postBodyMaxLength
                onSaved: (title, body) => {
                    page.thread.editPost(title, body);
                    page.editingPost = false;
                    postEditButton.forceActiveFocus(Qt.OtherFocusReason);
                }
                onCancelled: {
                    page.editingPost = false;
                    postEditButton.forceActiveFocus(Qt.OtherFocusReason);
                }
            }

            // My post's own actions under it; anyone else's post can be reported.
            Row {
                objectName: "ownPostActions"
                x: Math.round((flick.width - flick.columnWidth) / 2) + Theme.spacingL
                visible: page.ownPost && !page.editingPost
                spacing: Theme.spacingM

                LinkButton {
                    id: postEditButton
                    objectName: "postEdit"
                    text: qsTr("Edit post")
                    Accessible.name: qsTr("Edit your post")
                    onClicked: page.editPost()
                }

                LinkButton {
                    objectName: "postDelete"
                    text: qsTr("Delete post")
                    color: Theme.danger
                    Accessible.name: qsTr("Delete your post")
                    onClicked: page.askDeletePost()
                }
            }

            Row {
                objectName: "otherPostActions"
                x: Math.round((flick.width - flick.columnWidth) / 2) + Theme.spacingL
                visible: page.found && !page.unsent && !page.ownPost && page.myUserId.length > 0
                spacing: Theme.spacingM

                LinkButton {
                    objectName: "postReport"
                    text: qsTr("Report post…")
                    Accessible.name: qsTr("Report this post to the organizers")
                    onClicked: page.askReport("", page.post.authorName)
                }
            }

            Text {
                objectName: "reportedNotice"
                x: Math.round((flick.width - flick.columnWidth) / 2) + Theme.spacingL
                width: flick.columnWidth - 2 * Theme.spacingL
                visible: page.reportedNotice.length > 0
                text: page.reportedNotice
                wrapMode: Text.Wrap
                color: Theme.success
                font.pixelSize: Theme.fontSizeSmall + 1
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            EmptyState {
                objectName: "postMissing"
                x: Math.round((flick.width - width) / 2)
                width: Math.min(flick.width - 2 * Theme.spacingXl, 420)
                visible: !page.found && page.postId.length > 0
                title: qsTr("This post is not on this computer")
                text: qsTr("It may have been deleted, or it belongs to a community you have left.")
            }

            Item {
                width: 1
                height: Theme.spacingS
            }

            Repeater {
                id: commentRepeater
                model: page.thread

                delegate: CommentDelegate {
                    myHandle: page.myHandle
                    width: flick.width
                    cardWidth: flick.columnWidth
                    now: page.now
                    online: page.online
                    mine: page.myUserId.length > 0 && authorId === page.myUserId
                    bodyMaxLength: WireConstants.commentBodyMaxLength
                    onEditSubmitted: (commentId, body) => page.thread.editComment(commentId, body)
                    onDeleteRequested: (commentId, body) => page.askDeleteComment(commentId, body)
                    onReportRequested: (commentId, authorName) => page.askReport(commentId, authorName)
                    onReactionToggled: (commentId, emoji) => page.thread.toggleCommentReaction(commentId, emoji)
                    id: commentCard
                    onReactorsRequested: (commentId, emoji) => commentCard.setReactors(emoji, page.thread.reactors(commentId, emoji))
                    onReplyRequested: (commentId, authorName) => page.replyTo(commentId, authorName)
                    onAuthorRequested: userId => page.profileRequested(userId)
                    onRetryRequested: mutationId => page.store.retryMutation(mutationId)
                    onDiscardRequested: mutationId => page.store.discardMutation(mutationId)
                }
            }
        }
    }

    // Where the reply box would be, when no reply can be written.
    Rectangle {
        id: lockedNote
        objectName: "noRepliesNote"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: page.found && !page.canReply
        height: visible ? lockedText.implicitHeight + 2 * Theme.spacingL
                          + (showGuidelinesButton.visible ? showGuidelinesButton.height + Theme.spacingS : 0)
                        : 0
        color: Theme.surfaceAlt

        Text {
            id: lockedText
            anchors.top: parent.top
            anchors.topMargin: Theme.spacingL
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: page.unsent ? qsTr("This post has not reached the server yet. Replies open once it is sent.")
                  : page.locked ? qsTr("This thread is locked: no new replies.")
                  : qsTr("Accept the updated guidelines to reply.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        // community-settings: the guidelines to accept are at the top of the community's feed.
        SecondaryButton {
            id: showGuidelinesButton
            objectName: "showGuidelinesButton"
            anchors.top: lockedText.bottom
            anchors.topMargin: Theme.spacingS
            anchors.horizontalCenter: parent.horizontalCenter
            visible: page.mustAcceptGuidelines && !page.unsent && !page.locked
            text: qsTr("Read them in the feed")
            onClicked: page.closed()
        }
    }

    Rectangle {
        id: replyBox
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: page.canReply
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
                            // Escape leaves the reply box; the next one goes back.
                            Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape
                                                                || (replyMentions.opened && event.key === Qt.Key_Tab)
                            Keys.onPressed: event => {
                                if (replyMentions.handleKey(event))
                                    return;
                                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                        && (event.modifiers & Qt.ControlModifier)) {
                                    page.sendReply();
                                    event.accepted = true;
                                } else if (event.key === Qt.Key_Escape) {
                                    flick.forceActiveFocus();
                                    event.accepted = true;
                                } else if (event.key === Qt.Key_Tab) {
                                    sendButton.forceActiveFocus(Qt.TabFocusReason);
                                    event.accepted = true;
                                }
                            }

                            MentionPopup {
                                id: replyMentions
                                objectName: "replyMentions"
                                target: replyArea
                                store: page.store
                                communityId: page.found ? page.post.communityId : ""
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
                    enabled: replyArea.text.trim().length > 0 && page.store !== null && page.canReply
                    Accessible.name: qsTr("Send the reply")
                    onClicked: page.sendReply()
                }
            }
        }
    }

    Text {
        objectName: "noComments"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: replyBox.visible ? replyBox.top : lockedNote.top
        anchors.bottomMargin: Theme.spacingXl
        visible: commentRepeater.count === 0 && page.canReply
        text: qsTr("No replies yet. Start the conversation below.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeBody
    }
}
