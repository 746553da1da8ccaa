import QtQuick
import QtTest
import Hearth.Ui

// The organizer's Manage pane over a realistic cache in which Sam moderates the trail club (and
// is a plain member of the makers): who is listed with which facts, the filters, which actions
// a moderator is offered on whom (and an owner, and a member: none), the mutation each action
// queues, a refusal from the server shown on the member with its reason, the requests with the
// applicant's profile and the seats left, and the pane's entry in the window (header button,
// Ctrl+Shift+M) only where Sam organizes.
TestCase {
    id: testCase
    name: "ManagePage"
    when: windowShown
    width: 1200
    height: 800
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

    Component {
        id: homeComponent

        HomePage {
            width: testCase.width
            height: testCase.height
            store: testStore
            displayName: "Sam Rivera"
            handle: "demo"
            syncStatus: SyncStatusPill.State.Online
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    function init() {
        testSupport.discardOutbox();
    }

    function createPage(properties) {
        wait(0);
        const page = createTemporaryObject(manageComponent, testCase, properties || {});
        verify(page !== null);
        tryCompare(page.membersSection.members, "count", 6);
        return page;
    }

    function rowOf(page, list, userId) {
        list.forceLayout();
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain);
            list.forceLayout();
            const item = list.itemAtIndex(i);
            if (item && item.userId === userId)
                return item;
        }
        return null;
    }

    function shown(row, name) {
        const item = findChild(row, name);
        verify(item !== null, name);
        return item.visible;
    }

    function lastQueued() {
        testSupport.waitForWrites();
        const rows = testSupport.outbox();
        verify(rows.length > 0, "something was queued");
        return rows[rows.length - 1];
    }

    function test_membersWithTheirFactsAndFilters() {
        const page = createPage();
        const list = page.membersSection.list;
        const names = [];
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain);
            list.forceLayout();
            names.push(list.itemAtIndex(i).displayName);
        }
        compare(names, ["Nadia Osei", "Sam Rivera", "June Park", "Maren Holt", "Ravi Okafor", "Tobias Wren"]);
        const maren = rowOf(page, list, fixture.maren);
        verify(findChild(maren, "memberFacts").text.indexOf("· 1 post") > 0, findChild(maren, "memberFacts").text);
        compare(findChild(rowOf(page, list, fixture.ravi), "memberState").text, "Asking to join");
        verify(findChild(rowOf(page, list, fixture.ravi), "memberFacts").text.startsWith("Asked on "));
        compare(findChild(rowOf(page, list, fixture.tom), "memberState").text, "Banned");

        const members = page.membersSection.members;
        mouseClick(findChild(findChild(page.membersSection, "stateFilter"), "segment_banned"));
        tryCompare(members, "count", 1);
        compare(rowOf(page, list, fixture.tom).displayName, "Tobias Wren");
        mouseClick(findChild(findChild(page.membersSection, "stateFilter"), "segment_pending"));
        tryCompare(members, "count", 1);
        compare(rowOf(page, list, fixture.ravi).displayName, "Ravi Okafor");
        mouseClick(findChild(findChild(page.membersSection, "stateFilter"), "segment_active"));
        mouseClick(findChild(findChild(page.membersSection, "roleFilter"), "segment_moderator"));
        tryCompare(members, "count", 1);
        verify(rowOf(page, list, fixture.me).isMe);
        // Search within the filters; nothing matching says so and offers a way back.
        page.membersSection.searchField.text = "zzz";
        tryCompare(members, "count", 0);
        const empty = findChild(page.membersSection, "adminMembersEmpty");
        tryVerify(() => empty.visible, 2000, "the empty state shows (list count " + list.count + ")");
        compare(findChild(empty, "emptyTitle").text, "Nobody called “zzz” here");
        empty.actionTriggered();
        tryCompare(members, "count", 6);
        compare(page.membersSection.searchField.text, "");
    }

    function test_aModeratorIsOfferedOnlyWhatTheServerAllows() {
        // As in the window: the pane exists before my membership is known, then learns it.
        const page = createPage({ myRole: "", myState: "" });
        verify(!page.rights.isOrganizer);
        const before = rowOf(page, page.membersSection.list, fixture.maren);
        verify(!shown(before, "removeButton"));
        page.myRole = "moderator";
        page.myState = "active";
        const list = page.membersSection.list;
        const owner = rowOf(page, list, fixture.nadia);
        const me = rowOf(page, list, fixture.me);
        const member = rowOf(page, list, fixture.maren);
        for (const row of [owner, me]) {
            verify(!shown(row, "removeButton"), row.displayName);
            verify(!shown(row, "banButton"), row.displayName);
            verify(!shown(row, "roleButton"), row.displayName);
        }
        verify(shown(member, "removeButton"));
        verify(shown(member, "banButton"));
        verify(!shown(member, "roleButton"), "only owners change roles");
        verify(shown(rowOf(page, list, fixture.tom), "unbanButton"));
        verify(!shown(rowOf(page, list, fixture.tom), "banButton"));
        verify(shown(rowOf(page, list, fixture.ravi), "approveButton"));
        verify(shown(rowOf(page, list, fixture.ravi), "denyButton"));
    }

    function test_anOwnerChangesRolesAndAMemberGetsNoPane() {
        const page = createPage({ myRole: "owner" });
        const list = page.membersSection.list;
        verify(shown(rowOf(page, list, fixture.maren), "roleButton"));
        verify(!shown(rowOf(page, list, fixture.me), "roleButton"), "not on myself");
        mouseClick(findChild(rowOf(page, list, fixture.maren), "roleButton"));
        const menu = page.membersSection.roleMenu;
        tryCompare(menu, "opened", true);
        const makeModerator = findChild(menu.contentItem, "makeModerator") || menu.itemAt(1);
        makeModerator.triggered();
        const queued = lastQueued();
        compare(queued.name, "membership.setRole");
        compare(queued.args.userId, fixture.maren);
        compare(queued.args.role, "moderator");
        compare(queued.args.communityId, fixture.trail);

        // Demoted while the pane is open: nothing is offered any more.
        page.myRole = "member";
        verify(!page.rights.isOrganizer);
        verify(findChild(page, "notOrganizerState").visible);
        verify(!shown(rowOf(page, list, fixture.maren), "removeButton"));
        verify(!shown(rowOf(page, list, fixture.ravi), "approveButton"));
    }

    function test_banAsksAReasonAndQueuesIt() {
        const page = createPage();
        const list = page.membersSection.list;
        mouseClick(findChild(rowOf(page, list, fixture.maren), "banButton"));
        const dialog = page.membersSection.reasonDialog;
        tryCompare(dialog, "opened", true);
        compare(dialog.title, "Ban Maren Holt?");
        verify(dialog.reasonField.activeFocus);
        keyClick(Qt.Key_S);
        keyClick(Qt.Key_P);
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_M);
        // Too long a reason is said and cannot be sent; nothing typed is lost.
        dialog.reasonField.text = "x".repeat(501);
        verify(!findChild(dialog, "confirmButton").enabled);
        compare(findChild(dialog, "reasonCount").text, "1 characters too long (at most 500)");
        dialog.reasonField.text = "spam";
        mouseClick(findChild(dialog, "confirmButton"));
        tryCompare(dialog, "opened", false);
        const queued = lastQueued();
        compare(queued.name, "membership.ban");
        compare(queued.args.userId, fixture.maren);
        compare(queued.args.reason, "spam");
        // Shown waiting on the member, who is offered nothing else meanwhile.
        const row = rowOf(page, list, fixture.maren);
        tryCompare(findChild(row, "decisionText"), "text", "Ban waiting to be sent");
        verify(findChild(row, "decisionNote").visible);
        verify(!findChild(row, "banButton").enabled);
    }

    function test_removeAndCancelChangeNothingUntilConfirmed() {
        const page = createPage();
        const list = page.membersSection.list;
        mouseClick(findChild(rowOf(page, list, fixture.june), "removeButton"));
        const dialog = page.membersSection.reasonDialog;
        tryCompare(dialog, "opened", true);
        compare(dialog.title, "Remove June Park?");
        keyClick(Qt.Key_Escape);
        tryCompare(dialog, "opened", false);
        testSupport.waitForWrites();
        compare(testSupport.outbox().length, 0);

        mouseClick(findChild(rowOf(page, list, fixture.june), "removeButton"));
        tryCompare(dialog, "opened", true);
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        tryCompare(dialog, "opened", false);
        const queued = lastQueued();
        compare(queued.name, "membership.remove");
        compare(queued.args.userId, fixture.june);
        compare(queued.args.reason, undefined);

        mouseClick(findChild(rowOf(page, list, fixture.tom), "unbanButton"));
        compare(lastQueued().name, "membership.unban");
        compare(lastQueued().args.userId, fixture.tom);
    }

    function test_aRefusalShowsTheServersReason() {
        const page = createPage();
        const list = page.membersSection.list;
        mouseClick(findChild(rowOf(page, list, fixture.tom), "unbanButton"));
        const queued = lastQueued();
        compare(queued.name, "membership.unban");
        testSupport.refuse(queued.id, "forbidden", "only owners and moderators can do this");
        const row = rowOf(page, list, fixture.tom);
        tryCompare(findChild(row, "decisionText"), "text",
                   "Unban refused by the server: only owners and moderators can do this");
        verify(findChild(row, "dismissDecision").visible);
        verify(findChild(row, "unbanButton").enabled, "refused: it may be tried again");
        mouseClick(findChild(row, "dismissDecision"));
        testSupport.waitForWrites();
        tryCompare(findChild(rowOf(page, list, fixture.tom), "decisionNote"), "visible", false);
        compare(testSupport.outbox().length, 0);
    }

    function test_requestsWithTheApplicantsProfileAndSeats() {
        const page = createPage();
        page.navigation.forceLayout();
        const requestsEntry = page.navigation.itemAtIndex(1);
        compare(requestsEntry.objectName, "nav_requests");
        compare(requestsEntry.Accessible.name, "Requests, 1");
        mouseClick(requestsEntry);
        compare(page.section, "requests");
        const section = page.requestsSection;
        verify(section.visible);
        tryCompare(section.requests, "count", 1);
        const card = rowOf(page, section.list, fixture.ravi);
        compare(findChild(card, "applicantName").text, "Ravi Okafor");
        compare(findChild(card, "applicantBio").text, "Green woodworker, spoon carving teacher.");
        compare(findChild(section, "seatsLine").text, "18 of 250 seats taken, 232 left.");

        // Denying asks for an optional reason that the applicant is told.
        mouseClick(findChild(card, "denyButton"));
        tryCompare(section.denyDialog, "opened", true);
        verify(section.denyDialog.reasonField.visible);
        section.denyDialog.reasonField.text = "  We meet on weekdays only, sorry.  ";
        mouseClick(findChild(section.denyDialog, "confirmButton"));
        compare(lastQueued().name, "membership.deny");
        compare(lastQueued().args.reason, "We meet on weekdays only, sorry.");
        testSupport.discardOutbox();

        mouseClick(findChild(rowOf(page, section.list, fixture.ravi), "approveButton"));
        const queued = lastQueued();
        compare(queued.name, "membership.approve");
        compare(queued.args.userId, fixture.ravi);
        compare(queued.args.communityId, fixture.trail);
        tryCompare(findChild(rowOf(page, section.list, fixture.ravi), "decisionText"), "text",
                   "Approval waiting to be sent");
    }

    function test_theSubNavigationByKeyboard() {
        const page = createPage();
        page.focusNavigation();
        verify(page.navigation.activeFocus);
        keyClick(Qt.Key_Down);
        compare(page.section, "requests");
        keyClick(Qt.Key_Return);
        verify(page.requestsSection.list.activeFocus);
        page.focusNavigation();
        keyClick(Qt.Key_Up);
        compare(page.section, "members");
        keyClick(Qt.Key_Right);
        verify(page.membersSection.searchField.activeFocus);
    }

    SignalSpy {
        id: auditAsked
        target: testStore
        signalName: "auditRequested"
    }

    // The audit log is fetched when its section opens and kept: each entry a sentence with its
    // reason and time, filters by person and action, a member's entry opening their profile.
    function test_auditLogSaysWhoDidWhat() {
        const page = createPage();
        auditAsked.clear();
        page.showSection("audit");
        compare(auditAsked.count, 1);
        compare(auditAsked.signalArguments[0][0], fixture.trail);
        const section = page.auditSection;
        verify(section.audit.loading);
        compare(findChild(section, "auditFetched").text, "Getting the latest from the server…");

        const now = Date.now();
        testSupport.fetchedAudit(fixture.trail, [
            { id: "a2", communityId: fixture.trail, action: "membership.ban", actorId: fixture.me,
              targetId: fixture.tom, reason: "selling in every thread", createdAt: now - 60000 },
            { id: "a1", communityId: fixture.trail, action: "event.cancel", actorId: fixture.nadia,
              targetId: fixture.hills, reason: "ice on the lane", createdAt: now - 3600000 }
        ], now);
        tryCompare(section.list, "count", 2);
        verify(!section.audit.loading);
        verify(findChild(section, "auditFetched").text.startsWith("Newest first, as of "));
        section.list.forceLayout();
        const ban = section.list.itemAtIndex(0);
        compare(findChild(ban, "auditSummary").text, "Sam Rivera banned Tobias Wren");
        compare(findChild(ban, "auditReason").text, "Why: selling in every thread");
        compare(findChild(section.list.itemAtIndex(1), "auditSummary").text,
                "Nadia Osei cancelled “Tuesday hills — reservoir lane”");

        mouseClick(findChild(section, "actorChip_" + fixture.nadia));
        tryCompare(section.list, "count", 1);
        mouseClick(findChild(section, "actorChip_all"));
        mouseClick(findChild(section, "actionChip_membership.ban"));
        tryCompare(section.list, "count", 1);
        mouseClick(findChild(section, "actionChip_all"));
        tryCompare(section.list, "count", 2);

        const opened = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "profileRequested" });
        section.focusFirst();
        verify(section.list.activeFocus);
        keyClick(Qt.Key_Return);
        compare(opened.count, 1);
        compare(opened.signalArguments[0][0], fixture.tom);
        const event = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "eventRequested" });
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        compare(event.count, 1);
        compare(event.signalArguments[0][0], fixture.hills);
    }

    SignalSpy {
        id: engagementAsked
        target: testStore
        signalName: "engagementRequested"
    }

    function test_engagementAnswersTheGroupsQuestions() {
        const page = createPage();
        engagementAsked.clear();
        page.showSection("engagement");
        compare(engagementAsked.count, 1);
        compare(engagementAsked.signalArguments[0][0], fixture.trail);
        const section = page.engagementSection;
        verify(section.figures.loading);
        verify(findChild(section, "engagementEmpty").visible);

        const now = Date.now();
        const week = 7 * 86400000;
        const weeks = [];
        for (let i = 0; i < 12; ++i)
            weeks.push({ start: now - (12 - i) * week, members: 20 + i, activeMembers: 5 + (i % 4), posts: i, comments: 2 * i });
        testSupport.fetchedEngagement(fixture.trail, {
            communityId: fixture.trail, generatedAt: now, weeks: weeks,
            topContributors: [{ userId: fixture.nadia, displayName: "Nadia", posts: 6, comments: 14 }],
            unansweredQuestions: [],
            membersNotSeen: [{ userId: fixture.tom, displayName: "Tom", lastSeenAt: 0 }],
            events: [{ eventId: fixture.hills, title: "Tuesday hills", startsAt: now + 86400000, capacity: 8,
                       cancelled: false, going: 8, waitlisted: 3, maybe: 1 }],
            questionsAsked: 4, questionsAnswered: 3, questionsAnsweredWithinDay: 2, medianFirstAnswerMs: 5400000
        }, now);
        tryVerify(() => section.figures.fetchedAt > 0 && !section.figures.loading);
        verify(!findChild(section, "engagementEmpty").visible);
        verify(findChild(section, "engagementFetched").text.startsWith("The last 12 weeks, as of "));
        compare(findChild(findChild(section, "tile_members"), "tileValue").text, "31");
        compare(findChild(findChild(section, "tile_active"), "tileValue").text, "8");
        compare(findChild(findChild(section, "tile_posts"), "tileValue").text, "66");
        compare(findChild(findChild(section, "tile_comments"), "tileValue").text, "132");
        compare(findChild(section, "questionsAnswered").text, "3 of 4 answered; 2 within a day (50%).");
        compare(findChild(section, "medianFirstAnswer").text, "A question waits 1 h 30 min for its first answer (median).");
        compare(findChild(findChild(section, "turnout_" + fixture.hills), "turnoutText").text.split(" · ").slice(1).join(" · "),
                "8 of 8 going · 3 waitlisted · 1 maybe");
        compare(findChild(findChild(section, "contributor_" + fixture.nadia), "personDetail").text, "6 posts · 14 comments");
        compare(findChild(findChild(section, "notSeen_" + fixture.tom), "personDetail").text, "Has not written here yet");

        // Say hello: a drafted post that mentions Tom, posted with Enter.
        const hello = findChild(findChild(section, "notSeen_" + fixture.tom), "personAction");
        hello.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        tryVerify(() => section.shoutOutDialog.opened);
        verify(section.shoutOutDialog.bodyField.text.indexOf("@tobias_wood") >= 0, section.shoutOutDialog.bodyField.text);
        keyClick(Qt.Key_Return);
        tryVerify(() => !section.shoutOutDialog.opened);
        const queued = lastQueued();
        compare(queued.name, "post.create");
        compare(queued.args.communityId, fixture.trail);
        compare(queued.args.title, "Hello, Tobias Wren!");
        verify(queued.args.body.indexOf("@tobias_wood") >= 0);
        verify(findChild(section, "shoutOutPosted").text.startsWith("Posted “Hello, Tobias Wren!”"));
    }

    function test_thePaneIsThereOnlyWhereIOrganize() {
        wait(0);
        const home = createTemporaryObject(homeComponent, testCase);
        verify(home !== null);
        tryCompare(home.rail, "count", 2);
        verify(home.selectCommunity(fixture.makers));
        verify(!home.canManage);
        verify(!findChild(home.feedPage, "manageButton").visible);
        keyClick(Qt.Key_M, Qt.ControlModifier | Qt.ShiftModifier);
        compare(home.view, "feed");

        verify(home.selectCommunity(fixture.trail));
        tryCompare(home, "canManage", true);
        verify(findChild(home.feedPage, "manageButton").visible);
        keyClick(Qt.Key_M, Qt.ControlModifier | Qt.ShiftModifier);
        compare(home.view, "manage");
        verify(home.managePage.visible);
        verify(home.managePage.navigation.activeFocus);
        compare(home.managePage.communityId, fixture.trail);
        keyClick(Qt.Key_Escape);
        compare(home.view, "feed");
        mouseClick(findChild(home.feedPage, "manageButton"));
        compare(home.view, "manage");
    }
}
