import QtQuick
import QtTest
import Hearth.Ui

// One event over a realistic cache: when and where, seats and who is going, my place on the
// waitlist, answering (the outbox row it queues, shown at once), "Add to calendar", and events
// that are over or gone.
TestCase {
    id: testCase
    name: "EventDetailPage"
    when: windowShown
    width: 1000
    height: 900
    visible: true

    Component {
        id: detailComponent

        EventDetailPage {
            width: testCase.width
            height: testCase.height
            store: testStore
            backLabel: "Events"
        }
    }

    SignalSpy {
        id: profileSpy
        signalName: "profileRequested"
    }

    function init() {
        testSupport.discardOutbox();
    }

    function createPage(eventId) {
        const page = createTemporaryObject(detailComponent, testCase, {eventId: eventId});
        verify(page !== null);
        profileSpy.clear();
        profileSpy.target = page;
        return page;
    }

    function chips(page, listName) {
        const list = findChild(page, listName);
        const out = [];
        for (let i = 0; i < list.children.length; ++i) {
            if (list.children[i].userId !== undefined)
                out.push(list.children[i]);
        }
        return out;
    }

    function test_aFullEventWithMeOnTheWaitlist() {
        const page = createPage(fixture.raku);
        verify(page.details.loaded);
        compare(findChild(page, "eventTitle").text, "Raku firing evening");
        compare(findChild(page, "eventPlace").text, "Tanner Lane Studio yard");
        verify(findChild(page, "eventTimeZone").text.indexOf("your time") >= 0);
        verify(findChild(page, "eventDescription").text.indexOf("Wear natural fibres.") >= 0);
        compare(findChild(page, "rsvpHeadline").text, "You are #2 on the waitlist");
        compare(findChild(page, "seatsText").text, "Full: 6 of 6 seats taken, 2 on the waitlist");
        compare(findChild(page, "goingTitle").text, "6 going");
        compare(chips(page, "goingList").length, 6);
        compare(chips(page, "goingList")[0].text, "Maren Holt");
        const waiting = chips(page, "waitlistList");
        compare(waiting.map(chip => chip.note), ["#1", "#2"]);
        compare(waiting[0].text, "Cal Mendes");
        compare(waiting[1].text, "Sam Rivera (you)");
        compare(chips(page, "maybeList")[0].text, "Bea Lindqvist");
        compare(findChild(page, "rsvpNotGoing").text, "Leave the waitlist");
        verify(findChild(page, "rsvpGoing").selected);

        // Clicking a person opens their profile.
        mouseClick(waiting[0]);
        compare(profileSpy.count, 1);
        compare(profileSpy.signalArguments[0][0], fixture.cal);
    }

    function test_leavingTheWaitlistQueuesTheAnswer() {
        const page = createPage(fixture.raku);
        // Saying "going" again keeps my place: nothing is sent.
        mouseClick(findChild(page, "rsvpGoing"));
        testSupport.waitForWrites();
        compare(testSupport.outbox().length, 0);

        mouseClick(findChild(page, "rsvpNotGoing"));
        testSupport.waitForWrites();
        const rows = testSupport.outbox();
        compare(rows.length, 1);
        compare(rows[0].name, "rsvp.set");
        compare(rows[0].args.eventId, fixture.raku);
        compare(rows[0].args.status, "not_going");
        tryCompare(findChild(page, "rsvpHeadline"), "text", "You are not going");
        compare(findChild(page, "rsvpDetail").text, "Sending your answer…");
        verify(findChild(page, "rsvpNotGoing").selected);
        compare(chips(page, "waitlistList").length, 1);
        // The event is still full: going again means the back of the line.
        compare(findChild(page, "rsvpGoing").text, "Join the waitlist");
    }

    function test_givingUpASeatOrMaybe() {
        const page = createPage(fixture.spoons);
        compare(findChild(page, "rsvpHeadline").text, "You are going");
        compare(findChild(page, "seatsText").text, "4 of 6 seats taken · 2 seats left");
        compare(findChild(page, "rsvpNotGoing").text, "Give up my seat");
        mouseClick(findChild(page, "rsvpMaybe"));
        testSupport.waitForWrites();
        const rows = testSupport.outbox();
        compare(rows.length, 1);
        compare(rows[0].args.status, "maybe");
        tryCompare(findChild(page, "rsvpHeadline"), "text", "You might go");
        compare(findChild(page, "seatsText").text, "3 of 6 seats taken · 3 seats left");
    }

    function test_offlineTheAnswerWaits() {
        const page = createPage(fixture.demoNight);
        page.online = false;
        compare(findChild(page, "rsvpHeadline").text, "Are you going?");
        findChild(page, "rsvpGoing").forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        testSupport.waitForWrites();
        compare(testSupport.outbox().length, 1);
        tryCompare(findChild(page, "rsvpDetail"), "text",
                   "Your answer is saved and will be sent when you are back online.");
        // An online event shows its link.
        const link = findChild(page, "eventLink");
        verify(link.visible);
        compare(link.url, "https://meet.example/wrenfield-show");
    }

    function test_addToCalendar() {
        const page = createPage(fixture.raku);
        mouseClick(findChild(page, "addToCalendar"));
        tryVerify(() => page.calendarDialog.visible);
        page.calendarDialog.reject();
        tryVerify(() => !page.calendarDialog.visible);

        const file = testSupport.fileUrl("raku-firing-evening.ics");
        page.saveCalendar(file);
        compare(findChild(page, "calendarMessageText").text,
                "Saved raku-firing-evening.ics. Open it to add the event to your calendar.");
        const ics = testSupport.readFile(file);
        verify(ics.indexOf("BEGIN:VEVENT\r\n") >= 0);
        verify(ics.indexOf("SUMMARY:Raku firing evening\r\n") >= 0);
        verify(ics.indexOf("UID:" + fixture.raku + "@hearth\r\n") >= 0);

        page.saveCalendar(testSupport.fileUrl("no/such/folder/raku.ics"));
        verify(page.calendarFailed);
        verify(findChild(page, "calendarMessageText").text.indexOf("Could not save") === 0);
    }

    function test_aPastEventTakesNoAnswers() {
        const page = createPage(fixture.moon);
        compare(findChild(page, "rsvpHeadline").text, "This event has ended");
        verify(!findChild(page, "rsvpButtons").visible);
        compare(page.answer("going"), "");
    }

    function test_aMissingEventSaysSo() {
        const page = createPage("5a1e0000-0000-4000-8000-999999999999");
        verify(!page.details.loaded);
        verify(findChild(page, "eventMissing").visible);
        verify(!page.scroller.visible);
    }
}
