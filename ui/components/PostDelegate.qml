pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// One post in a community feed, as a card: author, time, kind, title, markdown body, the
// number of comments and the reactions. A post still in the outbox is marked "Sending…"; a post the server
// refused says why, with Retry and Discard; neither can be opened or replied to before the
// server has it. The delegate spans the view; the card is centred in it, at most `cardWidth`
// wide, so lines stay readable in a wide window.
//
// Keyboard: the list holds the focus and `keyboardCurrent` outlines this card; Tab steps into
// its actions (open, Retry, Discard) and on out; Escape returns to the card.
Item {
    id: card

    required property string postId
    required property string kind
    required property string title
    required property string body
    required property string authorName
    required property string authorId
    required property date createdAt
    required property int commentCount
    required property bool pinned
    required property bool pending
    required property bool failed
    required property string errorString
    required property bool edited
    required property string mutationId
    required property bool unsent
    // [{emoji, count, mine}] (FeedModel's reactions role)
    required property var reactions

    signal openRequested()
    // The author's name or avatar was clicked: show their profile.
    signal authorRequested(string userId)
    signal retryRequested(string mutationId)
    signal discardRequested(string mutationId)
    // My reaction `emoji` was added or taken back.
    signal reactionToggled(string emoji)
    // Who gave `emoji`, for its tooltip: answer with setReactors(emoji, [{name, mine}]).
    signal reactorsRequested(string emoji)

    function setReactors(emoji: string, list: var) {
        reactionBar.setReactors(emoji, list);
    }
    // Tab past the last action, Shift+Tab before the first: the list takes the keyboard back.
    signal leaveForward()
    signal leaveBackward()

    // The view's clock, so every card's relative time refreshes together.
    property date now: new Date()
    // My handle: mentions of me in the body are highlighted.
    property string myHandle

    property real cardWidth: width
    // Outlined for a moment, e.g. the post the member just wrote.
    property bool highlighted: false
    // Whether the server can be reached: a pending post then says it is sending, otherwise that
    // it waits for the connection.
    property bool online: true
    // The list's current row while the list has the keyboard focus.
    property bool keyboardCurrent: false
    readonly property bool hovered: hover.hovered
    readonly property bool canOpen: !unsent

    // The actions Tab steps through, in order.
    function actions(): list<Item> {
        const all = [commentsLink].concat(reactionBar.visible ? reactionBar.buttons() : [])
                                  .concat([retryButton, discardButton]);
        const usable = [];
        for (let i = 0; i < all.length; ++i) {
            if (all[i].visible && all[i].enabled)
                usable.push(all[i]);
        }
        return usable;
    }

    // Moves the keyboard to the first (or last) action; false when the card has none.
    function focusActions(last: bool): bool {
        const list = actions();
        if (list.length === 0)
            return false;
        list[last ? list.length - 1 : 0].forceActiveFocus(last ? Qt.BacktabFocusReason : Qt.TabFocusReason);
        return true;
    }

    function stepAction(step: int) {
        const list = actions();
        let at = -1;
        for (let i = 0; i < list.length; ++i) {
            if (list[i].activeFocus)
                at = i;
        }
        const next = at + step;
        if (next < 0)
            leaveBackward();
        else if (next >= list.length)
            leaveForward();
        else
            list[next].forceActiveFocus(step > 0 ? Qt.TabFocusReason : Qt.BacktabFocusReason);
    }

    implicitHeight: frame.height

    Keys.onTabPressed: card.stepAction(1)
    Keys.onBacktabPressed: card.stepAction(-1)
    Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape
    Keys.onEscapePressed: card.leaveBackward()

    Accessible.role: Accessible.ListItem
    Accessible.name: {
        const parts = [card.authorName, Theme.kindLabel(card.kind)];
        if (card.title.length > 0)
            parts.push(card.title);
        parts.push(Markdown.toPlainText(card.body).substring(0, 140));
        if (card.pending)
            parts.push(qsTr("sending"));
        if (card.failed)
            parts.push(qsTr("not sent: %1").arg(card.errorString));
        if (!card.unsent)
            parts.push(Format.comments(card.commentCount));
        return parts.join(", ");
    }

    Rectangle {
        id: frame
        x: Math.round((card.width - width) / 2)
        width: Math.min(card.width, card.cardWidth)
        height: Math.max(avatar.height, column.implicitHeight) + Theme.spacingL + Theme.spacingM
        radius: Theme.radiusM
        color: Theme.surface
        border.width: card.highlighted || card.keyboardCurrent ? 2 : 1
        border.color: card.keyboardCurrent ? Theme.focusRing
                      : card.failed ? Theme.danger
                      : card.highlighted ? Theme.accent
                      : card.hovered ? Theme.borderStrong : Theme.border

        Behavior on border.color {
            ColorAnimation { duration: 200 }
        }

        HoverHandler {
            id: hover
        }

        Item {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingL
            anchors.topMargin: Theme.spacingL
            anchors.bottomMargin: Theme.spacingM
            opacity: card.pending ? 0.72 : 1

            Avatar {
                id: avatar
                name: card.authorName
                size: 38
                circular: true

                TapHandler {
                    enabled: card.authorId.length > 0
                    onTapped: card.authorRequested(card.authorId)
                }

                HoverHandler {
                    enabled: card.authorId.length > 0
                    cursorShape: Qt.PointingHandCursor
                }
            }

            // A Column, not a ColumnLayout: wrapped text reports its height for the width it has.
            Column {
                id: column
                anchors.left: avatar.right
                anchors.leftMargin: Theme.spacingM
                anchors.right: parent.right
                spacing: Theme.spacingXs + 2

                RowLayout {
                    width: parent.width
                    spacing: Theme.spacingS

                    Text {
                        objectName: "postAuthor"
                        Layout.maximumWidth: Math.max(80, column.width * 0.5)
                        text: card.authorName
                        color: Theme.text
                        font.pixelSize: Theme.fontSizeBody
                        font.weight: Font.DemiBold
                        font.underline: authorHover.hovered
                        elide: Text.ElideRight

                        TapHandler {
                            enabled: card.authorId.length > 0
                            onTapped: card.authorRequested(card.authorId)
                        }

                        HoverHandler {
                            id: authorHover
                            enabled: card.authorId.length > 0
                            cursorShape: Qt.PointingHandCursor
                        }
                    }

                    Text {
                        objectName: "postTime"
                        text: card.pending ? (card.online ? qsTr("Sending…") : qsTr("Waiting for connection"))
                                           : card.edited ? qsTr("%1 · edited").arg(Format.relativeTime(card.createdAt, card.now))
                                                         : Format.relativeTime(card.createdAt, card.now)
                        color: card.pending ? Theme.accent : Theme.textMuted
                        font.pixelSize: Theme.fontSizeSmall
                        font.weight: card.pending ? Font.DemiBold : Font.Normal

                        HoverHandler { id: timeHover }
                        ToolTip.visible: timeHover.hovered && !card.pending
                        ToolTip.text: Format.fullTime(card.createdAt)
                        ToolTip.delay: 600
                    }

                    Item { Layout.fillWidth: true }

                    Text {
                        visible: card.pinned
                        text: qsTr("Pinned")
                        color: Theme.accent
                        font.pixelSize: Theme.fontSizeSmall - 1
                        font.weight: Font.DemiBold
                    }

                    KindChip {
                        kind: card.kind
                    }
                }

                Text {
                    objectName: "postTitle"
                    width: parent.width
                    visible: card.title.length > 0
                    text: card.title
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeLarge + 1
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText

                    TapHandler {
                        enabled: card.canOpen
                        onTapped: card.openRequested()
                    }

                    HoverHandler {
                        enabled: card.canOpen
                        cursorShape: Qt.PointingHandCursor
                    }
                }

                MarkdownText {
                    id: bodyText
                    objectName: "postBody"
                    width: parent.width
                    visible: card.body.length > 0
                    markdown: card.body
                    myHandle: card.myHandle
                }

                Row {
                    width: parent.width
                    topPadding: Theme.spacingXs
                    spacing: Theme.spacingL
                    visible: card.canOpen

                    LinkButton {
                        id: commentsLink
                        objectName: "postComments"
                        anchors.verticalCenter: parent.verticalCenter
                        visible: card.canOpen
                        // Tab reaches it through the card (see Keys above), not the window's chain.
                        focusPolicy: Qt.ClickFocus
                        text: card.commentCount === 0 ? qsTr("Reply") : Format.comments(card.commentCount)
                        color: Theme.textMuted
                        font.weight: Font.Normal
                        Accessible.name: qsTr("Open the thread: %1").arg(commentsLink.text)
                        onClicked: card.openRequested()
                    }

                    ReactionBar {
                        id: reactionBar
                        objectName: "reactionBar"
                        width: parent.width - commentsLink.width - parent.spacing
                        visible: card.canOpen && !card.failed
                        reactions: card.reactions
                        subject: card.title.length > 0 ? card.title : qsTr("this post")
                        onToggled: emoji => card.reactionToggled(emoji)
                        onReactorsRequested: emoji => card.reactorsRequested(emoji)
                    }
                }

                Text {
                    objectName: "postUnsentNote"
                    width: parent.width
                    visible: card.unsent && !card.failed
                    text: qsTr("Replies open once the server has this post.")
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeSmall
                }

                Rectangle {
                    objectName: "postFailure"
                    width: parent.width
                    visible: card.failed
                    height: failureRow.implicitHeight + 2 * Theme.spacingXs
                    radius: Theme.radiusS
                    color: Theme.dangerSoft

                    RowLayout {
                        id: failureRow
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: Theme.spacingM
                        anchors.rightMargin: Theme.spacingXs
                        spacing: Theme.spacingXs

                        Text {
                            objectName: "postFailureText"
                            Layout.fillWidth: true
                            text: card.errorString.length > 0
                                  ? qsTr("Not sent: %1").arg(card.errorString)
                                  : qsTr("Not sent: the server refused this post.")
                            color: Theme.danger
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSizeSmall
                        }

                        SecondaryButton {
                            id: retryButton
                            objectName: "retryButton"
                            compact: true
                            focusPolicy: Qt.ClickFocus
                            visible: card.failed && card.mutationId.length > 0
                            text: qsTr("Retry")
                            Accessible.name: qsTr("Send this again")
                            onClicked: card.retryRequested(card.mutationId)
                        }

                        SecondaryButton {
                            id: discardButton
                            objectName: "discardButton"
                            compact: true
                            destructive: true
                            focusPolicy: Qt.ClickFocus
                            visible: card.failed && card.mutationId.length > 0
                            text: qsTr("Discard")
                            Accessible.name: qsTr("Discard this change")
                            onClicked: card.discardRequested(card.mutationId)
                        }
                    }
                }
            }
        }
    }
}
