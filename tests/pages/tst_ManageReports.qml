import QtQuick
import QtTest
import Hearth.Ui

// The Manage pane's Reports section over the realistic cache in which Sam moderates the trail
// club, whose organizers received reports: the open ones listed oldest first with the reported
// content quoted (author, text, the post a comment is on), who reported it, when and why; the
// resolved ones with the decision, who made it and the note; Remove and Dismiss asking first and
// queueing report.resolve with the action and note; a pending resolution and the server's
// refusal shown on the report; Open thread forwarded by the page; the navigation's badge; the
// empty state; and every action reached with Tab.
TestCase {
    id: testCase
    name: "ManageReports"
    when: windowShown
    width: 1200
    height: 900
    visible: true

    Component {
        id: manageComponent

        ManagePage {
            width: testCase.width
            height: testCase.height
            store: testStore
            communityId: fixture.trail
            communityName: "Ridgeback Trail Club"
            backLabel: "Ridgeback Trail Club"
            myRole: "moderator"
            myState: "active"
        }
    }

    SignalSpy {
        id: threadSpy
        signalName: "threadRequested"
    }

    function init() {
        testSupport.discardOutbox();
        threadSpy.clear();
    }

    // The pane, on its Reports section.
    function createPage(properties) {
        wait(0);
        const page = createTemporaryObject(manageComponent, testCase, properties || {});
        verify(page !== null);
        threadSpy.target = page;
        page.showSection("reports");
        verify(page.reportsSection.visible);
        tryCompare(page.reportsSection.reports, "count", 2);
        return page;
    }

    function cardOf(list, reportId) {
        list.forceLayout();
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain);
            list.forceLayout();
            const item = list.itemAtIndex(i);
            if (item && item.reportId === reportId)
                return item;
        }
        return null;
    }

    function textOf(card, name) {
        const item = findChild(card, name);
        verify(item !== null, name);
        return item.text;
    }

    function shown(card, name) {
        const item = findChild(card, name);
        verify(item !== null, name);
        return item.visible;
    }

    function lastQueued() {
        testSupport.waitForWrites();
        const rows = testSupport.outbox();
        verify(rows.length > 0, "something was queued");
        return rows[rows.length - 1];
    }

    function test_openReportsWithTheContentInContext() {
        const page = createPage();
        const section = page.reportsSection;
        const list = section.list;
        // Oldest first: the comment reported an hour ago, then the post half an hour ago.
        list.forceLayout();
        compare(list.itemAtIndex(0).reportId, fixture.rudeReport);
        compare(list.itemAtIndex(1).reportId, fixture.hillReport);

        const onComment = cardOf(list, fixture.rudeReport);
        compare(textOf(onComment, "reportHeadline"), "Nadia Osei reported a comment");
        compare(textOf(onComment, "reportReason"), "Why: Rude to the newer runners, second time this month.");
        compare(textOf(onComment, "reportTime"), "1 h ago");
        compare(textOf(onComment, "quotedAuthor"),
                "June Park, in a comment on “Anyone up for hill reps on Thursday before work?”");
        // Quoted as read, not as typed: no markdown marks.
        compare(textOf(onComment, "quotedText"), "Hill reps are for people with nothing better to do. Slowpokes.");
        verify(!shown(onComment, "contentGone"));
        verify(!shown(onComment, "resolution"));
        verify(shown(onComment, "removeButton"));
        verify(shown(onComment, "dismissButton"));
        verify(shown(onComment, "openThreadButton"));
        verify(!shown(onComment, "decisionNote"));

        const onPost = cardOf(list, fixture.hillReport);
        compare(textOf(onPost, "reportHeadline"), "June Park reported a post");
        compare(textOf(onPost, "reportTime"), "30 min ago");
        compare(textOf(onPost, "quotedAuthor"), "Maren Holt");
        compare(textOf(onPost, "quotedText"), "Anyone up for hill reps on Thursday before work?");
        // An untitled post: its text is not said twice.
        verify(!shown(onPost, "quotedTitle"));

        // The navigation shows the open ones as work waiting.
        page.navigation.forceLayout();
        const entry = page.navigation.itemAtIndex(2);
        compare(entry.objectName, "nav_reports");
        compare(entry.Accessible.name, "Reports, 2");
        compare(findChild(section.filter, "segment_open").text, "Open (2)");
    }

    function test_resolvedReportsSayWhatWasDecided() {
        const page = createPage();
        const section = page.reportsSection;
        mouseClick(findChild(section.filter, "segment_resolved"));
        compare(section.reports.status, "resolved");
        tryCompare(section.reports, "count", 2);
        // Newest decision first: Nadia's dismissal (26 h ago), then Sam's removal (48 h ago).
        section.list.forceLayout();
        compare(section.list.itemAtIndex(0).reportId, fixture.banterReport);

        const dismissed = cardOf(section.list, fixture.banterReport);
        verify(textOf(dismissed, "resolution").startsWith("Dismissed by Nadia Osei, "),
               textOf(dismissed, "resolution"));
        compare(textOf(dismissed, "resolutionNote"), "Note: It is a club run, not spam.");
        compare(textOf(dismissed, "reportHeadline"), "Maren Holt reported a post");
        verify(!shown(dismissed, "removeButton"), "a resolved report is not resolved again");
        verify(!shown(dismissed, "dismissButton"));
        verify(shown(dismissed, "openThreadButton"));

        const removed = cardOf(section.list, fixture.spamReport);
        verify(textOf(removed, "resolution").startsWith("Removed by Sam Rivera, "),
               textOf(removed, "resolution"));
        compare(textOf(removed, "resolutionNote"), "Note: Spam link");
        // The comment is gone from every cache; the report still says where it was.
        verify(!shown(removed, "quotedText"));
        verify(shown(removed, "contentGone"));
        compare(textOf(removed, "contentGone"), "The comment was removed for everyone.");
        compare(textOf(removed, "quotedAuthor"),
                "Unknown author, in a comment on “Anyone up for hill reps on Thursday before work?”");

        // The badge still counts the open ones.
        compare(section.reports.openCount, 2);
        mouseClick(findChild(section.filter, "segment_open"));
        tryCompare(section.reports, "count", 2);
    }

    function test_removeAsksANoteAndQueuesReportResolve() {
        const page = createPage();
        const section = page.reportsSection;
        const dialog = section.resolveDialog;
        mouseClick(findChild(cardOf(section.list, fixture.rudeReport), "removeButton"));
        tryCompare(dialog, "opened", true);
        verify(page.dialogOpen);
        compare(dialog.title, "Remove this comment?");
        compare(dialog.message, "The comment by June Park is taken down for everyone in Ridgeback Trail Club. The report is kept, with your note, for the other organizers.");
        verify(dialog.reasonField.activeFocus);
        // Escape changes nothing.
        keyClick(Qt.Key_Escape);
        tryCompare(dialog, "opened", false);
        testSupport.waitForWrites();
        compare(testSupport.outbox().length, 0);

        mouseClick(findChild(cardOf(section.list, fixture.rudeReport), "removeButton"));
        tryCompare(dialog, "opened", true);
        keyClick(Qt.Key_S);
        keyClick(Qt.Key_E);
        keyClick(Qt.Key_C);
        compare(dialog.reasonField.text, "sec");
        dialog.reasonField.text = "Second warning this month";
        mouseClick(findChild(dialog, "confirmButton"));
        tryCompare(dialog, "opened", false);
        const queued = lastQueued();
        compare(queued.name, "report.resolve");
        compare(queued.args.id, fixture.rudeReport);
        compare(queued.args.action, "remove");
        compare(queued.args.note, "Second warning this month");

        // Pending on the report, which offers nothing else meanwhile and stays open.
        const card = cardOf(section.list, fixture.rudeReport);
        tryCompare(findChild(card, "decisionText"), "text", "Removal waiting to be sent");
        verify(findChild(card, "decisionNote").visible);
        verify(!findChild(card, "removeButton").enabled);
        verify(!findChild(card, "dismissButton").enabled);
        compare(section.reports.openCount, 2);
    }

    function test_dismissQueuesReportResolveAndARefusalShowsWhy() {
        const page = createPage();
        const section = page.reportsSection;
        const dialog = section.resolveDialog;
        mouseClick(findChild(cardOf(section.list, fixture.hillReport), "dismissButton"));
        tryCompare(dialog, "opened", true);
        compare(dialog.title, "Dismiss this report?");
        compare(dialog.message, "The post by Maren Holt stays up. The report is kept as dismissed.");
        compare(dialog.reasonLabel, "Note (optional)");
        // Without a note: Ctrl+Enter confirms.
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        tryCompare(dialog, "opened", false);
        const queued = lastQueued();
        compare(queued.name, "report.resolve");
        compare(queued.args.id, fixture.hillReport);
        compare(queued.args.action, "dismiss");
        verify(queued.args.note === undefined || queued.args.note === "", JSON.stringify(queued.args));
        tryCompare(findChild(cardOf(section.list, fixture.hillReport), "decisionText"), "text",
                   "Dismissal waiting to be sent");

        // Another organizer resolved it first: hearthd says so, and it may be let go.
        testSupport.refuse(queued.id, "conflict", "report is not open");
        const card = cardOf(section.list, fixture.hillReport);
        tryCompare(findChild(card, "decisionText"), "text",
                   "Dismissal refused by the server: report is not open");
        verify(findChild(card, "dismissDecision").visible);
        verify(findChild(card, "dismissButton").enabled, "refused: it may be tried again");
        mouseClick(findChild(card, "dismissDecision"));
        testSupport.waitForWrites();
        tryCompare(findChild(cardOf(section.list, fixture.hillReport), "decisionNote"), "visible", false);
        compare(testSupport.outbox().length, 0);
    }

    function test_openThreadIsForwardedByThePage() {
        const page = createPage();
        const card = cardOf(page.reportsSection.list, fixture.rudeReport);
        mouseClick(findChild(card, "openThreadButton"));
        compare(threadSpy.count, 1);
        compare(threadSpy.signalArguments[0][0], fixture.hillPost);
        // Enter on the focused report opens it too.
        page.reportsSection.focusFirst();
        verify(page.reportsSection.list.activeFocus);
        keyClick(Qt.Key_Return);
        compare(threadSpy.count, 2);
    }

    function test_tabReachesEveryActionWithVisibleFocus() {
        const page = createPage();
        const section = page.reportsSection;
        page.showSection("members");
        page.focusNavigation();
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        compare(page.section, "reports");
        keyClick(Qt.Key_Return);
        verify(section.list.activeFocus);
        verify(section.list.itemAtIndex(0).highlighted, "the focused report is drawn so");
        const card = section.list.itemAtIndex(0);
        const wanted = ["openThreadButton", "dismissButton", "removeButton"];
        const reached = [];
        for (let i = 0; i < 12 && reached.length < wanted.length; ++i) {
            keyClick(Qt.Key_Tab);
            const focused = testCase.Window.activeFocusItem;
            if (focused && wanted.indexOf(focused.objectName) >= 0 && reached.indexOf(focused.objectName) < 0) {
                verify(focused.visualFocus, focused.objectName + " shows its focus");
                reached.push(focused.objectName);
            }
        }
        compare(reached.sort(), wanted.slice().sort());
        // The filter is reached too, and Right chooses the resolved reports.
        const open = findChild(section.filter, "segment_open");
        open.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Right);
        compare(section.reports.status, "resolved");
        verify(card !== null);
    }

    function test_noOpenReportsSaysSo() {
        // Where Sam organizes nothing was reported: the makers (as if Sam moderated there).
        const page = createTemporaryObject(manageComponent, testCase,
                                           { communityId: fixture.makers, communityName: "Wrenfield Makers" });
        verify(page !== null);
        page.showSection("reports");
        compare(page.reportsSection.reports.count, 0);
        const empty = findChild(page.reportsSection, "reportsEmpty");
        tryVerify(() => empty.visible);
        compare(findChild(empty, "emptyTitle").text, "No open reports");
        page.navigation.forceLayout();
        compare(page.navigation.itemAtIndex(2).Accessible.name, "Reports");
    }
}
