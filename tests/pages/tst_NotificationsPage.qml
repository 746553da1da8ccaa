import QtQuick
import QtTest
import Hearth.Ui

// The member's notifications over a realistic cache: each kind worded, unread ones marked and
// counted, opening one marks it read (the outbox row) and says where it leads (the thread, the
// event, the community), a vanished target says so, and "Mark all as read" clears them.
TestCase {
    id: testCase
    name: "NotificationsPage"
    when: windowShown
    width: 900
    height: 800
    visible: true

    Component {
        id: notificationsComponent

        NotificationsPage {
            width: testCase.width
            height: testCase.height
            store: testStore
            backLabel: "Wrenfield Makers"
        }
    }

    SignalSpy {
        id: openedSpy
        signalName: "targetOpened"
    }

    function init() {
        testSupport.discardOutbox();
    }

    function createPage() {
        const page = createTemporaryObject(notificationsComponent, testCase);
        verify(page !== null);
        openedSpy.clear();
        openedSpy.target = page;
        tryCompare(page.notifications, "count", 5);
        return page;
    }

    function row(page, index) {
        page.list.positionViewAtIndex(index, ListView.Contain);
        page.list.forceLayout();
        const item = page.list.itemAtIndex(index);
        verify(item !== null, "a row at " + index);
        return item;
    }

    function plain(text) {
        return text.replace(/<[^>]*>/g, "");
    }

    function test_everyKindIsWorded() {
        const page = createPage();
        compare(findChild(page, "pageSubtitle").text, "3 unread");
        const reply = row(page, 0);
        compare(reply.kind, "reply");
        compare(plain(findChild(reply, "notificationHeadline").text), "Maren Holt replied to you in Wrenfield Makers");
        compare(findChild(reply, "notificationExcerpt").text, "Compress the base twice, and dry it upside down.");
        compare(findChild(reply, "notificationTime").text, "20 min ago");
        verify(findChild(reply, "unreadDot").color !== Qt.rgba(0, 0, 0, 0));
        compare(plain(findChild(row(page, 1), "notificationHeadline").text), "Ada Whitfield mentioned you in Wrenfield Makers");
        const reminder = row(page, 2);
        compare(plain(findChild(reminder, "notificationHeadline").text), "Starting soon: Tuesday hills — reservoir lane");
        compare(findChild(reminder, "notificationExcerpt").text, "Within the next day, in Ridgeback Trail Club");
        const join = row(page, 3);
        compare(plain(findChild(join, "notificationHeadline").text), "Lottie Farrow asked to join Wrenfield Makers");
        verify(join.read);
        verify(join.Accessible.name.indexOf("Unread") < 0);
        verify(reply.Accessible.name.indexOf("Unread: ") === 0);
    }

    Component {
        id: decisionComponent

        NotificationDelegate {
            index: 0
            notificationId: "n-denied"
            kind: "join_denied"
            communityId: fixture.makers
            communityName: "Wrenfield Makers"
            actorName: "Maren Holt"
            targetType: "community"
            targetId: fixture.makers
            createdAt: new Date()
            read: false
            width: 600
        }
    }

    // A declined request says the organizer's reason when one was given, and otherwise points to
    // Discover (hearthd sends the community's name as the text then).
    function test_aDeclinedRequestSaysWhy() {
        const withReason = createTemporaryObject(decisionComponent, testCase,
                                                 { model: { text: "We are full until the spring intake." } });
        verify(withReason !== null);
        compare(findChild(withReason, "notificationExcerpt").text, "Why: We are full until the spring intake.");
        const without = createTemporaryObject(decisionComponent, testCase,
                                              { model: { text: "Wrenfield Makers" } });
        compare(findChild(without, "notificationExcerpt").text, "Discover has other communities you can join");
    }

    function test_openingAReplyMarksItReadAndOpensTheThread() {
        const page = createPage();
        mouseClick(row(page, 0));
        compare(openedSpy.count, 1);
        const target = openedSpy.signalArguments[0][0];
        compare(target.kind, "thread");
        compare(target.communityId, fixture.makers);
        compare(target.post.postId, fixture.myPost);
        compare(target.post.title, "First bowl: why did it crack?");
        compare(target.post.authorName, "Sam Rivera");
        testSupport.waitForWrites();
        const rows = testSupport.outbox();
        compare(rows.length, 1);
        compare(rows[0].name, "notification.markRead");
        compare(rows[0].args.ids, [fixture.replyNotification]);
        tryCompare(page.notifications, "unreadCount", 2);
        verify(row(page, 0).read);
        compare(findChild(page, "pageSubtitle").text, "2 unread");
    }

    function test_anEventReminderAndAJoinRequestOpenTheirPages() {
        const page = createPage();
        // By keyboard: into the list, down to the reminder, Enter.
        page.focusList();
        verify(page.list.activeFocus);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        compare(openedSpy.count, 1);
        compare(openedSpy.signalArguments[0][0].kind, "event");
        compare(openedSpy.signalArguments[0][0].eventId, fixture.hills);

        mouseClick(row(page, 3));
        compare(openedSpy.count, 2);
        compare(openedSpy.signalArguments[1][0].kind, "community");
        compare(openedSpy.signalArguments[1][0].communityId, fixture.makers);
        testSupport.waitForWrites();
        compare(testSupport.outbox().length, 1, "a read one queues nothing");
    }

    function test_aVanishedTargetSaysSo() {
        const page = createPage();
        mouseClick(row(page, 4));
        compare(openedSpy.count, 0);
        verify(findChild(page, "missingTarget").visible);
        compare(findChild(page, "missingTargetText").text,
                "That post is no longer here: it was deleted, or you left its community.");
    }

    function test_markAllAsReadAndTheUnreadFilter() {
        const page = createPage();
        mouseClick(findChild(page, "segment_unread"));
        tryCompare(page.notifications, "count", 3);
        mouseClick(findChild(page, "markAllRead"));
        testSupport.waitForWrites();
        const rows = testSupport.outbox();
        compare(rows.length, 1);
        compare(rows[0].name, "notification.markRead");
        compare(rows[0].args.all, true);
        tryCompare(page.notifications, "unreadCount", 0);
        tryCompare(page.notifications, "count", 0);
        compare(findChild(page, "pageSubtitle").text, "You are all caught up");
        verify(!findChild(page, "markAllRead").enabled);
        verify(findChild(page, "notificationsEmptyState").visible);
        compare(findChild(page, "notificationsEmptyText").text, "Nothing unread");
    }
}
