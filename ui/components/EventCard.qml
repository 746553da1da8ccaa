import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// One event in a list: its date, title, time in my zone, place or link, its community, how full
// it is and where I stand. Enter or a click opens it.
ItemDelegate {
    id: card

    required property string eventId
    required property string communityId
    required property string communityName
    required property string title
    required property date startsAt
    required property date endsAt
    required property string place
    required property string link
    required property int capacity
    required property int goingCount
    required property int waitlistCount
    required property string myRsvp
    required property bool pending
    required property bool cancelled
    required property int waitlistPosition

    property date now: new Date()
    property bool showCommunity: true
    property bool past: false

    readonly property string attendance: {
        if (capacity <= 0)
            return goingCount === 1 ? qsTr("1 going") : qsTr("%n going", "", goingCount);
        if (goingCount >= capacity)
            return waitlistCount > 0 ? qsTr("Full · %n waiting", "", waitlistCount) : qsTr("Full");
        const left = capacity - goingCount;
        return left === 1 ? qsTr("%1 going · 1 seat left").arg(goingCount)
                          : qsTr("%1 going · %2 seats left").arg(goingCount).arg(left);
    }

    padding: Theme.spacingM
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingL
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus

    Accessible.role: Accessible.Button
    Accessible.name: {
        const parts = [title, EventTime.range(startsAt, endsAt, now),
                       place.length > 0 ? place : qsTr("online"),
                       showCommunity ? communityName : "", attendance,
                       cancelled ? qsTr("cancelled")
                       : myRsvp === "going" ? qsTr("you are going")
                       : myRsvp === "waitlisted" ? qsTr("you are number %1 on the waitlist").arg(waitlistPosition)
                       : myRsvp === "maybe" ? qsTr("you might go") : ""];
        let out = "";
        for (let i = 0; i < parts.length; ++i) {
            if (parts[i].length > 0)
                out += (out.length > 0 ? ", " : "") + parts[i];
        }
        return out;
    }

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radiusM
        color: card.down || card.hovered ? Theme.surfaceAlt : Theme.surface
        border.width: card.visualFocus ? 2 : 1
        border.color: card.visualFocus ? Theme.focusRing : Theme.border
    }

    contentItem: RowLayout {
        spacing: Theme.spacingL

        DateTile {
            Layout.alignment: Qt.AlignTop
            when: card.startsAt
            muted: card.past || card.cancelled
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Text {
                    objectName: "eventTitle"
                    Layout.fillWidth: true
                    text: card.title
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: card.cancelled ? Theme.textMuted : Theme.text
                    font.pixelSize: Theme.fontSizeBody + 1
                    font.weight: Font.DemiBold
                    font.strikeout: card.cancelled
                }

                RsvpBadge {
                    objectName: "rsvpBadge"
                    status: card.myRsvp
                    waitlistPosition: card.waitlistPosition
                    pending: card.pending
                    cancelled: card.cancelled
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs + 2

                Icon {
                    name: "clock"
                    size: 13
                    color: Theme.textMuted
                }

                Text {
                    objectName: "eventWhen"
                    Layout.fillWidth: true
                    text: {
                        const range = EventTime.range(card.startsAt, card.endsAt, card.now);
                        const relative = card.past ? "" : EventTime.relative(card.startsAt, card.endsAt, card.now);
                        return relative.length > 0 ? qsTr("%1 · %2").arg(range).arg(relative) : range;
                    }
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeSmall + 1
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs + 2

                Icon {
                    name: card.place.length > 0 ? "pin" : "globe"
                    size: 13
                    color: Theme.textMuted
                }

                Text {
                    objectName: "eventWhere"
                    Layout.fillWidth: true
                    text: card.place.length > 0 ? card.place : qsTr("Online")
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeSmall + 1
                }
            }

            Text {
                objectName: "eventAttendance"
                Layout.fillWidth: true
                text: card.showCommunity && card.communityName.length > 0
                      ? qsTr("%1 · %2").arg(card.communityName).arg(card.attendance) : card.attendance
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
            }
        }
    }
}
