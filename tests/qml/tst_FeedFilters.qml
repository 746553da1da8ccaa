import QtQuick
import QtTest
import Hearth.Models
import Hearth.Ui

// The feed's filters over this file's cache: Ridge Runners' organizers set four topics and
// three older posts carry one each, the oldest with a reply a minute ago. The chips show one
// topic or all (by mouse and keyboard), a topic with no post says so and offers the rest, and
// "Most active" brings the freshly discussed post up.
TestCase {
    id: testCase
    name: "FeedFilters"
    when: windowShown
    width: 900
    height: 800
    visible: true

    Component {
        id: feedPageComponent

        FeedPage {
            width: testCase.width
            height: testCase.height
            store: testStore
            communityId: testCommunityId
            communityName: "Ridge Runners"
            authorName: "Mara Quinn"
        }
    }

    function initTestCase() {
        testFixture.addTopicalPosts();
    }

    function createPage() {
        const page = createTemporaryObject(feedPageComponent, testCase);
        verify(page !== null, "FeedPage loads");
        tryVerify(() => page.postCount >= 8);
        waitForRendering(page);
        return page;
    }

    function titles(page) {
        const out = [];
        for (let i = 0; i < page.postCount; ++i) {
            page.listView.positionViewAtIndex(i, ListView.Contain);
            page.listView.forceLayout();
            out.push(page.listView.itemAtIndex(i).title);
        }
        page.listView.positionViewAtBeginning();
        return out;
    }

    function test_topicChipsShowOneTopicOrAll() {
        const page = createPage();
        compare(page.feedModel.topics, ["routes", "gear", "races", "trail-work"]);
        const all = findChild(page, "topicAll");
        verify(all.visible && all.selected);
        const everything = page.postCount;

        mouseClick(findChild(page, "topic_gear"));
        tryCompare(page, "postCount", 1);
        compare(titles(page), ["Waterproof jackets?"]);
        verify(findChild(page, "topic_gear").selected);
        verify(!all.selected);

        // Picking the topic in force again shows every topic.
        mouseClick(findChild(page, "topic_gear"));
        tryCompare(page, "postCount", everything);
        verify(all.selected);

        // By keyboard: Space on a chip.
        const routes = findChild(page, "topic_routes");
        routes.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        tryCompare(page, "postCount", 1);
        compare(titles(page), ["Quarry loop, GPX inside"]);
        keyClick(Qt.Key_Backtab);
        verify(findChild(page, "topicAll").activeFocus);
        keyClick(Qt.Key_Space);
        tryCompare(page, "postCount", everything);
    }

    // The composer files a post under one of the community's topics; with the feed showing one
    // topic, a new post starts under it.
    function test_theComposerFilesAPostUnderATopic() {
        const page = createPage();
        const composer = findChild(page, "composer");
        composer.focusBody();
        verify(findChild(composer, "composerTopics").visible);
        verify(findChild(composer, "composerTopic_none").selected);
        waitForRendering(composer);
        mouseClick(findChild(composer, "composerTopic_gear"));
        compare(composer.topic, "gear");
        verify(findChild(composer, "composerTopic_gear").selected);
        composer.setText("", "Shoes for the mud season?");
        composer.submit();
        testFixture.waitForWrites();
        const rows = testFixture.outbox().filter(row => row.name === "post.create");
        verify(rows.length > 0, "the post was queued");
        const queued = rows[rows.length - 1];
        compare(queued.args.topic, "gear");
        compare(queued.args.body, "Shoes for the mud season?");
        testStore.discardMutation(queued.id);
        testFixture.waitForWrites();
        compare(composer.topic, "", "a new draft starts without a topic");

        mouseClick(findChild(page, "topic_routes"));
        compare(composer.topic, "routes");
        composer.focusBody();
        verify(findChild(composer, "composerTopic_routes").selected);
        // By keyboard: Space on a topic chip.
        findChild(composer, "composerTopic_races").forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        compare(composer.topic, "races");
        mouseClick(findChild(composer, "composerTopic_none"));
        compare(composer.topic, "");
        composer.handleEscape();
        compare(composer.topic, "routes", "folded away, the draft forgets the choice");
        mouseClick(findChild(page, "topicAll"));
        compare(composer.topic, "");
    }

    function test_aTopicWithoutPostsSaysSoAndOffersTheRest() {
        const page = createPage();
        mouseClick(findChild(page, "topic_trail-work"));
        tryCompare(page, "postCount", 0);
        const empty = findChild(page, "emptyState");
        verify(empty.visible);
        compare(empty.title, "Nothing about trail-work yet");
        compare(empty.actionText, "Show all topics");
        empty.actionTriggered();
        tryVerify(() => page.postCount >= 8);
        verify(!empty.visible);
    }

    function test_mostActiveBringsAFreshDiscussionUp() {
        const page = createPage();
        const newestFirst = titles(page);
        compare(newestFirst[0], "Saturday long run: Ridge loop");
        compare(newestFirst[newestFirst.length - 1], "Hill race in May", "the oldest post is last by time");

        const sort = findChild(page, "sortSwitch");
        mouseClick(sort.buttonAt(1));
        compare(page.feedModel.sortOrder, FeedModel.Activity);
        tryVerify(() => titles(page)[0] === "Hill race in May", 3000, "replied to a minute ago");

        // Left goes back to newest first.
        sort.buttonAt(1).forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Left);
        compare(page.feedModel.sortOrder, FeedModel.Newest);
        tryVerify(() => titles(page)[0] === "Saturday long run: Ridge loop");
    }

    function test_switchingCommunityShowsAllTopicsAgain() {
        const page = createPage();
        mouseClick(findChild(page, "topic_races"));
        tryCompare(page, "postCount", 1);
        page.communityId = testSecondCommunityId;
        compare(page.feedModel.topic, "");
        compare(page.feedModel.topics, []);
        verify(!findChild(page, "topicAll").visible, "a community without topics shows no chips");
        page.communityId = testCommunityId;
        tryVerify(() => page.postCount >= 8);
    }
}
