import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// One notification: who did what where, the excerpt, when, and whether I have seen it. Enter or
// a click opens what it is about.
ItemDelegate {
    id: row

    required property int index
    required property string notificationId
    required property string kind
    required property string communityId
    required property string communityName
    required property string actorName
    required property string targetType
    required property string targetId
    // (Its `text` role would clash with the button's own text, so it is read through `model`.)
    required property var model
    readonly property string excerptText: model.text
    required property date createdAt
    required property bool read

    property date now: new Date()

    function escaped(value: string): string {
        return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }

    readonly property string actor: actorName.length > 0 ? actorName : qsTr("Someone")
    // Rich text: names in bold, everything escaped.
    readonly property string headline: {
        const who = "<b>" + escaped(actor) + "</b>";
        const where = escaped(communityName);
        switch (kind) {
        case "reply":
            return where.length > 0 ? qsTr("%1 replied to you in %2").arg(who).arg(where)
                                    : qsTr("%1 replied to you").arg(who);
        case "mention":
            return where.length > 0 ? qsTr("%1 mentioned you in %2").arg(who).arg(where)
                                    : qsTr("%1 mentioned you").arg(who);
        case "join_request":
            return qsTr("%1 asked to join %2").arg(who).arg("<b>" + (where.length > 0 ? where : escaped(excerptText)) + "</b>");
        case "event_reminder":
            return qsTr("Starting soon: %1").arg("<b>" + escaped(excerptText) + "</b>");
        case "join_approved":
            return qsTr("%1 let you into %2").arg(who).arg("<b>" + (where.length > 0 ? where : escaped(excerptText)) + "</b>");
        case "join_denied":
            return qsTr("Your request to join %1 was declined").arg("<b>" + (where.length > 0 ? where : escaped(excerptText)) + "</b>");
        default:
            return where.length > 0 ? qsTr("%1 in %2").arg(escaped(excerptText)).arg(where) : escaped(excerptText);
        }
    }
    readonly property string excerpt: {
        switch (kind) {
        case "reply":
        case "mention":
            return excerptText;
        case "event_reminder":
            return communityName.length > 0 ? qsTr("Within the next day, in %1").arg(communityName)
                                            : qsTr("Within the next day");
        case "join_request":
            return qsTr("Waiting for an organizer's decision");
        case "join_approved":
            return qsTr("You are a member now: say hello in its feed");
        case "join_denied":
            // The organizer's reason when they gave one (the community's name otherwise).
            return excerptText.length > 0 && excerptText !== communityName
                    ? qsTr("Why: %1").arg(excerptText)
                    : qsTr("Discover has other communities you can join");
        default:
            return "";
        }
    }
    readonly property string iconName: {
        switch (kind) {
        case "reply": return "reply";
        case "mention": return "at";
        case "join_request": return "person-plus";
        case "event_reminder": return "calendar";
        case "join_approved": return "check";
        case "join_denied": return "compass";
        default: return "bell";
        }
    }

    padding: Theme.spacingM
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    hoverEnabled: true

    Accessible.role: Accessible.ListItem
    Accessible.name: {
        const plain = headline.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
        const parts = [read ? plain : qsTr("Unread: %1").arg(plain)];
        if (excerpt.length > 0)
            parts.push(excerpt);
        parts.push(Format.relativeTime(createdAt, now));
        return parts.join(". ");
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: row.highlighted ? Theme.surfaceAlt
               : row.hovered ? Theme.surfaceAlt
               : row.read ? "transparent" : Theme.surface
        border.width: row.highlighted ? 2 : row.read ? 0 : 1
        border.color: row.highlighted ? Theme.focusRing : Theme.border
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        Rectangle {
            objectName: "unreadDot"
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 15
            implicitWidth: 8
            implicitHeight: 8
            radius: 4
            color: row.read ? "transparent" : Theme.accent
        }

        Item {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 38
            implicitHeight: 38

            Avatar {
                visible: row.kind !== "event_reminder"
                name: row.actor
                size: 38
                circular: true
            }

            Rectangle {
                visible: row.kind === "event_reminder"
                anchors.fill: parent
                radius: width / 2
                color: Theme.accentSoft

                Icon {
                    anchors.centerIn: parent
                    name: "calendar"
                    size: 20
                    color: Theme.accent
                }
            }

            // What kind of notification, on the avatar's corner.
            Rectangle {
                visible: row.kind !== "event_reminder"
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.rightMargin: -3
                anchors.bottomMargin: -3
                width: 20
                height: 20
                radius: 10
                color: Theme.surface
                border.width: 1
                border.color: Theme.border

                Icon {
                    anchors.centerIn: parent
                    name: row.iconName
                    size: 12
                    color: Theme.accent
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Text {
                    objectName: "notificationHeadline"
                    Layout.fillWidth: true
                    text: row.headline
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeBody
                }

                TimestampText {
                    objectName: "notificationTime"
                    Layout.alignment: Qt.AlignTop
                    when: row.createdAt
                    now: row.now
                    color: row.read ? Theme.textMuted : Theme.accent
                    font.weight: row.read ? Font.Normal : Font.DemiBold
                }
            }

            Text {
                objectName: "notificationExcerpt"
                Layout.fillWidth: true
                visible: row.excerpt.length > 0
                text: row.excerpt
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeSmall + 1
            }
        }
    }
}
