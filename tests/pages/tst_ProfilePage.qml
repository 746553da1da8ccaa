import QtQuick
import QtTest
import Hearth.Ui

// A member's profile over a realistic cache: who they are, their showcase, the communities we
// share and their recent posts there (a post opens its thread); my own profile; an uncached one.
TestCase {
    id: testCase
    name: "ProfilePage"
    when: windowShown
    width: 1000
    height: 800
    visible: true

    Component {
        id: profileComponent

        ProfilePage {
            width: testCase.width
            height: testCase.height
            store: testStore
            backLabel: "Members"
        }
    }

    SignalSpy {
        id: postSpy
        signalName: "postOpened"
    }

    SignalSpy {
        id: closedSpy
        signalName: "closed"
    }

    SignalSpy {
        id: communitySpy
        signalName: "communityOpened"
    }

    function createProfile(userId) {
        const page = createTemporaryObject(profileComponent, testCase, {userId: userId});
        verify(page !== null);
        postSpy.clear();
        postSpy.target = page;
        closedSpy.clear();
        closedSpy.target = page;
        communitySpy.clear();
        communitySpy.target = page;
        return page;
    }

    // The items a Repeater made in `container` (the Repeater itself is a child too).
    function delegates(container) {
        const out = [];
        for (let i = 0; i < container.children.length; ++i) {
            if (container.children[i].delegate === undefined)
                out.push(container.children[i]);
        }
        return out;
    }

    function texts(item, objectName) {
        const out = [];
        const walk = node => {
            if (node.objectName === objectName && node.text !== undefined && node.visible)
                out.push(node.text);
            for (let i = 0; i < node.children.length; ++i)
                walk(node.children[i]);
        };
        walk(item);
        return out;
    }

    function test_showsWhoTheyAreAndWhatTheyMake() {
        const page = createProfile(fixture.maren);
        verify(page.profile.loaded);
        compare(findChild(page, "profileName").text, "Maren Holt");
        compare(findChild(page, "profileHandle").text, "@maren.clay");
        verify(findChild(page, "profileBio").text.indexOf("wood-fired stoneware") >= 0);
        verify(!findChild(page, "youBadge").visible);
        compare(findChild(page, "pageTitle").text, "Maren Holt");

        const interests = findChild(page, "interests");
        verify(interests.visible);
        compare(delegates(interests).map(chip => chip.text),
                ["stoneware", "wood firing", "glaze chemistry", "teaching"]);

        const links = delegates(findChild(page, "links"));
        compare(links.length, 2);
        compare(links[0].text, "Studio");
        compare(links[0].host, "tannerlanestudio.example");
        verify(links[0].enabled, "a web link can be opened");

        compare(texts(page, "showcaseTitle"), ["Ash-glazed mugs, autumn batch", "Large storage jars"]);
    }

    function test_sharedCommunitiesAndRecentPosts() {
        const page = createProfile(fixture.maren);
        const names = delegates(findChild(page, "sharedCommunities")).map(chip => chip.text);
        compare(names.sort(), ["Ridgeback Trail Club", "Wrenfield Makers"]);

        // Newest first, from both communities; an untitled post shows its words.
        tryCompare(page.recentPosts, "count", 3);
        compare(texts(page, "postHeadline"), ["Anyone up for hill reps on Thursday before work?",
                                             "Glaze recipes that behave",
                                             "Storage jars out of the kiln"]);
        verify(texts(page, "postMeta")[1].indexOf("Wrenfield Makers") === 0);
        verify(!findChild(page, "noRecentPosts").visible);

        // Opening one hands its community and the post, as the feed would, to the thread.
        const rows = delegates(findChild(page, "recentPostList"));
        page.scroller.reveal(rows[1]);
        waitForRendering(page);
        mouseClick(rows[1]);
        compare(postSpy.count, 1);
        compare(postSpy.signalArguments[0][0], fixture.makers);
        const post = postSpy.signalArguments[0][1];
        compare(post.postId, fixture.glazePost);
        compare(post.title, "Glaze recipes that behave");
        compare(post.authorName, "Maren Holt");
        compare(post.authorId, fixture.maren);
        compare(post.kind, "resource");
        compare(post.commentCount, 4);

        // By keyboard too.
        rows[0].forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Return);
        compare(postSpy.count, 2);
        compare(postSpy.signalArguments[1][0], fixture.trail);
    }

    function test_myOwnProfileIsMarkedAsMine() {
        const page = createProfile(fixture.me);
        compare(findChild(page, "pageTitle").text, "Your profile");
        compare(findChild(page, "pageSubtitle").text, "This is how other members see you");
        verify(findChild(page, "youBadge").visible);
        compare(findChild(page, "profileName").text, "Sam Rivera");
        tryCompare(page.recentPosts, "count", 1);
        compare(texts(page, "postHeadline"), ["First bowl: why did it crack?"]);
    }

    function test_aMemberWithoutABioOrPosts() {
        const page = createProfile(fixture.cal);
        compare(page.recentPosts.count, 0);
        verify(findChild(page, "noRecentPosts").visible);
        verify(findChild(page, "noRecentPosts").text.indexOf("Cal Mendes") >= 0);
        verify(!findChild(page, "interests").visible);
    }

    function test_anUncachedProfileSaysSo() {
        const page = createProfile("5a1e0000-0000-4000-8000-999999999999");
        verify(!page.profile.loaded);
        verify(findChild(page, "profileMissing").visible);
        verify(!page.scroller.visible);
    }

    function test_backCloses() {
        const page = createProfile(fixture.maren);
        mouseClick(findChild(page, "backButton"));
        compare(closedSpy.count, 1);
    }
}
