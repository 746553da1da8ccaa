pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The Manage pane's Audit log: who did what to whom, when and why, newest first, filterable by
// person and by action. Each entry about a member opens their profile, each about a post its
// thread, each about an event its page (where this computer holds them). The log is fetched from hearthd when the section opens (and on Refresh) and kept on
// this computer, so offline it shows the last one fetched, with when that was.
FocusScope {
    id: section

    property CacheStore store
    property string communityId
    property string communityName

    readonly property alias audit: audit
    readonly property alias list: entryList

    signal profileRequested(string userId)
    signal threadRequested(string postId)
    signal eventRequested(string eventId)

    function focusFirst() {
        if (entryList.count > 0) {
            entryList.currentIndex = 0;
            entryList.forceActiveFocus();
        } else {
            refreshButton.forceActiveFocus(Qt.TabFocusReason);
        }
    }

    function open(targetType: string, targetId: string, targetLabel: string) {
        if (targetType === "user")
            section.profileRequested(targetId);
        else if (targetType === "post" && targetLabel.length > 0)
            section.threadRequested(targetId);
        else if (targetType === "event" && targetLabel.length > 0)
            section.eventRequested(targetId);
    }

    AuditLogModel {
        id: audit
        store: section.store
        communityId: section.communityId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Text {
                objectName: "auditFetched"
                Layout.fillWidth: true
                text: audit.loading ? qsTr("Getting the latest from the server…")
                      : audit.fetchedAt > 0 ? qsTr("Newest first, as of %1.").arg(Format.fullTime(new Date(audit.fetchedAt)))
                      : qsTr("Not fetched on this computer yet.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
            }

            SecondaryButton {
                id: refreshButton
                objectName: "auditRefresh"
                compact: true
                text: qsTr("Refresh")
                enabled: !audit.loading
                onClicked: audit.refresh()
            }
        }

        Text {
            objectName: "auditError"
            Layout.fillWidth: true
            visible: audit.error.length > 0
            text: audit.fetchedAt > 0 ? qsTr("Could not refresh: %1 This is the log as of %2.").arg(audit.error).arg(Format.fullTime(new Date(audit.fetchedAt)))
                                      : qsTr("Could not get the log: %1").arg(audit.error)
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontSizeSmall + 1
        }

        Flow {
            objectName: "auditPeople"
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: audit.actorIds.length > 1

            FilterChip {
                objectName: "actorChip_all"
                text: qsTr("Everyone")
                selected: audit.actorFilter.length === 0
                onClicked: audit.actorFilter = ""
            }

            Repeater {
                model: audit.actorIds

                delegate: FilterChip {
                    required property int index
                    required property string modelData

                    objectName: "actorChip_" + modelData
                    text: audit.actorNames[index] ?? modelData
                    selected: audit.actorFilter === modelData
                    onClicked: audit.actorFilter = selected ? "" : modelData
                }
            }
        }

        Flow {
            objectName: "auditActions"
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: audit.actions.length > 1

            FilterChip {
                objectName: "actionChip_all"
                text: qsTr("Every action")
                selected: audit.actionFilter.length === 0
                onClicked: audit.actionFilter = ""
            }

            Repeater {
                model: audit.actions

                delegate: FilterChip {
                    required property int index
                    required property string modelData

                    objectName: "actionChip_" + modelData
                    text: audit.actionLabels[index] ?? modelData
                    selected: audit.actionFilter === modelData
                    onClicked: audit.actionFilter = selected ? "" : modelData
                }
            }
        }

        ListView {
            id: entryList
            objectName: "auditList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: audit
            spacing: 2
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            currentIndex: -1
            bottomMargin: Theme.spacingXl
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Audit log of %1").arg(section.communityName)

            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: entry

                required property int index
                required property string entryId
                required property string summary
                required property string targetType
                required property string targetId
                required property string targetLabel
                required property string reason
                required property double createdAt

                readonly property bool opens: targetType === "user"
                                              || ((targetType === "post" || targetType === "event") && targetLabel.length > 0)

                objectName: "audit_" + entryId
                width: ListView.view.width
                padding: Theme.spacingM
                focus: ListView.isCurrentItem
                highlighted: ListView.isCurrentItem && ListView.view.activeFocus
                hoverEnabled: true
                Accessible.role: Accessible.ListItem
                Accessible.name: entry.reason.length > 0 ? qsTr("%1. Why: %2").arg(entry.summary).arg(entry.reason) : entry.summary
                onClicked: section.open(targetType, targetId, targetLabel)
                Keys.onReturnPressed: section.open(targetType, targetId, targetLabel)
                Keys.onEnterPressed: section.open(targetType, targetId, targetLabel)

                background: Rectangle {
                    radius: Theme.radiusS
                    color: entry.hovered && entry.opens ? Theme.surfaceAlt : Theme.surface
                    border.width: entry.highlighted ? 2 : 1
                    border.color: entry.highlighted ? Theme.focusRing : Theme.border
                }

                contentItem: RowLayout {
                    spacing: Theme.spacingM

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        Text {
                            objectName: "auditSummary"
                            Layout.fillWidth: true
                            text: entry.summary
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                        }

                        Text {
                            objectName: "auditReason"
                            Layout.fillWidth: true
                            visible: entry.reason.length > 0
                            text: qsTr("Why: %1").arg(entry.reason)
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSizeSmall + 1
                        }
                    }

                    TimestampText {
                        when: new Date(entry.createdAt)
                    }
                }
            }
        }
    }

    EmptyState {
        objectName: "auditEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: entryList.count === 0 && !audit.loading
        title: audit.fetchedAt > 0 ? (audit.actorFilter.length > 0 || audit.actionFilter.length > 0 ? qsTr("Nothing matches")
                                                                                                     : qsTr("Nothing done yet"))
                                   : qsTr("No audit log here yet")
        text: audit.fetchedAt > 0 ? qsTr("Approvals, bans, removals, pins and settings changes by the organizers of %1 appear here.").arg(section.communityName)
                                  : qsTr("Connect to fetch who did what in %1.").arg(section.communityName)
    }
}
