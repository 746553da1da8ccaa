pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The Manage pane's Reports section: what members flagged, for an organizer to judge in context.
// Open reports come oldest first, each with the reported post or comment quoted as this computer
// has it (its author, its text, the post a comment is on), who reported it, when and why; the
// organizer removes the content for everyone (with a note for the other organizers) or dismisses
// the report (optionally with a note), or opens the thread first. Resolved reports say what was
// decided, by whom and with which note. A resolution waits in the outbox until hearthd applies
// it, and shows there refused with hearthd's reason (another organizer resolved it first, say).
FocusScope {
    id: section

    property CacheStore store
    property string communityId
    property string communityName
    required property OrganizerRights rights

    readonly property alias reports: reports
    readonly property alias list: reportList
    readonly property alias filter: filter
    readonly property alias resolveDialog: resolveDialog
    readonly property bool dialogOpen: resolveDialog.opened

    // The thread of a reported post or comment.
    signal threadRequested(string postId)

    function focusFirst() {
        if (reportList.count > 0) {
            reportList.currentIndex = 0;
            reportList.forceActiveFocus();
        } else {
            filter.buttonAt(reports.status === "resolved" ? 1 : 0).forceActiveFocus(Qt.TabFocusReason);
        }
    }

    // "post" or "comment", as a sentence names it.
    function kindOf(targetType: string): string {
        return targetType === "comment" ? qsTr("comment") : qsTr("post");
    }

    // Asks, then queues: "remove" takes the content down for everyone, "dismiss" leaves it up.
    function ask(action: string, reportId: string, targetType: string, authorName: string) {
        const kind = kindOf(targetType);
        const by = authorName.length > 0 ? authorName : qsTr("its author");
        if (action === "remove") {
            resolveDialog.title = qsTr("Remove this %1?").arg(kind);
            resolveDialog.message = qsTr("The %1 by %2 is taken down for everyone in %3. The report is kept, with your note, for the other organizers.").arg(kind).arg(by).arg(section.communityName);
            resolveDialog.reasonLabel = qsTr("Note for the other organizers");
            resolveDialog.confirmText = qsTr("Remove");
            resolveDialog.destructive = true;
        } else {
            resolveDialog.title = qsTr("Dismiss this report?");
            resolveDialog.message = qsTr("The %1 by %2 stays up. The report is kept as dismissed.").arg(kind).arg(by);
            resolveDialog.reasonLabel = qsTr("Note (optional)");
            resolveDialog.confirmText = qsTr("Dismiss");
            resolveDialog.destructive = false;
        }
        resolveDialog.ask({ action: action, reportId: reportId });
    }

    onCommunityIdChanged: reports.status = "open"

    ReportsModel {
        id: reports
        store: section.store
        communityId: section.communityId
    }

    ReasonDialog {
        id: resolveDialog
        objectName: "resolveDialog"
        maxLength: WireConstants.reportNoteMaxLength
        onConfirmed: note => reports.resolve(subject.reportId, subject.action, note)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            SegmentedControl {
                id: filter
                objectName: "reportFilter"
                accessibleName: qsTr("Which reports")
                options: [
                    { value: "open", label: reports.openCount > 0 ? qsTr("Open (%1)").arg(reports.openCount) : qsTr("Open") },
                    { value: "resolved", label: qsTr("Resolved") }
                ]
                value: reports.status
                onActivated: value => reports.status = value
            }

            Text {
                objectName: "reportsSummary"
                Layout.fillWidth: true
                text: reports.status === "open"
                      ? qsTr("Oldest first. Removing takes the content down for everyone; dismissing leaves it up.")
                      : qsTr("Newest decision first.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
            }
        }

        ListView {
            id: reportList
            objectName: "reportList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: reports
            spacing: Theme.spacingS
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            currentIndex: -1
            bottomMargin: Theme.spacingXl
            Accessible.role: Accessible.List
            Accessible.name: reports.status === "open" ? qsTr("Open reports in %1").arg(section.communityName)
                                                       : qsTr("Resolved reports in %1").arg(section.communityName)

            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: card

                required property int index
                required property string reportId
                required property string reporterName
                required property string targetType
                required property string postId
                required property string reason
                required property string reportStatus
                required property string resolvedByName
                required property string note
                required property date createdAt
                required property date resolvedAt
                required property string authorName
                required property string contentText
                required property string postTitle
                required property bool contentAvailable
                required property bool postAvailable
                required property string decisionId
                required property bool decisionPending
                required property bool decisionFailed
                required property string decisionError
                required property string decisionAction

                readonly property bool isOpen: reportStatus === "open"
                readonly property bool onComment: targetType === "comment"
                readonly property string reporter: reporterName.length > 0 ? reporterName : qsTr("A member")
                readonly property string author: authorName.length > 0 ? authorName : qsTr("Unknown author")

                width: ListView.view.width
                padding: Theme.spacingL
                focus: ListView.isCurrentItem
                highlighted: ListView.isCurrentItem && ListView.view.activeFocus
                hoverEnabled: true
                Accessible.role: Accessible.ListItem
                Accessible.name: card.onComment ? qsTr("%1 reported a comment by %2: %3").arg(card.reporter).arg(card.author).arg(card.reason)
                                                : qsTr("%1 reported a post by %2: %3").arg(card.reporter).arg(card.author).arg(card.reason)
                onClicked: if (postAvailable) section.threadRequested(postId)
                Keys.onReturnPressed: if (postAvailable) section.threadRequested(postId)
                Keys.onEnterPressed: if (postAvailable) section.threadRequested(postId)

                background: Rectangle {
                    radius: Theme.radiusM
                    color: Theme.surface
                    border.width: card.highlighted ? 2 : 1
                    border.color: card.highlighted ? Theme.focusRing : Theme.border
                }

                contentItem: ColumnLayout {
                    spacing: Theme.spacingS

                    // Who reported what, when.
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        Text {
                            objectName: "reportHeadline"
                            Layout.fillWidth: true
                            text: card.onComment ? qsTr("%1 reported a comment").arg(card.reporter)
                                                 : qsTr("%1 reported a post").arg(card.reporter)
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                            font.weight: Font.DemiBold
                        }

                        TimestampText {
                            objectName: "reportTime"
                            when: card.createdAt
                        }
                    }

                    Text {
                        objectName: "reportReason"
                        Layout.fillWidth: true
                        text: qsTr("Why: %1").arg(card.reason)
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeBody
                    }

                    // The reported content, quoted as this computer has it.
                    Control {
                        objectName: "reportedContent"
                        Layout.fillWidth: true
                        padding: Theme.spacingS
                        leftPadding: Theme.spacingM

                        background: Rectangle {
                            radius: Theme.radiusS
                            color: Theme.surfaceAlt

                            Rectangle {
                                width: 3
                                height: parent.height
                                radius: 1
                                color: Theme.borderStrong
                            }
                        }

                        contentItem: ColumnLayout {
                            spacing: 2

                            Text {
                                objectName: "quotedAuthor"
                                Layout.fillWidth: true
                                text: card.onComment
                                      ? (card.postTitle.length > 0 ? qsTr("%1, in a comment on “%2”").arg(card.author).arg(card.postTitle)
                                                                   : qsTr("%1, in a comment").arg(card.author))
                                      : card.author
                                textFormat: Text.PlainText
                                elide: Text.ElideRight
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSizeSmall + 1
                                font.weight: Font.DemiBold
                            }

                            Text {
                                objectName: "quotedTitle"
                                Layout.fillWidth: true
                                visible: !card.onComment && card.contentAvailable && card.postTitle.length > 0
                                         && !card.contentText.startsWith(card.postTitle)
                                text: card.postTitle
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeBody
                                font.weight: Font.DemiBold
                            }

                            Text {
                                objectName: "quotedText"
                                Layout.fillWidth: true
                                visible: card.contentAvailable
                                // What the member wrote, as read (no markdown marks, no images).
                                text: Markdown.toPlainText(card.contentText)
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                maximumLineCount: 6
                                elide: Text.ElideRight
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeBody
                            }

                            Text {
                                objectName: "contentGone"
                                Layout.fillWidth: true
                                visible: !card.contentAvailable
                                text: card.reportStatus === "removed"
                                      ? qsTr("The %1 was removed for everyone.").arg(section.kindOf(card.targetType))
                                      : qsTr("The %1 is no longer here: it was deleted, or this computer never saved it.").arg(section.kindOf(card.targetType))
                                wrapMode: Text.Wrap
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSizeSmall + 1
                                font.italic: true
                            }
                        }
                    }

                    // What was decided, by whom, with which note.
                    Text {
                        objectName: "resolution"
                        Layout.fillWidth: true
                        visible: !card.isOpen
                        text: {
                            const who = card.resolvedByName.length > 0 ? card.resolvedByName : qsTr("an organizer");
                            const when = Format.relativeTime(card.resolvedAt, new Date());
                            return card.reportStatus === "removed" ? qsTr("Removed by %1, %2").arg(who).arg(when)
                                                                   : qsTr("Dismissed by %1, %2").arg(who).arg(when);
                        }
                        wrapMode: Text.Wrap
                        color: card.reportStatus === "removed" ? Theme.danger : Theme.textSecondary
                        font.pixelSize: Theme.fontSizeSmall + 1
                        font.weight: Font.DemiBold
                    }

                    Text {
                        objectName: "resolutionNote"
                        Layout.fillWidth: true
                        visible: !card.isOpen && card.note.length > 0
                        text: qsTr("Note: %1").arg(card.note)
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeSmall + 1
                    }

                    DecisionNote {
                        objectName: "decisionNote"
                        Layout.fillWidth: true
                        decision: card.decisionId.length > 0 ? "report.resolve" : ""
                        label: card.decisionAction === "remove" ? qsTr("Removal") : qsTr("Dismissal")
                        failed: card.decisionFailed
                        error: card.decisionError
                        onDismissed: section.store.discardMutation(card.decisionId)
                    }

                    // Left to right, as Tab goes: the thread first, then the decisions.
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        SecondaryButton {
                            objectName: "openThreadButton"
                            visible: card.postAvailable
                            text: qsTr("Open thread")
                            Accessible.name: card.postTitle.length > 0 ? qsTr("Open the thread “%1”").arg(card.postTitle) : qsTr("Open the thread")
                            onClicked: section.threadRequested(card.postId)
                        }

                        Item {
                            Layout.fillWidth: true
                        }

                        SecondaryButton {
                            objectName: "dismissButton"
                            visible: card.isOpen && section.rights.canResolveReports
                            enabled: !card.decisionPending
                            text: qsTr("Dismiss…")
                            Accessible.name: qsTr("Dismiss %1's report").arg(card.reporter)
                            onClicked: section.ask("dismiss", card.reportId, card.targetType, card.authorName)
                        }
                        SecondaryButton {
                            objectName: "removeButton"
                            visible: card.isOpen && section.rights.canResolveReports
                            enabled: !card.decisionPending
                            destructive: true
                            text: qsTr("Remove…")
                            Accessible.name: qsTr("Remove the %1 by %2").arg(section.kindOf(card.targetType)).arg(card.author)
                            onClicked: section.ask("remove", card.reportId, card.targetType, card.authorName)
                        }
                    }
                }
            }
        }
    }

    EmptyState {
        objectName: "reportsEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: reportList.count === 0
        title: reports.status === "open" ? qsTr("No open reports") : qsTr("Nothing resolved yet")
        text: reports.status === "open"
              ? qsTr("When a member of %1 reports a post or a comment, it waits here for an owner or a moderator.").arg(section.communityName)
              : qsTr("Reports you and the other organizers resolve are kept here, with what was decided.")
    }
}
