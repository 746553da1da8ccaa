import QtQuick
import QtQml.Models
import QtTest
import Hearth.Models
import Hearth.Ui

// The member's side of re-acceptance over this file's cache: Glaze Guild's organizers changed
// its guidelines and required every member to accept them again, after I last did. Its feed
// shows the new guidelines where the composer was, says posting waits for my acceptance, and
// Accept queues membership.acceptGuidelines with the digest of the text shown; the composer
// then comes back at once (optimistically, as hearthd will answer).
TestCase {
    id: testCase
    name: "GuidelinesAccept"
    when: windowShown
    width: 900
    height: 700
    visible: true

    readonly property string rules: "## Be kind\n\nCredit the maker. **No selling.**"

    CommunityListModel {
        id: communities
        store: testStore
        joinedOnly: true
    }

    // What the rail does: each community's row publishes its roles to the page.
    Instantiator {
        id: rows
        model: communities
        delegate: QtObject {
            required property string communityId
            required property bool mustAcceptGuidelines
        }
    }

    function rowOf(id) {
        for (let i = 0; i < rows.count; ++i)
            if (rows.objectAt(i).communityId === id)
                return rows.objectAt(i);
        return null;
    }

    Component {
        id: feedPageComponent

        FeedPage {
            id: page
            property int row: -1
            width: testCase.width
            height: testCase.height
            store: testStore
            communityName: "Glaze Guild"
            authorName: "Mara Quinn"
            onGuidelinesAcceptRequested: communities.acceptGuidelines(communityId)
        }
    }

    function roleOf(id, role) {
        const row = communities.indexOf(id);
        return row < 0 ? undefined : communities.data(communities.index(row, 0), role);
    }

    function test_acceptingTheUpdatedGuidelines() {
        const id = testFixture.addCommunityNeedingAcceptance(testCase.rules);
        tryVerify(() => communities.indexOf(id) >= 0);
        const mustRole = CommunityListModel.MustAcceptGuidelinesRole;
        compare(roleOf(id, mustRole), true, "the cache knows I must accept");
        // Another community without such a change asks nothing.
        compare(roleOf(testCommunityId, mustRole), false);

        tryVerify(() => rowOf(id) !== null);
        const page = createTemporaryObject(feedPageComponent, testCase, {
            communityId: id,
            guidelines: testCase.rules,
            mustAcceptGuidelines: Qt.binding(() => rowOf(id) !== null && rowOf(id).mustAcceptGuidelines)
        });
        verify(page !== null);
        const panel = page.guidelinesPanel;
        verify(panel.visible, "the updated guidelines are shown above the feed");
        verify(!page.composer.visible, "no composer while posting would be refused");
        const title = findChild(panel, "guidelinesPanelTitle");
        compare(title.text, "Accept the updated guidelines to post");
        const text = findChild(panel, "guidelinesPanelText");
        verify(text.text.indexOf("No selling.") >= 0, "the guidelines are the text the organizers wrote");

        // Keyboard: the new-post shortcut's focus lands on Accept; Enter accepts.
        page.focusComposer();
        verify(panel.acceptButton.activeFocus);
        keyClick(Qt.Key_Return);
        testFixture.waitForWrites();
        const outbox = testFixture.outbox();
        const last = outbox[outbox.length - 1];
        compare(last.name, "membership.acceptGuidelines");
        compare(last.args.communityId, id);
        compare(last.args.digest, testFixture.guidelinesDigest(testCase.rules));
        compare(last.state, "pending");

        tryVerify(() => roleOf(id, mustRole) === false, 5000, "accepted at once, in the cache");
        tryVerify(() => page.composer.visible);
        verify(!panel.visible);
    }
}
