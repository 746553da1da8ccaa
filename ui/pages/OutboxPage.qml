pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The outbox: every write the server has not confirmed, oldest first. Waiting ones say whether
// they are being sent or wait for the connection; refused ones give the server's reason with
// Edit, Retry and Discard; an edit that met a newer version on the server opens the conflict view.
// Opened from the status pill (or Ctrl+Shift+O); Escape or Back returns.
Page {
    id: page

    property CacheStore store
    // Height of what floats over the page's bottom edge (the offline notice): the end of the
    // content scrolls clear of it.
    property real overlayHeight: 0
    // To name each write's community.
    property CommunityListModel communities
    property int syncStatus: SyncStatusPill.State.Offline
    property string syncDetail
    property date now: new Date()

    readonly property alias outbox: outboxModel
    readonly property alias entries: entryRepeater
    readonly property alias discardDialog: discardDialog
    readonly property bool dialogOpen: discardDialog.opened
    readonly property bool online: syncStatus === SyncStatusPill.State.Online
                                   || syncStatus === SyncStatusPill.State.Syncing

    signal closed()
    signal syncRequested()
    signal conflictOpened(string mutationId)
    signal guidelinesOpened(string communityId)

    function focusFirst() {
        if (entryRepeater.count > 0) {
            const first = entryRepeater.itemAt(0);
            if (first)
                first.focusFirstAction();
        } else {
            backButton.forceActiveFocus();
        }
    }

    // What a write is, for people.
    function describe(name: string, communityId: string): string {
        const community = page.communities ? page.communities.nameOf(communityId) : "";
        const place = community.length > 0 ? community : qsTr("a community");
        switch (name) {
        case "post.create": return qsTr("New post in %1").arg(place);
        case "post.edit": return qsTr("Edit of a post in %1").arg(place);
        case "post.delete": return qsTr("Deleting a post in %1").arg(place);
        case "post.pin": return qsTr("Pinning a post in %1").arg(place);
        case "comment.create": return qsTr("Reply in %1").arg(place);
        case "reaction.set": return qsTr("Reaction in %1").arg(place);
        case "reaction.clear": return qsTr("Taking back a reaction in %1").arg(place);
        case "rsvp.set": return qsTr("Answer to an event in %1").arg(place);
        case "membership.join": return qsTr("Request to join %1").arg(place);
        case "membership.leave": return qsTr("Leaving %1").arg(place);
        case "community.create": return qsTr("New community");
        case "notification.markRead": return qsTr("Marking notifications as read");
        case "profile.update": return qsTr("Update of your profile");
        default: return name;
        }
    }

    // Writes whose text the member can change here.
    function editable(name: string, failed: bool): bool {
        if (name === "post.create" || name === "post.edit")
            return true;
        // A waiting reply cannot be changed safely (it may already be on its way).
        return name === "comment.create" && failed;
    }

    OutboxModel {
        id: outboxModel
        store: page.store
    }

    ConfirmDialog {
        id: discardDialog
        objectName: "outboxDiscardDialog"

        property string mutationId

        title: qsTr("Discard this change?")
        message: qsTr("It has not reached the server and will be removed from this computer. Copy the text first if you want to keep it.")
        confirmText: qsTr("Discard")
        destructive: true
        onConfirmed: page.store.discardMutation(mutationId)
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Outbox")

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
            spacing: Theme.spacingM

            SecondaryButton {
                id: backButton
                objectName: "backButton"
                text: qsTr("← Back")
                Accessible.name: qsTr("Back (Escape)")
                onClicked: page.closed()
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Text {
                    text: qsTr("Outbox")
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeTitle
                    font.weight: Font.Bold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                Text {
                    objectName: "outboxStatus"
                    Layout.fillWidth: true
                    text: {
                        const waiting = outboxModel.count - outboxModel.failedCount;
                        if (outboxModel.count === 0)
                            return page.online ? qsTr("Everything you wrote has reached the server.")
                                               : qsTr("Offline. Nothing is waiting to be sent.");
                        const parts = [];
                        if (waiting > 0)
                            parts.push(page.online ? qsTr("%n being sent", "", waiting)
                                                   : qsTr("%n waiting for the connection", "", waiting));
                        if (outboxModel.failedCount > 0)
                            parts.push(qsTr("%n not sent", "", outboxModel.failedCount));
                        return parts.join(" · ");
                    }
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeSmall + 1
                }
            }

            SecondaryButton {
                objectName: "retryAllButton"
                visible: outboxModel.failedCount > 1
                text: qsTr("Retry all")
                onClicked: outboxModel.retryAllFailed()
            }

            SecondaryButton {
                objectName: "syncNowButton"
                flat: false
                text: page.online ? qsTr("Sync now") : qsTr("Try now")
                Accessible.name: qsTr("Try to reach the server now")
                onClicked: page.syncRequested()
            }
        }
    }

    Flickable {
        id: flick
        objectName: "outboxScroll"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl + page.overlayHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollBar.vertical: ScrollBar { }

        FollowFocus {
            flickable: flick
        }

        ColumnLayout {
            id: column
            x: Math.round((flick.width - width) / 2)
            y: Theme.spacingXl
            width: Math.min(flick.width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
            spacing: Theme.spacingM

            Text {
                objectName: "outboxError"
                Layout.fillWidth: true
                visible: !page.online && page.syncDetail.length > 0
                text: qsTr("Last attempt: %1").arg(page.syncDetail)
                wrapMode: Text.Wrap
                color: Theme.warning
                font.pixelSize: Theme.fontSizeSmall + 1
            }

            Repeater {
                id: entryRepeater
                model: outboxModel

                delegate: OutboxEntry {
                    Layout.fillWidth: true
                    now: page.now
                    online: page.online
                    label: page.describe(name, communityId)
                    canEdit: page.editable(name, failed) && !conflict
                    store: page.store
                    onDiscardRequested: (mutationId, text) => {
                        discardDialog.mutationId = mutationId;
                        discardDialog.keepText = text;
                        discardDialog.open();
                    }
                    onConflictOpened: mutationId => page.conflictOpened(mutationId)
                    onGuidelinesOpened: communityId => page.guidelinesOpened(communityId)
                }
            }

            EmptyState {
                objectName: "outboxEmpty"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXxl
                visible: outboxModel.count === 0
                title: qsTr("Nothing waiting")
                text: page.online ? qsTr("Everything you wrote has reached the server. What you write while offline waits here, in order, until the connection returns.")
                                  : qsTr("You are offline. What you write now waits here, in order, and is sent when the connection returns.")
            }
        }
    }
}
