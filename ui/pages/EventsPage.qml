pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// Events and workshops: of one community, or across all of mine. Upcoming opens with the week
// at a glance (the next seven days, day by day), then what comes later; Past lists what ended,
// most recent first. Enter or a click opens an event. Read from the cache, so it works offline.
Page {
    id: page

    property CacheStore store
    // Height of what floats over the page's bottom edge (the offline notice): the end of the
    // content scrolls clear of it.
    property real overlayHeight: 0
    // "": every community I am a member of.
    property string communityId
    property string communityName
    property string backLabel
    property date now: new Date()
    property bool showPast: false

    readonly property alias thisWeek: thisWeekModel
    readonly property alias later: laterModel
    readonly property alias past: pastModel
    readonly property alias scroller: scroller
    readonly property alias weekDays: weekStrip.days
    readonly property bool allCommunities: communityId.length === 0

    signal closed()
    signal eventOpened(string eventId)

    // Bumped when an event of this week changes, so the week strip recounts.
    property int weekRevision: 0

    function cards(repeater: Repeater): var {
        const out = [];
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i);
            if (item)
                out.push(item);
        }
        return out;
    }

    // Focus the first event of a day of the week strip (and scroll to it).
    function showDay(day: date) {
        const items = cards(thisWeekRepeater);
        for (let i = 0; i < items.length; ++i) {
            if (EventTime.daysFromToday(items[i].startsAt, day) === 0) {
                items[i].forceActiveFocus(Qt.TabFocusReason);
                return;
            }
        }
    }

    function focusFirst() {
        const first = showPast ? pastRepeater.itemAt(0)
                               : thisWeekRepeater.count > 0 ? thisWeekRepeater.itemAt(0) : laterRepeater.itemAt(0);
        if (first)
            first.forceActiveFocus(Qt.TabFocusReason);
    }

    EventsModel {
        id: thisWeekModel
        store: page.store
        communityId: page.communityId
        when: EventsModel.ThisWeek
    }

    EventsModel {
        id: laterModel
        store: page.store
        communityId: page.communityId
        when: EventsModel.Later
    }

    EventsModel {
        id: pastModel
        store: page.store
        communityId: page.communityId
        when: EventsModel.Past
    }

    Timer {
        interval: 60000
        running: page.visible
        repeat: true
        triggeredOnStart: true
        onTriggered: page.now = new Date()
    }


    Accessible.role: Accessible.Pane
    Accessible.name: page.allCommunities ? qsTr("Your events") : qsTr("Events of %1").arg(page.communityName)

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.allCommunities ? qsTr("Your events") : qsTr("Events")
        subtitle: page.allCommunities ? qsTr("Workshops, meetups and sessions across your communities")
                                      : page.communityName
        backLabel: page.backLabel
        onBackRequested: page.closed()

        SegmentedControl {
            id: whenSwitch
            objectName: "whenSwitch"
            accessibleName: qsTr("Which events")
            options: [{value: "upcoming", label: qsTr("Upcoming")}, {value: "past", label: qsTr("Past")}]
            value: page.showPast ? "past" : "upcoming"
            onActivated: value => page.showPast = value === "past"
        }
    }

    ScrollingColumn {
        id: scroller
        bottomPadding: Theme.spacingXxl + page.overlayHeight
        objectName: "eventsScroller"
        anchors.fill: parent

        // The week at a glance: seven days from today, a mark per event, mine filled in.
        Rectangle {
            id: weekStrip
            objectName: "weekStrip"
            width: parent.width
            visible: !page.showPast
            implicitHeight: weekColumn.implicitHeight + 2 * Theme.spacingL
            radius: Theme.radiusL
            color: Theme.surface
            border.width: 1
            border.color: Theme.border

            // [{day: Date, count, going}] for today and the six days after.
            readonly property var days: {
                void page.weekRevision;
                const items = page.cards(thisWeekRepeater);
                const out = [];
                const today = EventTime.startOfDay(page.now);
                for (let d = 0; d < 7; ++d) {
                    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + d);
                    let count = 0;
                    let going = 0;
                    for (let i = 0; i < items.length; ++i) {
                        if (EventTime.daysFromToday(items[i].startsAt, day) !== 0 || items[i].cancelled)
                            continue;
                        ++count;
                        if (items[i].myRsvp === "going" || items[i].myRsvp === "waitlisted")
                            ++going;
                    }
                    out.push({day: day, count: count, going: going});
                }
                return out;
            }
            readonly property int goingThisWeek: {
                let n = 0;
                for (let i = 0; i < days.length; ++i)
                    n += days[i].going;
                return n;
            }

            ColumnLayout {
                id: weekColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingL
                spacing: Theme.spacingM

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    Icon {
                        name: "calendar"
                        size: 18
                        color: Theme.accent
                    }

                    Text {
                        objectName: "weekSummary"
                        Layout.fillWidth: true
                        text: {
                            const count = thisWeekModel.count;
                            if (count === 0)
                                return qsTr("Nothing planned this week");
                            const events = count === 1 ? qsTr("1 event this week") : qsTr("%n events this week", "", count);
                            if (weekStrip.goingThisWeek === 0)
                                return events;
                            return qsTr("%1 · you are going to %2").arg(events).arg(weekStrip.goingThisWeek);
                        }
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pixelSize: Theme.fontSizeBody + 1
                        font.weight: Font.DemiBold
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs

                    Repeater {
                        model: weekStrip.days

                        delegate: AbstractButton {
                            id: dayTile

                            required property var modelData
                            required property int index

                            objectName: "weekDay" + index
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            implicitHeight: contentItem.implicitHeight + 2 * Theme.spacingS
                            enabled: modelData.count > 0
                            hoverEnabled: true
                            focusPolicy: enabled ? Qt.StrongFocus : Qt.NoFocus
                            Accessible.role: Accessible.Button
                            Accessible.name: qsTr("%1: %2").arg(EventTime.day(modelData.day, page.now))
                                                           .arg(modelData.count === 1 ? qsTr("1 event")
                                                                                       : qsTr("%n events", "", modelData.count))
                            onClicked: page.showDay(modelData.day)

                            background: Rectangle {
                                radius: Theme.radiusM
                                color: dayTile.index === 0 ? Theme.accentSoft
                                       : dayTile.hovered && dayTile.enabled ? Theme.surfaceAlt : "transparent"
                                border.width: dayTile.visualFocus ? 2 : 0
                                border.color: Theme.focusRing
                            }

                            contentItem: ColumnLayout {
                                spacing: 2

                                Text {
                                    Layout.alignment: Qt.AlignHCenter
                                    text: dayTile.index === 0 ? qsTr("Today")
                                                              : dayTile.modelData.day.toLocaleDateString(Qt.locale(), "ddd")
                                    color: dayTile.index === 0 ? Theme.accent : Theme.textMuted
                                    font.pixelSize: Theme.fontSizeSmall - 1
                                    font.weight: Font.DemiBold
                                    font.capitalization: Font.AllUppercase
                                }

                                Text {
                                    Layout.alignment: Qt.AlignHCenter
                                    text: dayTile.modelData.day.getDate()
                                    color: dayTile.modelData.count > 0 ? Theme.text : Theme.textMuted
                                    font.pixelSize: Theme.fontSizeLarge
                                    font.weight: dayTile.modelData.count > 0 ? Font.Bold : Font.Normal
                                }

                                Row {
                                    Layout.alignment: Qt.AlignHCenter
                                    Layout.preferredHeight: 6
                                    spacing: 3

                                    Repeater {
                                        model: Math.min(dayTile.modelData.count, 4)

                                        delegate: Rectangle {
                                            required property int index
                                            width: 6
                                            height: 6
                                            radius: 3
                                            color: index < dayTile.modelData.going ? Theme.accent : "transparent"
                                            border.width: 1.5
                                            border.color: Theme.accent
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        SectionTitle {
            visible: !page.showPast && thisWeekModel.count > 0
            text: qsTr("This week")
        }

        Column {
            objectName: "thisWeekList"
            width: parent.width
            visible: !page.showPast
            spacing: Theme.spacingS

            Repeater {
                id: thisWeekRepeater
                model: thisWeekModel
                onCountChanged: page.weekRevision++

                delegate: EventCard {
                    width: parent.width
                    now: page.now
                    showCommunity: page.allCommunities
                    onMyRsvpChanged: page.weekRevision++
                    onStartsAtChanged: page.weekRevision++
                    onCancelledChanged: page.weekRevision++
                    onClicked: page.eventOpened(eventId)
                }
            }
        }

        SectionTitle {
            visible: !page.showPast && laterModel.count > 0
            topPadding: Theme.spacingS
            text: qsTr("Later")
        }

        Column {
            objectName: "laterList"
            width: parent.width
            visible: !page.showPast
            spacing: Theme.spacingS

            Repeater {
                id: laterRepeater
                model: laterModel

                delegate: EventCard {
                    width: parent.width
                    now: page.now
                    showCommunity: page.allCommunities
                    onClicked: page.eventOpened(eventId)
                }
            }
        }

        Column {
            objectName: "pastList"
            width: parent.width
            visible: page.showPast
            spacing: Theme.spacingS

            Repeater {
                id: pastRepeater
                model: pastModel

                delegate: EventCard {
                    width: parent.width
                    now: page.now
                    past: true
                    showCommunity: page.allCommunities
                    onClicked: page.eventOpened(eventId)
                }
            }
        }

        ColumnLayout {
            objectName: "eventsEmptyState"
            width: parent.width
            visible: page.showPast ? pastModel.count === 0 : thisWeekModel.count + laterModel.count === 0
            spacing: Theme.spacingS

            Item {
                implicitHeight: Theme.spacingXl
            }

            Text {
                objectName: "eventsEmptyText"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: page.showPast ? qsTr("No past events") : qsTr("No upcoming events")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontSizeLarge
                font.weight: Font.DemiBold
            }

            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: page.showPast ? qsTr("Events that have ended stay here, with who went.")
                                    : page.allCommunities
                                      ? qsTr("When organizers plan workshops, meetups or online sessions in your communities, they show up here.")
                                      : qsTr("When the organizers of %1 plan a workshop, meetup or online session, it shows up here.").arg(page.communityName)
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
            }
        }
    }
}
