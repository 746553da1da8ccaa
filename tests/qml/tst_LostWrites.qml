import QtQuick
import QtTest
import Hearth.Ui

// No silent loss: a write the cache cannot store (here a reply to a post that a sync deleted in
// the same moment, which the cache's writer refuses) is shown to the member at once, with what
// was lost and a way to copy its text, instead of vanishing.
TestCase {
    id: testCase
    name: "LostWrites"
    when: windowShown
    width: 1100
    height: 760
    visible: true

    Component {
        id: homeComponent

        HomePage {
            width: testCase.width
            height: testCase.height
            store: testStore
            displayName: "Mara Quinn"
            handle: "mara"
            syncStatus: SyncStatusPill.State.Online
        }
    }

    function test_aReplyThatCannotBeStoredIsShownWithItsText() {
        const home = createTemporaryObject(homeComponent, testCase);
        tryCompare(home.rail, "count", 3);
        home.rail.selectIndex(home.rail.communities.indexOf(testCommunityId));
        const postId = "7d3c2a8e-0000-4000-8000-000000000102";
        home.openThread(postId);
        tryVerify(() => home.threadPage.found);
        home.threadPage.replyArea.text = "Trail shoes with 5 mm lugs, and patience.";
        const before = testFixture.outbox().length;

        // The post's deletion arrives by sync just as the member sends.
        testFixture.deletePostBySync(postId);
        home.threadPage.sendReply();

        const banner = home.lostWrites;
        tryCompare(banner, "count", 1);
        verify(banner.visible);
        const entry = findChild(banner, "lostWrite");
        compare(findChild(entry, "lostWriteTitle").text, "Your reply was not saved");
        verify(findChild(entry, "lostWriteReason").text.indexOf("cannot comment on unknown post") >= 0,
               findChild(entry, "lostWriteReason").text);
        compare(findChild(entry, "lostWriteText").text, "Trail shoes with 5 mm lugs, and patience.");
        compare(testFixture.outbox().length, before, "it is really not in the outbox: it will not be sent");

        mouseClick(findChild(entry, "copyLostText"));
        compare(Clipboard.text, "Trail shoes with 5 mm lugs, and patience.");
        mouseClick(findChild(entry, "dismissLostWrite"));
        tryCompare(banner, "count", 0);
        verify(!banner.visible);
    }
}
