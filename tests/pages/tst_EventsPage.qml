import QtQuick
import QtTest
import Hearth.Ui

// Events across my communities and of one, over a realistic cache: the week at a glance, this
// week's events soonest first with where I stand, what comes later, the past, and opening one.
TestCase {
    id: testCase
    name: "EventsPage"
    when: windowShown
    width: 1000
    height: 900
    visible: true

    Component {
        id: eventsComponent

        EventsPage {
            width: testCase.width
            height: testCase.height
            store: testStore
            backLabel: "Wrenfield Makers"
        }
    }

    SignalSpy {
        id: openedSpy
        signalName: "eventOpened"
    }

    function createPage(properties) {
        const page = createTemporaryObject(eventsComponent, testCase, properties || {});
        verify(page !== null);
        openedSpy.clear();
        openedSpy.target = page;
        return page;
    }

    function cards(page, listName) {
        const list = findChild(page, listName);
        const out = [];
        for (let i = 0; i < list.children.length; ++i) {
            if (list.children[i].eventId !== undefined)
                out.push(list.children[i]);
        }
        return out;
    }

    function test_thisWeekAtAGlanceAcrossMyCommunities() {
        const page = createPage();
        compare(findChild(page, "pageTitle").text, "Your events");
        tryCompare(page.thisWeek, "count", 3);
        const week = cards(page, "thisWeekList");
        compare(week.map(card => card.title),
                ["Raku firing evening", "Tuesday hills — reservoir lane", "Online show and tell"]);
        compare(week[0].communityName, "Wrenfield Makers");
        compare(week[1].communityName, "Ridgeback Trail Club");
        compare(findChild(page, "weekSummary").text, "3 events this week · you are going to 2");

        // Where I stand, on each card.
        compare(findChild(week[0], "rsvpLabel").text, "Waitlist #2");
        compare(findChild(week[0], "eventAttendance").text, "Wrenfield Makers · Full · 2 waiting");
        compare(findChild(week[1], "rsvpLabel").text, "Going");
        verify(!findChild(week[2], "rsvpBadge").visible, "no answer, no badge");
        compare(findChild(week[2], "eventWhere").text, "Online");
        compare(findChild(week[2], "eventAttendance").text, "Wrenfield Makers · 0 going · 40 seats left");

        // The strip: seven days from today, the events on their days.
        compare(page.weekDays.length, 7);
        let total = 0;
        for (let i = 0; i < 7; ++i)
            total += page.weekDays[i].count;
        compare(total, 3);
        const rakuDay = EventTime.daysFromToday(week[0].startsAt, new Date());
        verify(page.weekDays[rakuDay].count >= 1);
        verify(page.weekDays[rakuDay].going >= 1);
        mouseClick(findChild(page, "weekDay" + rakuDay));
        verify(week[0].activeFocus || page.weekDays[rakuDay].count > 1,
               "the day's first event takes focus");

        compare(cards(page, "laterList").map(card => card.title), ["Spoon carving taster day"]);
    }

    function test_pastEvents() {
        const page = createPage();
        mouseClick(findChild(page, "segment_past"));
        verify(page.showPast);
        tryCompare(page.past, "count", 1);
        const past = cards(page, "pastList");
        compare(past.length, 1);
        compare(past[0].title, "Full moon ridge run");
        verify(past[0].visible);
        verify(!findChild(page, "weekStrip").visible);
        verify(!findChild(page, "thisWeekList").visible);
        // Left/Right move between the choices.
        findChild(page, "segment_past").forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Left);
        verify(!page.showPast);
    }

    function test_oneCommunity() {
        const page = createPage({communityId: fixture.trail, communityName: "Ridgeback Trail Club"});
        compare(findChild(page, "pageTitle").text, "Events");
        compare(findChild(page, "pageSubtitle").text, "Ridgeback Trail Club");
        tryCompare(page.thisWeek, "count", 1);
        compare(page.later.count, 0);
        const week = cards(page, "thisWeekList");
        compare(week[0].title, "Tuesday hills — reservoir lane");
        verify(findChild(week[0], "eventAttendance").text.indexOf("Ridgeback") < 0,
               "one community's page does not repeat its name");
        compare(findChild(week[0], "eventAttendance").text, "2 going");
    }

    function test_openingAnEvent() {
        const page = createPage();
        tryCompare(page.thisWeek, "count", 3);
        const week = cards(page, "thisWeekList");
        mouseClick(week[1]);
        compare(openedSpy.count, 1);
        compare(openedSpy.signalArguments[0][0], fixture.hills);
        page.focusFirst();
        verify(week[0].activeFocus);
        keyClick(Qt.Key_Return);
        compare(openedSpy.count, 2);
        compare(openedSpy.signalArguments[1][0], fixture.raku);
    }

    function test_emptyStates() {
        const page = createPage({communityId: "5a1e0000-0000-4000-8000-999999999999", communityName: "Quiet"});
        compare(page.thisWeek.count, 0);
        verify(findChild(page, "eventsEmptyState").visible);
        compare(findChild(page, "eventsEmptyText").text, "No upcoming events");
        compare(findChild(page, "weekSummary").text, "Nothing planned this week");
    }
}
