import QtQuick

// The screens `hearth --screens DIR` photographs, by name, in order: how to get to each and when
// it has settled. A page added later plugs in with one entry in `screens`, e.g.
//
//     { name: "members", show: () => home().openMembers(), ready: () => home().membersPage.members.count > 0 },
//
// `prepare` names writes the app makes first against the real server (ScreenTour in C++):
// "writes" queues an edit that conflicts and a post the server refuses; "offline-writes" a post
// written with no connection.
// (Functions are untyped: the C++ side calls them through the meta-object with QVariants.)
QtObject {
    id: tour

    required property var window

    function home() {
        return window.pageLoader.item && window.pageLoader.item.rail !== undefined
               ? window.pageLoader.item : null;
    }

    // The first post in the feed with replies, for the thread picture.
    function postWithReplies() {
        const list = home().feedPage.listView;
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, 0);
            const item = list.itemAtIndex(i);
            if (item && item.commentCount > 1 && !item.unsent)
                return item.postId;
        }
        return "";
    }

    // The first item below `root` (in the visual tree) for which `test` holds, or null.
    function findItem(root, test) {
        if (!root)
            return null;
        if (test(root))
            return root;
        const children = root.children || [];
        for (let i = 0; i < children.length; ++i) {
            const found = findItem(children[i], test);
            if (found)
                return found;
        }
        return null;
    }

    // Someone else's post in the feed: whose profile to show.
    function otherAuthorId() {
        const me = home().store.localUserId;
        const post = findItem(home().feedPage.listView.contentItem,
                              item => item.authorId !== undefined && item.postId !== undefined
                                      && item.authorId.length > 0 && item.authorId !== me);
        return post ? post.authorId : "";
    }

    // Someone else's post in the feed, to report.
    function otherPostId() {
        const me = home().store.localUserId;
        const post = findItem(home().feedPage.listView.contentItem,
                              item => item.authorId !== undefined && item.postId !== undefined
                                      && item.authorId.length > 0 && item.authorId !== me
                                      && !item.unsent);
        return post ? post.postId : "";
    }

    // An event with a seat limit (the demo's spoon carving day is full, with a waitlist), shown
    // on the events page just before.
    function eventWithSeats() {
        const card = findItem(home().eventsPage, item => item.eventId !== undefined
                                                         && item.capacity !== undefined
                                                         && item.capacity > 0
                                                         && item.waitlistCount > 0)
                     || findItem(home().eventsPage, item => item.eventId !== undefined
                                                            && item.capacity !== undefined);
        return card ? card.eventId : "";
    }

    // Discover with a community the demo member could join chosen (one with guidelines first).
    function chooseJoinable() {
        const page = home().discoverPage;
        let fallback = "";
        for (let i = 0; i < page.discover.count; ++i) {
            const row = page.discover.get(i);
            if (row.status !== "open")
                continue;
            if (row.guidelines.length > 0) {
                page.select(row.communityId);
                return true;
            }
            if (fallback.length === 0)
                fallback = row.communityId;
        }
        if (fallback.length > 0)
            page.select(fallback);
        return fallback.length > 0;
    }

    // A community I own (the demo account co-owns Slow Bootstrappers), chosen in the rail, and
    // its Manage pane opened on `section`.
    function openManage(section) {
        const owned = findItem(home().rail, item => item.communityId !== undefined
                                                    && item.role !== undefined && item.role === "owner");
        if (owned)
            home().selectCommunity(owned.communityId);
        home().openManage();
        home().managePage.showSection(section);
    }

    function conflictId() {
        const entries = home().outboxPage.entries;
        for (let i = 0; i < entries.count; ++i) {
            const item = entries.itemAt(i);
            if (item && item.conflict)
                return item.mutationId;
        }
        return "";
    }

    // "Start a community" at step `steps` (0: Basics ... 5: Review), filled as a founder would.
    function startCommunity(steps) {
        home().openStartCommunity();
        const page = home().startPage;
        page.name = "Hollin Valley Potters";
        page.tagline = "Wheel, kiln and glaze nights in the valley";
        page.description = "A small, friendly group of potters who share a kiln, glaze recipes and "
                           + "studio time in the Hollin valley.";
        page.topics = ["ceramics", "glazes", "kiln-share"];
        for (let i = 0; i < steps; ++i)
            page.next();
        return page;
    }

    readonly property var screens: [
        { name: "feed", show: () => home().showFeed(),
          ready: () => home().feedPage.postCount > 2 },
        { name: "composer", show: () => {
              home().composeNew();
              const c = home().feedPage.composer;
              c.kind = "question";
              c.setText("Head torches for the Tuesday hills?",
                        "Mine died halfway up last week. What I am weighing up:\n\n"
                        + "- **400 lumens**, USB charging: light, but 2 hours at most\n- 900 lumens with a rear battery: *heavier*\n\n"
                        + "What do you run with on the dark loop? [My shortlist](https://example.org/torches)");
              c.previewing = true;
          }, ready: () => true },
        { name: "mention", show: () => {
              home().composeNew();
              const c = home().feedPage.composer;
              c.setText("", "Great loop this morning, thanks for the pacing @");
              c.focusBodyEnd();
          }, ready: () => home().feedPage.composer.mentions.opened },
        { name: "thread", show: () => home().openThread(postWithReplies()),
          ready: () => home().threadPage.commentCount > 0 },
        { name: "search", show: () => {
              home().rail.searchField.forceActiveFocus();
              home().rail.searchField.text = "kiln";
          }, ready: () => home().searchPage.results.count > 0 },
        { name: "outbox", prepare: "writes", show: () => home().openOutbox(),
          ready: () => home().outboxPage.outbox.failedCount >= 2 },
        { name: "conflict", show: () => { home().openOutbox(); home().openConflict(conflictId()); },
          ready: () => home().conflictPage.found },
        { name: "settings", show: () => home().openSettings("appearance"), ready: () => true },
        { name: "settings-notifications", show: () => home().openSettings("notifications"), ready: () => true },
        { name: "settings-storage", show: () => home().openSettings("storage"), ready: () => true },
        { name: "settings-accounts", show: () => home().openSettings("accounts"), ready: () => true },
        { name: "shortcuts", show: () => home().shortcutSheet.open(), ready: () => home().shortcutSheet.opened },
        { name: "profile", show: () => home().openProfile(otherAuthorId()),
          ready: () => home().profilePage.profile.loaded },
        { name: "my-profile", show: () => home().openProfile(home().store.localUserId),
          ready: () => home().profilePage.profile.loaded },
        { name: "profile-editor", show: () => {
              home().openProfile(home().store.localUserId);
              home().openProfileEditor();
          }, ready: () => home().profileEditorPage.profile.loaded },
        { name: "report", show: () => {
              home().openThread(otherPostId());
              const thread = home().threadPage;
              thread.askReport("", thread.post.authorName);
              thread.reportDialog.reasonField.text = qsTr("Selling in a discussion thread: the guidelines ask for the monthly market post.");
          }, ready: () => home().threadPage.reportDialog.opened },
        { name: "members", show: () => home().openMembers(),
          ready: () => home().membersPage.members.count > 0 },
        { name: "events", show: () => home().openEvents(""),
          ready: () => home().eventsPage.thisWeek.count + home().eventsPage.later.count > 0 },
        { name: "event", show: () => { home().openEvents(""); home().openEvent(eventWithSeats()); },
          ready: () => home().eventDetailPage.details.loaded },
        { name: "notifications", show: () => home().openNotifications(),
          ready: () => home().notificationsPage.notifications.count > 0 },
        { name: "discover", show: () => { home().openDiscover(""); chooseJoinable(); },
          ready: () => home().discoverPage.discover.count > 0 && chooseJoinable() },
        { name: "join-dialog", show: () => { home().openDiscover(""); chooseJoinable(); home().discoverPage.startJoin(); },
          ready: () => home().discoverPage.joinDialog.opened },
        { name: "start-basics", show: () => startCommunity(0), ready: () => home().startPage.visible },
        { name: "start-niche", show: () => startCommunity(1), ready: () => home().startPage.visible },
        { name: "start-access", show: () => startCommunity(2), ready: () => home().startPage.visible },
        { name: "start-guidelines", show: () => startCommunity(3), ready: () => home().startPage.visible },
        { name: "start-welcome", show: () => startCommunity(4), ready: () => home().startPage.visible },
        { name: "start-review", show: () => startCommunity(5), ready: () => home().startPage.visible },
        // Made on the demo server, under an address of its own each time.
        { name: "start-ready", show: () => {
              const page = startCommunity(0);
              page.slugEdited = true;
              page.slug = "hollin-potters-" + (Date.now() % 1000000);
              for (let i = 0; i < 6; ++i)
                  page.next();
          }, ready: () => home().startPage.ready && home().startPage.founder.inviteLink.length > 0 },
        // The organizer's pane last: it moves the rail to the community I own.
        { name: "manage-members", show: () => openManage("members"),
          ready: () => home().view === "manage" && home().managePage.membersSection.members.count > 2 },
        { name: "manage-requests", show: () => openManage("requests"),
          ready: () => home().view === "manage" && home().managePage.requestsSection.requests.count > 0 },
        { name: "manage-reports", show: () => openManage("reports"),
          ready: () => home().view === "manage" && home().managePage.reportsSection.reports.count > 0 },
        { name: "manage-settings", show: () => openManage("settings"),
          ready: () => home().view === "manage" && home().managePage.settingsSection.settings.loaded },
        { name: "manage-engagement", show: () => openManage("engagement"),
          ready: () => home().view === "manage" && home().managePage.engagementSection.figures.fetchedAt > 0
                       && !home().managePage.engagementSection.figures.loading },
        { name: "manage-engagement-people", show: () => {
              openManage("engagement");
              const scroller = home().managePage.engagementSection.scroller;
              scroller.contentY = Math.max(0, scroller.contentHeight - scroller.height);
          },
          ready: () => home().view === "manage" && home().managePage.engagementSection.figures.fetchedAt > 0
                       && !home().managePage.engagementSection.figures.loading },
        { name: "manage-audit", show: () => openManage("audit"),
          ready: () => home().view === "manage" && home().managePage.auditSection.audit.fetchedAt > 0
                       && !home().managePage.auditSection.audit.loading },
        // Its lower half: who may join, the cap with the seats, the guidelines, Save.
        { name: "manage-settings-guidelines", show: () => {
              openManage("settings");
              const scroller = home().managePage.settingsSection.scroller;
              scroller.contentY = Math.max(0, scroller.contentHeight - scroller.height);
          }, ready: () => home().view === "manage" && home().managePage.settingsSection.settings.loaded },
        // A member's feed after an organizer required accepting updated guidelines. The demo
        // account is an organizer of this community, whom hearthd never asks: the feed is put in
        // the state the rail gives it when hearthd does (so this comes last but the sign-in).
        { name: "guidelines-accept", show: () => {
              home().showFeed();
              const feed = home().feedPage;
              if (feed.guidelines.trim().length === 0)
                  feed.guidelines = qsTr("## Be kind\n\nCredit the maker when you share their work.\n\n"
                                         + "**No selling** in threads: use the monthly market post.");
              feed.mustAcceptGuidelines = true;
          }, ready: () => home().feedPage.guidelinesPanel.visible },
        { name: "sign-in", show: () => { window.showSignIn = true; }, ready: () => true },
        { name: "offline", prepare: "offline-writes", offlineOnly: true, show: () => home().showFeed(),
          ready: () => home().offlineNotice.visible && home().feedPage.postCount > 0 },
        { name: "offline-outbox", offlineOnly: true, show: () => home().openOutbox(),
          ready: () => home().outboxPage.outbox.count > 0 }
    ]

    function entry(name) {
        for (let i = 0; i < screens.length; ++i) {
            if (screens[i].name === name)
                return screens[i];
        }
        return null;
    }

    // Every screen photographed by default (those that need the server to be gone are asked
    // for by name).
    function defaultNames() {
        const names = [];
        for (let i = 0; i < screens.length; ++i) {
            if (!screens[i].offlineOnly)
                names.push(screens[i].name);
        }
        return names;
    }

    function known(name) {
        return entry(name) !== null;
    }

    function preparation(name) {
        const e = entry(name);
        return e && e.prepare !== undefined ? e.prepare : "";
    }

    // Back to the plain feed, nothing open.
    function reset() {
        window.showSignIn = false;
        const h = home();
        if (!h)
            return;
        h.shortcutSheet.close();
        h.threadPage.reportDialog.close();
        h.discoverPage.joinDialog.close();
        h.discoverPage.inviteDialog.close();
        h.rail.clearSearch();
        h.feedPage.composer.clear();
        h.feedPage.composer.collapseIfEmpty();
        h.showFeed();
    }

    function show(name) {
        const e = entry(name);
        if (!e || (!home() && name !== "sign-in"))
            return false;
        reset();
        e.show();
        return true;
    }

    function ready(name) {
        const e = entry(name);
        return e !== null && (name === "sign-in" || home() !== null) && e.ready();
    }

    function setTheme(mode) {
        window.preferences.theme = mode;
    }
}
