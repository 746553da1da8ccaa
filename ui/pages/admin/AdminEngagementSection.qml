pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The Manage pane's Engagement: how the community has been over the last twelve weeks, in the
// questions a small group asks itself. Members over time and who was active each week; posts and
// comments per week; how fast questions get a first answer and which still wait; who gave the
// most (with a one-click thank-you post that mentions them); who has not been seen for 30 days
// (with a hello); each coming event's going / waitlisted / maybe against its capacity. hearthd
// computes the figures; they are fetched when the section opens (and on Refresh) and kept on
// this computer, so offline it shows the last ones, with their date.
FocusScope {
    id: section

    property CacheStore store
    property string communityId
    property string communityName

    readonly property alias figures: figures
    readonly property alias scroller: scroller
    readonly property alias shoutOutDialog: shoutOutDialog
    readonly property bool dialogOpen: shoutOutDialog.opened
    // What the last shout-out became ("" before any): said under the figures it came from.
    property string postedNote

    signal threadRequested(string postId)
    signal profileRequested(string userId)
    signal eventRequested(string eventId)

    function focusFirst() {
        refreshButton.forceActiveFocus(Qt.TabFocusReason);
    }

    function thank(userId: string, name: string) {
        shoutOutDialog.ask(qsTr("Thank %1").arg(name), qsTr("Thank you, %1!").arg(name), figures.thanksDraft(userId));
    }

    function sayHello(userId: string, name: string) {
        shoutOutDialog.ask(qsTr("Say hello to %1").arg(name), qsTr("Hello, %1!").arg(name), figures.helloDraft(userId));
    }

    // "45 min", "3 h 20 min", "2 days": a wait, rounded to what a person would say.
    function duration(ms: real): string {
        const minutes = Math.max(1, Math.round(ms / 60000));
        if (minutes < 60)
            return qsTr("%1 min").arg(minutes);
        const hours = Math.floor(minutes / 60);
        if (hours < 48) {
            const rest = minutes - 60 * hours;
            return rest === 0 || hours >= 10 ? qsTr("%1 h").arg(hours) : qsTr("%1 h %2 min").arg(hours).arg(rest);
        }
        return qsTr("%1 days").arg(Math.round(hours / 24));
    }

    function count(n: int, one: string, many: string): string {
        return n === 1 ? one : many.arg(n);
    }

    function percent(part: int, whole: int): string {
        return whole > 0 ? qsTr("%1%").arg(Math.round(100 * part / whole)) : "";
    }

    readonly property int weekCount: figures.weekStarts.length
    readonly property int membersNow: weekCount > 0 ? figures.weeklyMembers[weekCount - 1] : 0
    readonly property int membersThen: weekCount > 0 ? figures.weeklyMembers[0] : 0
    readonly property int activeLastWeek: weekCount > 0 ? figures.weeklyActive[weekCount - 1] : 0

    EngagementFigures {
        id: figures
        store: section.store
        communityId: section.communityId
    }

    ScrollingColumn {
        id: scroller
        objectName: "engagementScroller"
        anchors.fill: parent
        columnWidth: width
        topPadding: 0
        visible: figures.fetchedAt > 0

        // Where the figures come from, and Refresh.
        RowLayout {
            width: scroller.columnWidth
            spacing: Theme.spacingM

            Text {
                objectName: "engagementFetched"
                Layout.fillWidth: true
                text: figures.loading ? qsTr("Getting the latest from the server…")
                                      : qsTr("The last 12 weeks, as of %1.").arg(Format.fullTime(new Date(figures.fetchedAt)))
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
            }

            SecondaryButton {
                id: refreshButton
                objectName: "engagementRefresh"
                compact: true
                text: qsTr("Refresh")
                enabled: !figures.loading
                onClicked: figures.refresh()
            }
        }

        Text {
            objectName: "engagementError"
            width: scroller.columnWidth
            visible: figures.error.length > 0
            text: qsTr("Could not refresh: %1 These are the figures as of %2.").arg(figures.error).arg(Format.fullTime(new Date(figures.fetchedAt)))
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontSizeSmall + 1
        }

        Text {
            objectName: "shoutOutPosted"
            width: scroller.columnWidth
            visible: section.postedNote.length > 0
            text: section.postedNote
            wrapMode: Text.Wrap
            color: Theme.success
            font.pixelSize: Theme.fontSizeSmall + 1
        }

        // The headline numbers.
        Flow {
            objectName: "engagementTiles"
            width: scroller.columnWidth
            spacing: Theme.spacingS

            Repeater {
                model: [
                    { key: "members", label: qsTr("Members"), value: section.membersNow,
                      detail: qsTr("%1 twelve weeks ago").arg(section.membersThen) },
                    { key: "active", label: qsTr("Active last week"), value: section.activeLastWeek,
                      detail: section.percent(section.activeLastWeek, section.membersNow) },
                    { key: "posts", label: qsTr("Posts"), value: figures.postsInSpan, detail: qsTr("in 12 weeks") },
                    { key: "comments", label: qsTr("Comments"), value: figures.commentsInSpan, detail: qsTr("in 12 weeks") }
                ]

                delegate: Rectangle {
                    id: tile

                    required property var modelData

                    objectName: "tile_" + modelData.key
                    width: (scroller.columnWidth - 3 * Theme.spacingS) / 4
                    height: tileColumn.implicitHeight + 2 * Theme.spacingM
                    radius: Theme.radiusM
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.border
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1: %2, %3").arg(modelData.label).arg(modelData.value).arg(modelData.detail)

                    Column {
                        id: tileColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        spacing: 2

                        Text {
                            width: parent.width
                            text: tile.modelData.label
                            elide: Text.ElideRight
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSizeSmall
                        }

                        Text {
                            objectName: "tileValue"
                            text: tile.modelData.value
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeDisplay
                            font.weight: Font.DemiBold
                        }

                        Text {
                            width: parent.width
                            text: tile.modelData.detail
                            elide: Text.ElideRight
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSizeSmall
                        }
                    }
                }
            }
        }

        SectionTitle {
            topPadding: Theme.spacingM
            text: qsTr("Members and who was active")
        }

        WeeklyChart {
            objectName: "membersChart"
            width: scroller.columnWidth
            weeks: figures.weekStarts
            series: [
                { label: qsTr("Active that week"), color: Theme.accentSoft, style: "bars", values: figures.weeklyActive },
                { label: qsTr("Members"), color: Theme.accent, style: "line", values: figures.weeklyMembers }
            ]
            summary: qsTr("Members: %1 now, %2 twelve weeks ago. Active last week: %3.").arg(section.membersNow).arg(section.membersThen).arg(section.activeLastWeek)
        }

        SectionTitle {
            topPadding: Theme.spacingM
            text: qsTr("Posts and comments per week")
        }

        WeeklyChart {
            objectName: "writingChart"
            width: scroller.columnWidth
            weeks: figures.weekStarts
            series: [
                { label: qsTr("Posts"), color: Theme.accent, style: "bars", values: figures.weeklyPosts },
                { label: qsTr("Comments"), color: Theme.success, style: "bars", values: figures.weeklyComments }
            ]
            summary: qsTr("%1 posts and %2 comments in 12 weeks.").arg(figures.postsInSpan).arg(figures.commentsInSpan)
        }

        SectionTitle {
            topPadding: Theme.spacingM
            text: qsTr("Questions")
        }

        Text {
            objectName: "questionsAnswered"
            width: scroller.columnWidth
            text: figures.questionsAsked === 0 ? qsTr("No question was asked in these 12 weeks.")
                  : qsTr("%1 of %2 answered; %3 within a day (%4).").arg(figures.questionsAnswered).arg(figures.questionsAsked)
                        .arg(figures.questionsAnsweredWithinDay).arg(section.percent(figures.questionsAnsweredWithinDay, figures.questionsAsked))
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSizeBody
        }

        Text {
            objectName: "medianFirstAnswer"
            width: scroller.columnWidth
            visible: figures.questionsAnswered > 0
            text: qsTr("A question waits %1 for its first answer (median).").arg(section.duration(figures.medianFirstAnswerMs))
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }

        Text {
            width: scroller.columnWidth
            visible: figures.unansweredQuestions.length > 0
            text: qsTr("Still waiting for an answer:")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeSmall + 1
        }

        Repeater {
            model: figures.unansweredQuestions

            delegate: ItemDelegate {
                id: question

                required property var modelData
                readonly property string label: modelData.authorName.length > 0
                      ? qsTr("“%1”, asked by %2 %3").arg(modelData.title || qsTr("A question")).arg(modelData.authorName)
                            .arg(Format.relativeTime(new Date(modelData.createdAt), new Date()))
                      : qsTr("“%1”, asked %2").arg(modelData.title || qsTr("A question"))
                            .arg(Format.relativeTime(new Date(modelData.createdAt), new Date()))

                objectName: "unanswered_" + modelData.postId
                width: scroller.columnWidth
                padding: Theme.spacingS
                leftPadding: Theme.spacingM
                enabled: modelData.cached
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Link
                Accessible.name: label
                onClicked: section.threadRequested(modelData.postId)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()

                background: Rectangle {
                    radius: Theme.radiusS
                    color: question.hovered ? Theme.surfaceAlt : Theme.surface
                    border.width: question.activeFocus ? 2 : 1
                    border.color: question.activeFocus ? Theme.focusRing : Theme.border
                }

                contentItem: Text {
                    text: question.label
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: question.enabled ? Theme.text : Theme.textSecondary
                    font.pixelSize: Theme.fontSizeBody
                }
            }
        }

        SectionTitle {
            topPadding: Theme.spacingM
            text: qsTr("Who gave the most")
        }

        Text {
            width: scroller.columnWidth
            visible: figures.topContributors.length === 0
            text: qsTr("Nobody has written here in these 12 weeks.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }

        Repeater {
            model: figures.topContributors

            delegate: PersonFigureRow {
                required property var modelData

                objectName: "contributor_" + modelData.userId
                width: scroller.columnWidth
                name: modelData.name
                detail: section.count(modelData.posts, qsTr("1 post"), qsTr("%1 posts")) + " · "
                        + section.count(modelData.comments, qsTr("1 comment"), qsTr("%1 comments"))
                actionText: qsTr("Thank")
                actionName: qsTr("Thank %1").arg(modelData.name)
                onNameClicked: section.profileRequested(modelData.userId)
                onActionClicked: section.thank(modelData.userId, modelData.name)
            }
        }

        SectionTitle {
            topPadding: Theme.spacingM
            text: qsTr("Not seen for 30 days")
        }

        Text {
            width: scroller.columnWidth
            visible: figures.membersNotSeen.length === 0
            text: qsTr("Everyone has been here in the last 30 days.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }

        Repeater {
            model: figures.membersNotSeen

            delegate: PersonFigureRow {
                required property var modelData

                objectName: "notSeen_" + modelData.userId
                width: scroller.columnWidth
                name: modelData.name
                detail: modelData.lastSeenAt > 0 ? qsTr("Last wrote here %1").arg(Format.relativeTime(new Date(modelData.lastSeenAt), new Date()))
                                                 : qsTr("Has not written here yet")
                actionText: qsTr("Say hello")
                actionName: qsTr("Say hello to %1").arg(modelData.name)
                onNameClicked: section.profileRequested(modelData.userId)
                onActionClicked: section.sayHello(modelData.userId, modelData.name)
            }
        }

        SectionTitle {
            topPadding: Theme.spacingM
            text: qsTr("Events")
        }

        Text {
            width: scroller.columnWidth
            visible: figures.events.length === 0
            text: qsTr("No event in these 12 weeks or planned.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }

        Repeater {
            model: figures.events

            delegate: ItemDelegate {
                id: eventRow

                required property var modelData
                // The bar's scale: the capacity, or everyone who answered when there is none.
                readonly property int scale: Math.max(1, modelData.capacity > 0 ? modelData.capacity
                                                                                 : modelData.going + modelData.waitlisted + modelData.maybe)

                readonly property string titleText: modelData.cancelled ? qsTr("%1 (cancelled)").arg(modelData.title) : modelData.title
                readonly property string turnout: {
                    const e = modelData;
                    const when = new Date(e.startsAt).toLocaleDateString(Qt.locale(), "d MMM");
                    const going = e.capacity > 0 ? qsTr("%1 of %2 going").arg(e.going).arg(e.capacity) : qsTr("%1 going").arg(e.going);
                    return qsTr("%1 · %2 · %3 waitlisted · %4 maybe").arg(when).arg(going).arg(e.waitlisted).arg(e.maybe);
                }

                objectName: "turnout_" + modelData.eventId
                width: scroller.columnWidth
                padding: Theme.spacingM
                enabled: modelData.cached
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Link
                Accessible.name: titleText + ". " + turnout
                onClicked: section.eventRequested(modelData.eventId)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()

                background: Rectangle {
                    radius: Theme.radiusS
                    color: eventRow.hovered ? Theme.surfaceAlt : Theme.surface
                    border.width: eventRow.activeFocus ? 2 : 1
                    border.color: eventRow.activeFocus ? Theme.focusRing : Theme.border
                }

                contentItem: ColumnLayout {
                    spacing: Theme.spacingXs

                    Text {
                        Layout.fillWidth: true
                        text: eventRow.titleText
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: eventRow.modelData.cancelled ? Theme.textSecondary : Theme.text
                        font.pixelSize: Theme.fontSizeBody
                        font.weight: Font.DemiBold
                        font.strikeout: eventRow.modelData.cancelled
                    }

                    // Going fills the capacity; the waitlist and maybes follow it, lighter.
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 8
                        radius: 4
                        color: Theme.surfaceAlt
                        border.width: 1
                        border.color: Theme.border
                        clip: true

                        Row {
                            anchors.fill: parent

                            Rectangle {
                                width: parent.width * Math.min(1, eventRow.modelData.going / eventRow.scale)
                                height: parent.height
                                color: Theme.accent
                            }

                            Rectangle {
                                width: parent.width * Math.min(1, (eventRow.modelData.waitlisted + eventRow.modelData.maybe) / eventRow.scale)
                                height: parent.height
                                color: Theme.accentSoft
                            }
                        }
                    }

                    Text {
                        objectName: "turnoutText"
                        Layout.fillWidth: true
                        text: eventRow.turnout
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeSmall + 1
                    }
                }
            }
        }
    }

    EmptyState {
        objectName: "engagementEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: figures.fetchedAt === 0
        busy: figures.loading
        error: figures.error.length > 0
        title: figures.loading ? qsTr("Getting the figures…") : qsTr("No figures here yet")
        text: figures.error.length > 0 ? qsTr("Could not get them: %1").arg(figures.error)
                                       : qsTr("Connect to see how %1 has been doing: who is active, how fast questions are answered, who has not been back.").arg(section.communityName)
        actionText: figures.loading ? "" : qsTr("Try again")
        onActionTriggered: figures.refresh()
    }

    // A shout-out, drafted for the organizer to change before it is posted to the feed.
    Dialog {
        id: shoutOutDialog
        objectName: "shoutOutDialog"

        readonly property alias titleField: titleField
        readonly property alias bodyField: bodyField

        function ask(heading: string, postTitle: string, body: string) {
            title = heading;
            titleField.text = postTitle;
            bodyField.text = body;
            open();
        }

        function post() {
            if (bodyField.text.trim().length === 0)
                return;
            const postId = figures.post(titleField.text, bodyField.text);
            close();
            section.postedNote = postId.length > 0 ? qsTr("Posted “%1” to the feed of %2.").arg(titleField.text.trim()).arg(section.communityName)
                                                   : qsTr("The post could not be saved on this computer.");
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, (parent ? parent.width : 520) - 2 * Theme.spacingXl)
        modal: true
        focus: true
        padding: Theme.spacingXl
        topPadding: Theme.spacingL
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        onAboutToShow: postButton.forceActiveFocus(Qt.TabFocusReason)

        Overlay.modal: Rectangle {
            color: Theme.scrim
        }

        background: Rectangle {
            radius: Theme.radiusL
            color: Theme.surface
            border.width: 1
            border.color: Theme.border
        }

        header: Text {
            leftPadding: Theme.spacingXl
            rightPadding: Theme.spacingXl
            topPadding: Theme.spacingXl
            text: shoutOutDialog.title
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSizeLarge + 1
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingM

            Text {
                Layout.fillWidth: true
                text: qsTr("Posted to the feed of %1 for everyone there; the mention notifies them. Change it as you like.").arg(section.communityName)
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
            }

            FormField {
                id: titleField
                objectName: "shoutOutTitle"
                Layout.fillWidth: true
                label: qsTr("Title")
                maximumLength: WireConstants.postTitleMaxLength
            }

            TextArea {
                id: bodyField
                objectName: "shoutOutBody"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(96, implicitHeight)
                wrapMode: TextEdit.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontSizeBody
                selectByMouse: true
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Message")
                Accessible.description: qsTr("Ctrl+Enter posts")
                KeyNavigation.priority: KeyNavigation.BeforeItem
                KeyNavigation.tab: postButton
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && (event.modifiers & Qt.ControlModifier)) {
                        shoutOutDialog.post();
                        event.accepted = true;
                    }
                }
                background: Rectangle {
                    radius: Theme.radiusS + 2
                    color: Theme.background
                    border.width: bodyField.activeFocus ? 2 : 1
                    border.color: bodyField.activeFocus ? Theme.focusRing : Theme.borderStrong
                }
            }
        }

        footer: Flow {
            leftPadding: Theme.spacingXl
            rightPadding: Theme.spacingXl
            bottomPadding: Theme.spacingXl
            spacing: Theme.spacingS
            layoutDirection: Qt.RightToLeft

            PrimaryButton {
                id: postButton
                objectName: "shoutOutPost"
                text: qsTr("Post")
                enabled: bodyField.text.trim().length > 0
                onClicked: shoutOutDialog.post()
                Keys.onReturnPressed: shoutOutDialog.post()
                Keys.onEnterPressed: shoutOutDialog.post()
            }

            SecondaryButton {
                objectName: "shoutOutCancel"
                text: qsTr("Cancel")
                onClicked: shoutOutDialog.close()
            }
        }
    }
}
