pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Hearth.Ui

// One comment in a thread, indented by its depth in the reply tree. Pending and refused replies
// are marked like posts are. My own comments can be edited in place and deleted.
Item {
    id: comment

    required property string commentId
    required property int depth
    required property string body
    required property string authorName
    required property string authorId
    required property date createdAt
    required property bool pending
    required property bool failed
    required property string errorString
    required property string mutationId
    required property bool edited
    // [{emoji, count, mine}]
    required property var reactions

    property real cardWidth: width
    property date now: new Date()
    property bool online: true
    // Written by the member reading: offers Edit and Delete.
    property bool mine: false
    // My handle: mentions of me are highlighted.
    property string myHandle
    property bool editing: false
    property int bodyMaxLength: 10000

    signal replyRequested(string commentId, string authorName)
    // The author's name or avatar was clicked: show their profile.
    signal authorRequested(string userId)
    signal retryRequested(string mutationId)
    signal discardRequested(string mutationId)
    signal editSubmitted(string commentId, string body)
    signal deleteRequested(string commentId, string body)
    // Someone else's comment, to the organizers.
    signal reportRequested(string commentId, string authorName)
    signal reactionToggled(string commentId, string emoji)
    // Who gave `emoji`, for its tooltip: answer with setReactors(emoji, [{name, mine}]).
    signal reactorsRequested(string commentId, string emoji)

    function setReactors(emoji: string, list: var) {
        commentReactions.setReactors(emoji, list);
    }

    function startEditing() {
        editing = true;
        editor.begin();
    }

    // Deep threads stop indenting after a few levels so text keeps its width.
    readonly property int indent: Math.min(depth, 4) * 28

    implicitHeight: row.implicitHeight + Theme.spacingM

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1: %2").arg(authorName).arg(Markdown.toPlainText(body))

    RowLayout {
        id: row
        x: Math.round((comment.width - comment.cardWidth) / 2) + comment.indent
        width: Math.min(comment.width, comment.cardWidth) - comment.indent
        spacing: Theme.spacingM
        opacity: comment.pending ? 0.72 : 1

        // The thread line of a reply
        Rectangle {
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spacingM
            implicitWidth: 2
            visible: comment.depth > 0
            color: Theme.border
        }

        Avatar {
            Layout.alignment: Qt.AlignTop
            name: comment.authorName
            size: 30
            circular: true

        }

        Column {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingXs

            RowLayout {
                spacing: Theme.spacingS

                Text {
                    objectName: "commentAuthor"
                    Layout.alignment: Qt.AlignBaseline
                    text: comment.authorName
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeBody
                    font.weight: Font.DemiBold
                    font.underline: authorArea.containsMouse

                    MouseArea {
                        id: authorArea
                        anchors.fill: parent
                        enabled: comment.authorId.length > 0
                        hoverEnabled: true
                        cursorShape: Qt.PointingHandCursor
                        onClicked: comment.authorRequested(comment.authorId)
                    }
                }

                Text {
                    objectName: "commentTime"
                    Layout.alignment: Qt.AlignBaseline
                    text: comment.pending ? (comment.online ? qsTr("Sending…") : qsTr("Waiting for connection"))
                          : comment.edited ? qsTr("%1 · edited").arg(Format.relativeTime(comment.createdAt, comment.now))
                          : Format.relativeTime(comment.createdAt, comment.now)
                    color: comment.pending ? Theme.accent : Theme.textMuted
                    font.pixelSize: Theme.fontSizeSmall
                }
            }

            MarkdownText {
                objectName: "commentBody"
                width: parent.width
                visible: !comment.editing
                markdown: comment.body
                myHandle: comment.myHandle
            }

            ReactionBar {
                id: commentReactions
                objectName: "commentReactions"
                width: parent.width
                visible: !comment.editing && !comment.pending && !comment.failed
                tabbable: true
                reactions: comment.reactions
                subject: qsTr("%1's comment").arg(comment.authorName)
                onToggled: emoji => comment.reactionToggled(comment.commentId, emoji)
                onReactorsRequested: emoji => comment.reactorsRequested(comment.commentId, emoji)
            }

            InlineEditor {
                id: editor
                objectName: "commentEditor"
                width: parent.width
                visible: comment.editing
                what: qsTr("Comment text")
                originalBody: comment.body
                bodyMaxLength: comment.bodyMaxLength
                onSaved: (title, body) => {
                    comment.editing = false;
                    comment.editSubmitted(comment.commentId, body);
                }
                onCancelled: {
                    comment.editing = false;
                    editButton.forceActiveFocus(Qt.OtherFocusReason);
                }
            }

            Row {
                spacing: Theme.spacingM
                visible: !comment.editing

                LinkButton {
                    objectName: "replyButton"
                    visible: !comment.pending && !comment.failed
                    text: qsTr("Reply")
                    Accessible.name: qsTr("Reply to %1").arg(comment.authorName)
                    onClicked: comment.replyRequested(comment.commentId, comment.authorName)
                }

                LinkButton {
                    id: editButton
                    objectName: "commentEdit"
                    visible: comment.mine && !comment.pending && !comment.failed
                    text: qsTr("Edit")
                    Accessible.name: qsTr("Edit your comment")
                    onClicked: comment.startEditing()
                }

                LinkButton {
                    objectName: "commentDelete"
                    visible: comment.mine && !comment.pending && !comment.failed
                    text: qsTr("Delete")
                    color: Theme.danger
                    Accessible.name: qsTr("Delete your comment")
                    onClicked: comment.deleteRequested(comment.commentId, comment.body)
                }

                LinkButton {
                    objectName: "commentReport"
                    visible: !comment.mine && !comment.pending && !comment.failed
                    text: qsTr("Report…")
                    Accessible.name: qsTr("Report %1's comment to the organizers").arg(comment.authorName)
                    onClicked: comment.reportRequested(comment.commentId, comment.authorName)
                }

                Text {
                    visible: comment.failed
                    text: comment.errorString.length > 0 ? qsTr("Not sent: %1").arg(comment.errorString)
                                                         : qsTr("Not sent")
                    color: Theme.danger
                    font.pixelSize: Theme.fontSizeSmall
                }

                LinkButton {
                    objectName: "commentRetry"
                    visible: comment.failed && comment.mutationId.length > 0
                    text: qsTr("Retry")
                    Accessible.name: qsTr("Send this reply again")
                    onClicked: comment.retryRequested(comment.mutationId)
                }

                LinkButton {
                    objectName: "commentDiscard"
                    visible: comment.failed && comment.mutationId.length > 0
                    text: qsTr("Discard")
                    color: Theme.danger
                    Accessible.name: qsTr("Discard this reply")
                    onClicked: comment.discardRequested(comment.mutationId)
                }
            }
        }
    }
}
