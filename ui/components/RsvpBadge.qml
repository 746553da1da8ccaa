import QtQuick
import QtQuick.Layouts
import Hearth.Ui

// Where I stand for an event, at a glance: Going, On the waitlist (#2), Maybe, Not going,
// Cancelled, or Sending… while my answer is in the outbox. Nothing when I have not answered.
Rectangle {
    id: badge

    property string status // "" | going | waitlisted | maybe | not_going
    property int waitlistPosition: 0
    property bool pending: false
    property bool cancelled: false

    readonly property string label: {
        if (cancelled)
            return qsTr("Cancelled");
        switch (status) {
        case "going": return qsTr("Going");
        case "waitlisted": return waitlistPosition > 0 ? qsTr("Waitlist #%1").arg(waitlistPosition)
                                                       : qsTr("On the waitlist");
        case "maybe": return qsTr("Maybe");
        case "not_going": return qsTr("Not going");
        default: return "";
        }
    }
    readonly property color tint: cancelled ? Theme.danger
                                  : status === "going" ? Theme.success
                                  : status === "waitlisted" ? Theme.warning
                                  : Theme.textSecondary

    visible: label.length > 0
    implicitWidth: row.implicitWidth + 2 * Theme.spacingS
    implicitHeight: row.implicitHeight + 4
    radius: height / 2
    color: cancelled ? Theme.dangerSoft
           : status === "waitlisted" ? Theme.warningSoft : Theme.surfaceAlt
    border.width: 1
    border.color: cancelled ? "transparent" : Qt.rgba(tint.r, tint.g, tint.b, 0.35)
    opacity: pending ? 0.75 : 1

    Accessible.role: Accessible.StaticText
    Accessible.name: pending ? qsTr("%1, sending").arg(label) : label

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingXs

        Icon {
            visible: badge.status === "going" && !badge.cancelled
            name: "check"
            size: 12
            lineWidth: 3
            color: badge.tint
        }

        Icon {
            visible: badge.status === "waitlisted" && !badge.cancelled
            name: "hourglass"
            size: 12
            color: badge.tint
        }

        Text {
            objectName: "rsvpLabel"
            text: badge.pending ? qsTr("%1…").arg(badge.label) : badge.label
            color: badge.tint
            font.pixelSize: Theme.fontSizeSmall
            font.weight: Font.DemiBold
        }
    }
}
