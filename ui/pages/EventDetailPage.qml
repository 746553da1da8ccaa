pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// One event: when (in my time zone), where or the link, what it is, how many seats are left,
// who is going, and my answer. Going / Maybe / Not going go through the outbox and show at once;
// on a full event "going" means the waitlist, and my place in it shows until a seat frees up.
// "Add to calendar" saves the event as an .ics file.
Page {
    id: page

    property CacheStore store
    // Height of what floats over the page's bottom edge (the offline notice): the end of the
    // content scrolls clear of it.
    property real overlayHeight: 0
    property string eventId
    property string backLabel
    property bool online: true
    property date now: new Date()

    readonly property alias details: details
    readonly property alias scroller: scroller
    readonly property alias calendarDialog: calendarDialog
    // What the last "Add to calendar" did: "" or a sentence for the member.
    property string calendarMessage
    property bool calendarFailed: false
    property url savedCalendarFile

    signal closed()
    signal profileRequested(string userId)
    signal communityOpened(string communityId)

    readonly property bool full: details.capacity > 0 && details.seatsLeft === 0
    readonly property bool canAnswer: details.loaded && !details.cancelled && !details.past

    function answer(status: string): string {
        if (!canAnswer)
            return "";
        // A seat or a place in line is kept by saying nothing more.
        if (status === "going" && (details.myRsvp === "going" || details.myRsvp === "waitlisted"))
            return "";
        return details.rsvp(status);
    }

    function saveCalendar(file: url) {
        const error = details.saveCalendarFile(file);
        calendarFailed = error.length > 0;
        savedCalendarFile = calendarFailed ? "" : file;
        calendarMessage = calendarFailed ? error
                                         : qsTr("Saved %1. Open it to add the event to your calendar.")
                                           .arg(decodeURIComponent(String(file).replace(/^.*\//, "")));
    }

    onEventIdChanged: {
        calendarMessage = "";
        savedCalendarFile = "";
    }

    EventDetails {
        id: details
        store: page.store
        eventId: page.eventId
    }

    FileDialog {
        id: calendarDialog
        title: qsTr("Add “%1” to your calendar").arg(details.title)
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Calendar files (*.ics)")]
        defaultSuffix: "ics"
        currentFolder: details.calendarFolder
        selectedFile: details.calendarFolder + "/" + details.calendarFileName
        onAccepted: page.saveCalendar(selectedFile)
    }

    Timer {
        interval: 60000
        running: page.visible
        repeat: true
        triggeredOnStart: true
        onTriggered: page.now = new Date()
    }


    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Event: %1").arg(details.title)

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: details.loaded ? details.title : qsTr("Event")
        subtitle: details.communityName
        backLabel: page.backLabel
        onBackRequested: page.closed()

        Button {
            id: calendarButton
            objectName: "addToCalendar"
            visible: details.loaded
            flat: true
            hoverEnabled: true
            text: qsTr("Add to calendar")
            font.pixelSize: Theme.fontSizeBody - 1
            Accessible.name: qsTr("Add to calendar: save the event as an iCalendar file")
            onClicked: calendarDialog.open()

            contentItem: RowLayout {
                spacing: Theme.spacingXs + 2

                Icon {
                    name: "calendar-plus"
                    size: 16
                    color: Theme.link
                }

                Text {
                    text: calendarButton.text
                    color: Theme.link
                    font: calendarButton.font
                }
            }

            background: Rectangle {
                radius: Theme.radiusS
                color: calendarButton.hovered ? Theme.surfaceAlt : "transparent"
                border.width: calendarButton.visualFocus ? 2 : 1
                border.color: calendarButton.visualFocus ? Theme.focusRing : Theme.border
            }
        }
    }

    ScrollingColumn {
        id: scroller
        bottomPadding: Theme.spacingXxl + page.overlayHeight
        objectName: "eventScroller"
        anchors.fill: parent
        visible: details.loaded

        Rectangle {
            objectName: "cancelledBanner"
            width: parent.width
            visible: details.cancelled
            implicitHeight: cancelledText.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radiusM
            color: Theme.dangerSoft
            Accessible.role: Accessible.AlertMessage
            Accessible.name: cancelledText.text

            Text {
                id: cancelledText
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                anchors.leftMargin: Theme.spacingL
                text: qsTr("The organizers cancelled this event.")
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.fontSizeBody
                font.weight: Font.DemiBold
            }
        }

        Rectangle {
            objectName: "calendarMessage"
            width: parent.width
            visible: page.calendarMessage.length > 0
            implicitHeight: calendarRow.implicitHeight + 2 * Theme.spacingS
            radius: Theme.radiusM
            color: page.calendarFailed ? Theme.dangerSoft : Theme.surfaceAlt
            Accessible.role: Accessible.AlertMessage
            Accessible.name: page.calendarMessage

            RowLayout {
                id: calendarRow
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingS
                spacing: Theme.spacingS

                Text {
                    objectName: "calendarMessageText"
                    Layout.fillWidth: true
                    text: page.calendarMessage
                    wrapMode: Text.Wrap
                    color: page.calendarFailed ? Theme.danger : Theme.textSecondary
                    font.pixelSize: Theme.fontSizeSmall + 1
                }

                LinkButton {
                    visible: !page.calendarFailed && String(page.savedCalendarFile).length > 0
                    text: qsTr("Open")
                    Accessible.name: qsTr("Open the calendar file")
                    onClicked: Qt.openUrlExternally(page.savedCalendarFile)
                }

                LinkButton {
                    text: qsTr("Dismiss")
                    onClicked: page.calendarMessage = ""
                }
            }
        }

        // When and where
        Rectangle {
            width: parent.width
            implicitHeight: whenColumn.implicitHeight + 2 * Theme.spacingXl
            radius: Theme.radiusL
            color: Theme.surface
            border.width: 1
            border.color: Theme.border

            RowLayout {
                id: whenColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingXl
                spacing: Theme.spacingXl

                DateTile {
                    Layout.alignment: Qt.AlignTop
                    when: details.startsAt
                    muted: details.past || details.cancelled
                    scale: 1.15
                    transformOrigin: Item.TopLeft
                    Layout.preferredWidth: implicitWidth * 1.15
                    Layout.preferredHeight: implicitHeight * 1.15
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingM

                    Text {
                        objectName: "eventTitle"
                        Layout.fillWidth: true
                        text: details.title
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.fontSizeDisplay
                        font.weight: Font.Bold
                        font.strikeout: details.cancelled
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        Icon {
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: 2
                            name: "clock"
                            size: 16
                            color: Theme.textSecondary
                        }

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2

                            Text {
                                objectName: "eventWhen"
                                Layout.fillWidth: true
                                text: {
                                    const start = details.startsAt;
                                    const end = details.endsAt;
                                    if (isNaN(start.getTime()))
                                        return "";
                                    const day = start.toLocaleDateString(Qt.locale(), Locale.LongFormat);
                                    if (EventTime.daysFromToday(start, end) === 0)
                                        return qsTr("%1, %2 – %3").arg(day).arg(EventTime.time(start)).arg(EventTime.time(end));
                                    return qsTr("%1, %2 – %3, %4").arg(day).arg(EventTime.time(start))
                                                                   .arg(end.toLocaleDateString(Qt.locale(), Locale.LongFormat))
                                                                   .arg(EventTime.time(end));
                                }
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeBody + 1
                                font.weight: Font.DemiBold
                            }

                            Text {
                                objectName: "eventTimeZone"
                                Layout.fillWidth: true
                                text: {
                                    const relative = EventTime.relative(details.startsAt, details.endsAt, page.now);
                                    const zone = qsTr("your time (%1)").arg(details.timeZoneName);
                                    return relative.length > 0 ? qsTr("%1 · %2").arg(relative).arg(zone) : zone;
                                }
                                wrapMode: Text.Wrap
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSizeSmall
                            }
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        visible: details.place.length > 0
                        spacing: Theme.spacingS

                        Icon {
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: 2
                            name: "pin"
                            size: 16
                            color: Theme.textSecondary
                        }

                        Text {
                            objectName: "eventPlace"
                            Layout.fillWidth: true
                            text: details.place
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                        }
                    }

                    ExternalLink {
                        objectName: "eventLink"
                        Layout.leftMargin: -Theme.spacingS
                        visible: details.link.length > 0
                        label: qsTr("Join online")
                        url: details.link
                    }

                    AbstractButton {
                        id: communityLink
                        objectName: "eventCommunity"
                        Layout.leftMargin: -Theme.spacingXs
                        visible: details.communityName.length > 0
                        hoverEnabled: true
                        padding: Theme.spacingXs
                        rightPadding: Theme.spacingS
                        text: details.communityName
                        Accessible.role: Accessible.Link
                        Accessible.name: qsTr("Open %1").arg(details.communityName)
                        onClicked: page.communityOpened(details.communityId)

                        background: Rectangle {
                            radius: Theme.radiusS
                            color: communityLink.hovered ? Theme.surfaceAlt : "transparent"
                            border.width: communityLink.visualFocus ? 2 : 0
                            border.color: Theme.focusRing
                        }

                        contentItem: RowLayout {
                            spacing: Theme.spacingS

                            Avatar {
                                name: details.communityName
                                size: 20
                            }

                            Text {
                                text: qsTr("Hosted in %1").arg(details.communityName)
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSizeSmall + 1
                                font.underline: communityLink.hovered || communityLink.visualFocus
                            }
                        }
                    }
                }
            }
        }

        // My answer
        Rectangle {
            objectName: "rsvpCard"
            width: parent.width
            implicitHeight: rsvpColumn.implicitHeight + 2 * Theme.spacingL
            radius: Theme.radiusL
            color: Theme.surface
            border.width: details.myRsvp === "waitlisted" ? 2 : 1
            border.color: details.myRsvp === "waitlisted" ? Theme.warning : Theme.border

            ColumnLayout {
                id: rsvpColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingL
                anchors.leftMargin: Theme.spacingXl
                anchors.rightMargin: Theme.spacingXl
                spacing: Theme.spacingM

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingM

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        Text {
                            objectName: "rsvpHeadline"
                            Layout.fillWidth: true
                            text: {
                                if (details.cancelled)
                                    return qsTr("This event will not take place");
                                if (details.past)
                                    return details.myRsvp === "going" ? qsTr("You went") : qsTr("This event has ended");
                                switch (details.myRsvp) {
                                case "going": return qsTr("You are going");
                                case "waitlisted": return details.waitlistPosition > 0
                                                   ? qsTr("You are #%1 on the waitlist").arg(details.waitlistPosition)
                                                   : qsTr("You are on the waitlist");
                                case "maybe": return qsTr("You might go");
                                case "not_going": return qsTr("You are not going");
                                default: return qsTr("Are you going?");
                                }
                            }
                            wrapMode: Text.Wrap
                            color: details.myRsvp === "waitlisted" ? Theme.warning : Theme.text
                            font.pixelSize: Theme.fontSizeLarge
                            font.weight: Font.Bold
                        }

                        Text {
                            objectName: "rsvpDetail"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: {
                                if (details.pending)
                                    return page.online ? qsTr("Sending your answer…")
                                                       : qsTr("Your answer is saved and will be sent when you are back online.");
                                if (!page.canAnswer)
                                    return "";
                                if (details.myRsvp === "waitlisted")
                                    return qsTr("Every seat is taken. When someone gives up theirs, the next in line gets it, and it shows here.");
                                if (details.myRsvp === "going")
                                    return details.capacity > 0 ? qsTr("Your seat is kept. If plans change, say so to let the next person in.")
                                                                : qsTr("See you there.");
                                if (page.full)
                                    return details.waitlistCount > 0
                                           ? qsTr("Every seat is taken and %1 waiting. Going puts you on the waitlist.").arg(
                                                 details.waitlistCount === 1 ? qsTr("1 person is") : qsTr("%n people are", "", details.waitlistCount))
                                           : qsTr("Every seat is taken. Going puts you on the waitlist.");
                                return "";
                            }
                            wrapMode: Text.Wrap
                            color: details.pending ? Theme.accent : Theme.textSecondary
                            font.pixelSize: Theme.fontSizeSmall + 1
                        }
                    }

                    RsvpBadge {
                        Layout.alignment: Qt.AlignTop
                        visible: details.pending && label.length > 0
                        status: details.myRsvp
                        waitlistPosition: details.waitlistPosition
                        pending: true
                    }
                }

                RowLayout {
                    objectName: "rsvpButtons"
                    Layout.fillWidth: true
                    visible: page.canAnswer
                    spacing: Theme.spacingS

                    RsvpButton {
                        id: goingButton
                        objectName: "rsvpGoing"
                        text: page.full && details.myRsvp !== "going" && details.myRsvp !== "waitlisted"
                              ? qsTr("Join the waitlist") : qsTr("Going")
                        selected: details.myRsvp === "going" || details.myRsvp === "waitlisted"
                        tint: details.myRsvp === "waitlisted" ? Theme.warning : Theme.success
                        Accessible.name: text
                        onClicked: page.answer("going")
                    }

                    RsvpButton {
                        objectName: "rsvpMaybe"
                        text: qsTr("Maybe")
                        selected: details.myRsvp === "maybe"
                        tint: Theme.accent
                        onClicked: page.answer("maybe")
                    }

                    RsvpButton {
                        objectName: "rsvpNotGoing"
                        text: details.myRsvp === "waitlisted" ? qsTr("Leave the waitlist")
                              : details.myRsvp === "going" && details.capacity > 0 ? qsTr("Give up my seat")
                              : qsTr("Not going")
                        selected: details.myRsvp === "not_going"
                        tint: Theme.textSecondary
                        onClicked: page.answer("not_going")
                    }

                    Item {
                        Layout.fillWidth: true
                    }
                }

                Rectangle {
                    objectName: "rsvpFailure"
                    Layout.fillWidth: true
                    visible: details.failedMutationId.length > 0
                    implicitHeight: failureRow.implicitHeight + 2 * Theme.spacingXs
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
                            objectName: "rsvpFailureText"
                            Layout.fillWidth: true
                            text: details.failedReason.length > 0
                                  ? qsTr("Your answer was not accepted: %1").arg(details.failedReason)
                                  : qsTr("Your answer was not accepted by the server.")
                            wrapMode: Text.Wrap
                            color: Theme.danger
                            font.pixelSize: Theme.fontSizeSmall
                        }

                        Button {
                            objectName: "rsvpRetry"
                            flat: true
                            text: qsTr("Retry")
                            font.pixelSize: Theme.fontSizeSmall
                            Accessible.name: qsTr("Send my answer again")
                            onClicked: details.retryFailed()
                        }

                        Button {
                            objectName: "rsvpDiscard"
                            flat: true
                            text: qsTr("Discard")
                            font.pixelSize: Theme.fontSizeSmall
                            Accessible.name: qsTr("Discard my answer")
                            onClicked: details.discardFailed()
                        }
                    }
                }
            }
        }

        // Seats
        Column {
            width: parent.width
            spacing: Theme.spacingS
            visible: details.capacity > 0

            RowLayout {
                width: parent.width
                spacing: Theme.spacingS

                Text {
                    objectName: "seatsText"
                    Layout.fillWidth: true
                    text: {
                        if (details.seatsLeft === 0)
                            return details.waitlistCount > 0
                                   ? qsTr("Full: %1 of %2 seats taken, %3 on the waitlist").arg(details.goingCount).arg(details.capacity).arg(details.waitlistCount)
                                   : qsTr("Full: %1 of %2 seats taken").arg(details.goingCount).arg(details.capacity);
                        return details.seatsLeft === 1
                               ? qsTr("%1 of %2 seats taken · 1 seat left").arg(details.goingCount).arg(details.capacity)
                               : qsTr("%1 of %2 seats taken · %3 seats left").arg(details.goingCount).arg(details.capacity).arg(details.seatsLeft);
                    }
                    wrapMode: Text.Wrap
                    color: details.seatsLeft === 0 ? Theme.warning : Theme.textSecondary
                    font.pixelSize: Theme.fontSizeSmall + 1
                    font.weight: Font.DemiBold
                }
            }

            Rectangle {
                width: parent.width
                height: 8
                radius: 4
                color: Theme.surfaceAlt
                border.width: 1
                border.color: Theme.border
                Accessible.ignored: true

                Rectangle {
                    height: parent.height
                    radius: 4
                    width: parent.width * Math.min(1, details.goingCount / Math.max(1, details.capacity))
                    color: details.seatsLeft === 0 ? Theme.warning : Theme.success
                }
            }
        }

        // About
        Column {
            width: parent.width
            spacing: Theme.spacingS
            visible: details.description.length > 0

            SectionTitle {
                text: qsTr("About")
            }

            Text {
                objectName: "eventDescription"
                width: parent.width
                text: details.description
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontSizeBody + 1
                lineHeight: 1.25
            }
        }

        // Who is going
        Column {
            width: parent.width
            spacing: Theme.spacingS

            SectionTitle {
                objectName: "goingTitle"
                text: details.goingCount === 1 ? qsTr("1 going") : qsTr("%n going", "", details.goingCount)
            }

            Flow {
                objectName: "goingList"
                width: parent.width
                spacing: Theme.spacingS

                Repeater {
                    model: details.going

                    delegate: PersonChip {
                        required property var modelData
                        userId: modelData.userId
                        displayName: modelData.displayName
                        isMe: modelData.isMe
                        onClicked: page.profileRequested(userId)
                    }
                }
            }

            Text {
                width: parent.width
                visible: details.goingCount === 0
                text: details.past ? qsTr("Nobody said they were going.") : qsTr("Nobody has said they are going yet. Be the first.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeBody - 1
            }
        }

        Column {
            width: parent.width
            spacing: Theme.spacingS
            visible: details.waitlistCount > 0

            SectionTitle {
                text: qsTr("Waitlist, in order")
            }

            Flow {
                objectName: "waitlistList"
                width: parent.width
                spacing: Theme.spacingS

                Repeater {
                    model: details.waitlist

                    delegate: PersonChip {
                        required property var modelData
                        required property int index
                        userId: modelData.userId
                        displayName: modelData.displayName
                        isMe: modelData.isMe
                        note: "#" + (index + 1)
                        onClicked: page.profileRequested(userId)
                    }
                }
            }
        }

        Column {
            width: parent.width
            spacing: Theme.spacingS
            visible: details.maybeCount > 0

            SectionTitle {
                text: qsTr("Maybe")
            }

            Flow {
                objectName: "maybeList"
                width: parent.width
                spacing: Theme.spacingS

                Repeater {
                    model: details.maybe

                    delegate: PersonChip {
                        required property var modelData
                        userId: modelData.userId
                        displayName: modelData.displayName
                        isMe: modelData.isMe
                        onClicked: page.profileRequested(userId)
                    }
                }
            }
        }
    }

    ColumnLayout {
        objectName: "eventMissing"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXxl, 440)
        visible: !details.loaded
        spacing: Theme.spacingS

        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This event is not saved on this computer")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
        }

        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("It may have been removed, or it belongs to a community you are no longer in.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }
    }
}
