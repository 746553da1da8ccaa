pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// Discover: the public and request-only communities this server lists, searchable by name,
// tagline and topic, a card each on the left and the chosen one in full on the right (its
// description, guidelines, members against its cap, organizers, visibility), with what the member
// may do: join (after accepting the guidelines), ask to join ("Request sent" until an organizer
// decides), nothing but "Full" when there is no seat, open or leave one they are in. "Join with an
// invite…" takes a code or a hearth://invite/CODE link. Also the first screen of an account that
// is in no community yet.
//
// Keyboard: the search field first; Down to the list, Up/Down choose, Enter or Tab goes to the
// chosen community's action. (HomePage: Ctrl+Shift+D opens it, Ctrl+I joins with an invite.)
Page {
    id: page

    property CacheStore store
    property real overlayHeight: 0
    // Empty: no back button (the first screen of an account with no community).
    property string backLabel
    property bool online: true
    // The account is in no community yet: the page greets them.
    property bool firstScreen: false
    property string displayName

    readonly property alias discover: discover
    readonly property alias list: cardList
    readonly property alias searchField: searchField
    readonly property alias joinDialog: joinDialog
    readonly property alias inviteDialog: inviteDialog
    readonly property alias leaveDialog: leaveDialog
    readonly property alias joinButton: joinButton
    readonly property bool dialogOpen: joinDialog.opened || inviteDialog.opened || leaveDialog.opened
    // The chosen community (a row of `discover`), {} when none.
    property string selectedId
    // (Re-evaluated as rows come and go, and whenever a row changes: `revision`.)
    readonly property int selectedRow: discover.count >= 0 && revision >= 0 ? discover.indexOf(selectedId) : -1
    // Every role of the chosen row.
    readonly property var selected: revision >= 0 && selectedRow >= 0 ? discover.get(selectedRow) : ({})
    readonly property bool hasSelection: selected.communityId !== undefined
    property int revision: 0

    signal closed()
    // A community the member is in: show its feed.
    signal communityOpened(string communityId)
    // The page's "Start a community" entry: the founder's path (HomePage opens it).
    signal startCommunityRequested()

    function focusSearch() {
        searchField.forceActiveFocus();
    }

    // Chooses a listed community (a join decision's notification, a test).
    function select(communityId: string) {
        selectedId = communityId;
        const row = discover.indexOf(communityId);
        if (row >= 0)
            cardList.currentIndex = row;
    }

    // "Join with an invite…", prefilled with a code or link when one was opened.
    function openInvite(text: string) {
        inviteDialog.ask(text);
    }

    // Join or ask to join the chosen community: its guidelines first.
    function startJoin() {
        if (!hasSelection || selected.status !== "open" && selected.status !== "refused")
            return;
        joinDialog.ask(selected.communityId, selected.name, selected.guidelines,
                       selected.visibility === "request");
    }

    function visibilityText(visibility: string): string {
        return visibility === "request" ? qsTr("Ask to join: organizers approve new members")
                                        : qsTr("Open: anyone on this server can join");
    }

    function seatsText(memberCount: int, memberCap: int, seatsLeft: int): string {
        if (seatsLeft <= 0)
            return qsTr("Full: %1 of %2 members").arg(memberCount).arg(memberCap);
        return seatsLeft === 1 ? qsTr("%1 of %2 members · 1 seat left").arg(memberCount).arg(memberCap)
                               : qsTr("%1 of %2 members · %3 seats left").arg(memberCount).arg(memberCap).arg(seatsLeft);
    }

    function statusText(status: string): string {
        switch (status) {
        case "member": return qsTr("Member");
        case "joining": return qsTr("Joining…");
        case "requested": return qsTr("Request sent");
        case "banned": return qsTr("Not open to you");
        case "refused": return qsTr("Not joined");
        case "full": return qsTr("Full");
        default: return "";
        }
    }

    DiscoverModel {
        id: discover
        store: page.store
        search: searchField.text
        onDataChanged: page.revision++
        onRowsMoved: page.revision++
        onRowsInserted: page.revision++
        onRowsRemoved: page.revision++
        onModelReset: page.revision++
        onCountChanged: {
            page.revision++;
            if (page.selectedRow < 0 && count > 0)
                page.select(discover.communityIdAt(0));
        }
    }

    // The whole directory, for "3 of 14".
    DiscoverModel {
        id: everything
        store: page.store
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Discover communities")

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.firstScreen ? qsTr("Welcome to Hearth, %1").arg(page.displayName) : qsTr("Discover communities")
        subtitle: page.firstScreen ? qsTr("Find a community to join, or use an invite an organizer sent you.")
                  : searchField.text.trim().length > 0 ? qsTr("%1 of %2 on this server").arg(discover.count).arg(everything.count)
                  : everything.count === 1 ? qsTr("1 community on this server") : qsTr("%1 communities on this server").arg(everything.count)
        backLabel: page.backLabel
        onBackRequested: page.closed()

        SecondaryButton {
            objectName: "inviteButton"
            text: qsTr("Join with an invite…")
            Accessible.name: qsTr("Join with an invite (Ctrl+I)")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("A code or a hearth://invite link (Ctrl+I)")
            ToolTip.delay: 600
            onClicked: page.openInvite("")
        }

        SecondaryButton {
            objectName: "startCommunityButton"
            text: qsTr("Start a community")
            Accessible.name: qsTr("Start a community (Ctrl+Shift+C)")
            onClicked: page.startCommunityRequested()
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        anchors.bottomMargin: 0
        spacing: Theme.spacingXl

        // ---- the cards ----
        ColumnLayout {
            // (A layout in a layout fills by default: this one keeps its width.)
            Layout.fillWidth: false
            Layout.preferredWidth: Math.min(380, page.width * 0.42)
            Layout.fillHeight: true
            spacing: Theme.spacingM

            TextField {
                id: searchField
                objectName: "discoverSearch"
                Layout.fillWidth: true
                implicitHeight: 38
                placeholderText: qsTr("Search by name, tagline or topic")
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                font.pixelSize: Theme.fontSizeBody
                selectByMouse: true
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Search communities")
                Accessible.description: qsTr("Down moves to the list, Escape clears")
                Keys.onDownPressed: {
                    if (cardList.count > 0) {
                        cardList.currentIndex = Math.max(0, cardList.currentIndex);
                        cardList.forceActiveFocus();
                    }
                }
                Keys.onReturnPressed: {
                    if (cardList.count > 0) {
                        cardList.currentIndex = 0;
                        page.select(discover.communityIdAt(0));
                        cardList.forceActiveFocus();
                    }
                }
                Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape && text.length > 0
                Keys.onEscapePressed: clear()

                background: Rectangle {
                    radius: Theme.radiusS + 2
                    color: Theme.surface
                    border.width: searchField.activeFocus ? 2 : 1
                    border.color: searchField.activeFocus ? Theme.focusRing : Theme.borderStrong
                }
            }

            ListView {
                id: cardList
                objectName: "discoverList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: discover
                spacing: Theme.spacingS
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                highlightMoveDuration: 0
                currentIndex: -1
                bottomMargin: Theme.spacingXl + page.overlayHeight
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Communities")
                onCurrentIndexChanged: {
                    if (currentIndex >= 0 && currentIndex < count)
                        page.selectedId = discover.communityIdAt(currentIndex);
                }
                Keys.onUpPressed: event => {
                    if (currentIndex <= 0)
                        searchField.forceActiveFocus();
                    else
                        event.accepted = false;
                }

                ScrollBar.vertical: ScrollBar {}

                delegate: ItemDelegate {
                    id: card

                    required property int index
                    required property string communityId
                    required property string name
                    required property string tagline
                    required property string visibility
                    required property int memberCount
                    required property int memberCap
                    required property int seatsLeft
                    required property string status

                    readonly property bool chosen: page.selectedId === communityId

                    objectName: "discoverCard"
                    width: ListView.view.width
                    padding: Theme.spacingM
                    leftPadding: Theme.spacingL
                    rightPadding: Theme.spacingL
                    hoverEnabled: true
                    focus: ListView.isCurrentItem
                    highlighted: ListView.isCurrentItem && ListView.view.activeFocus

                    Accessible.role: Accessible.ListItem
                    Accessible.name: {
                        const parts = [name, tagline, page.seatsText(memberCount, memberCap, seatsLeft)];
                        const said = page.statusText(status);
                        if (said.length > 0)
                            parts.push(said);
                        return parts.filter(p => p.length > 0).join(", ");
                    }

                    onClicked: {
                        ListView.view.currentIndex = index;
                        page.select(communityId);
                    }
                    // Enter goes to the chosen community's action.
                    Keys.onReturnPressed: page.focusAction()
                    Keys.onEnterPressed: page.focusAction()

                    background: Rectangle {
                        radius: Theme.radiusM
                        color: card.chosen ? Theme.surface : card.hovered ? Theme.surface : "transparent"
                        border.width: card.highlighted ? 2 : card.chosen || card.hovered ? 1 : 0
                        border.color: card.highlighted ? Theme.focusRing : card.chosen ? Theme.accent : Theme.border
                    }

                    contentItem: RowLayout {
                        spacing: Theme.spacingM

                        Avatar {
                            Layout.alignment: Qt.AlignTop
                            name: card.name
                            size: 40
                        }

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2

                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacingS

                                Text {
                                    objectName: "cardName"
                                    Layout.fillWidth: true
                                    text: card.name
                                    elide: Text.ElideRight
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSizeBody
                                    font.weight: Font.DemiBold
                                }

                                StatusLabel {
                                    objectName: "cardStatus"
                                    status: card.status
                                    text: page.statusText(card.status)
                                }
                            }

                            Text {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: card.tagline
                                elide: Text.ElideRight
                                maximumLineCount: 2
                                wrapMode: Text.Wrap
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSizeSmall + 1
                            }

                            Text {
                                objectName: "cardSeats"
                                Layout.fillWidth: true
                                text: (card.visibility === "request" ? qsTr("Ask to join") : qsTr("Open")) + " · "
                                      + (card.seatsLeft <= 0 ? qsTr("Full") : Format.members(card.memberCount))
                                elide: Text.ElideRight
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSizeSmall
                            }
                        }
                    }
                }
            }
        }

        // ---- the chosen community ----
        ScrollingColumn {
            id: detail
            objectName: "discoverDetail"
            Layout.fillWidth: true
            // What is left beside the cards (its content would otherwise ask for more).
            Layout.preferredWidth: 100
            Layout.fillHeight: true
            visible: page.hasSelection
            topPadding: 0
            bottomPadding: Theme.spacingXxl + page.overlayHeight
            columnWidth: Math.min(width - Theme.spacingS, Theme.contentMaxWidth)
            activeFocusOnTab: true
            Accessible.role: Accessible.Pane
            Accessible.name: page.hasSelection ? page.selected.name : ""

            // Plain positioners, not layouts: a wrapped title inside a RowLayout re-asks for its
            // width on every polish (Qt reports a polish loop).
            Row {
                width: detail.columnWidth
                spacing: Theme.spacingL

                Avatar {
                    id: detailAvatar
                    name: page.selected.name || ""
                    size: 56
                }

                Column {
                    width: parent.width - detailAvatar.width - parent.spacing
                    spacing: Theme.spacingXs

                    Text {
                        objectName: "detailName"
                        width: parent.width
                        text: page.selected.name || ""
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.fontSizeTitle
                        font.weight: Font.Bold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }

                    Text {
                        width: parent.width
                        visible: text.length > 0
                        text: page.selected.tagline || ""
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeBody + 1
                    }
                }
            }

            // Facts: visibility, seats, organizers, topics.
            Rectangle {
                width: detail.columnWidth
                implicitHeight: facts.implicitHeight + 2 * Theme.spacingL
                radius: Theme.radiusM
                color: Theme.surface
                border.width: 1
                border.color: Theme.border

                ColumnLayout {
                    id: facts
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingS

                    RowLayout {
                        spacing: Theme.spacingS
                        Icon {
                            name: "globe"
                            size: 16
                        }
                        Text {
                            objectName: "detailVisibility"
                            Layout.fillWidth: true
                            text: page.visibilityText(page.selected.visibility || "")
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                        }
                    }

                    RowLayout {
                        spacing: Theme.spacingS
                        Icon {
                            name: "people"
                            size: 16
                            color: (page.selected.seatsLeft || 0) <= 0 ? Theme.danger : Theme.textSecondary
                        }
                        Text {
                            objectName: "detailSeats"
                            Layout.fillWidth: true
                            text: page.seatsText(page.selected.memberCount || 0, page.selected.memberCap || 0,
                                                 page.selected.seatsLeft || 0)
                            wrapMode: Text.Wrap
                            color: (page.selected.seatsLeft || 0) <= 0 ? Theme.danger : Theme.text
                            font.pixelSize: Theme.fontSizeBody
                        }
                    }

                    RowLayout {
                        visible: organizerRepeater.count > 0
                        spacing: Theme.spacingS
                        Icon {
                            Layout.alignment: Qt.AlignTop
                            name: "person-plus"
                            size: 16
                        }
                        Text {
                            text: qsTr("Run by")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSizeBody
                        }
                        Flow {
                            objectName: "detailOrganizers"
                            Layout.fillWidth: true
                            spacing: Theme.spacingS

                            Repeater {
                                id: organizerRepeater
                                model: page.selected.organizers || []

                                delegate: RowLayout {
                                    id: organizer
                                    required property var modelData
                                    spacing: Theme.spacingXs

                                    Avatar {
                                        name: organizer.modelData.displayName
                                        size: 20
                                        circular: true
                                    }
                                    Text {
                                        objectName: "organizerName"
                                        text: organizer.modelData.displayName
                                        color: Theme.text
                                        font.pixelSize: Theme.fontSizeBody
                                        font.weight: Font.DemiBold
                                    }
                                    RoleBadge {
                                        role: organizer.modelData.role
                                    }
                                }
                            }
                        }
                    }

                    Flow {
                        objectName: "detailTopics"
                        Layout.fillWidth: true
                        visible: topicRepeater.count > 0
                        spacing: Theme.spacingXs

                        Repeater {
                            id: topicRepeater
                            model: page.selected.topics || []
                            delegate: TagChip {
                                required property string modelData
                                text: "#" + modelData
                            }
                        }
                    }
                }
            }

            // What the member may do.
            ColumnLayout {
                id: actions
                width: detail.columnWidth
                spacing: Theme.spacingS

                readonly property string status: page.selected.status || ""

                Text {
                    objectName: "detailStatus"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: {
                        switch (actions.status) {
                        case "member": return qsTr("You are a member.");
                        case "joining": return page.online ? qsTr("Joining…")
                                                           : qsTr("Joining as soon as Hearth reaches the server.");
                        case "requested": return qsTr("Request sent. An organizer decides; you will get a notification.");
                        case "banned": return qsTr("You cannot join this community.");
                        case "refused": return qsTr("Not joined: %1").arg(page.selected.joinError || "");
                        case "full": return qsTr("This community is full. When a member leaves, a seat opens.");
                        default: return "";
                        }
                    }
                    wrapMode: Text.Wrap
                    color: actions.status === "refused" || actions.status === "full" ? Theme.danger : Theme.textSecondary
                    font.pixelSize: Theme.fontSizeBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    PrimaryButton {
                        id: joinButton
                        objectName: "joinButton"
                        visible: actions.status === "open" || actions.status === "refused"
                        text: actions.status === "refused" ? qsTr("Try again")
                              : page.selected.visibility === "request" ? qsTr("Ask to join") : qsTr("Join")
                        onClicked: page.startJoin()
                    }

                    PrimaryButton {
                        id: openButton
                        objectName: "openButton"
                        visible: actions.status === "member"
                        text: qsTr("Open")
                        onClicked: page.communityOpened(page.selected.communityId)
                    }

                    SecondaryButton {
                        objectName: "dismissButton"
                        visible: actions.status === "refused"
                        text: qsTr("Dismiss")
                        onClicked: page.discover.dismissRefusal(page.selected.communityId)
                    }

                    SecondaryButton {
                        id: leaveButton
                        objectName: "leaveButton"
                        visible: actions.status === "member" || actions.status === "requested"
                        destructive: true
                        text: actions.status === "requested" ? qsTr("Withdraw request") : qsTr("Leave…")
                        onClicked: page.askToLeave(page.selected.communityId, page.selected.name,
                                                   actions.status === "requested")
                    }
                }
            }

            SectionTitle {
                visible: (page.selected.description || "").length > 0
                text: qsTr("About")
            }

            MarkdownText {
                objectName: "detailDescription"
                width: detail.columnWidth
                visible: markdown.length > 0
                markdown: page.selected.description || ""
            }

            SectionTitle {
                text: qsTr("Guidelines")
            }

            MarkdownText {
                objectName: "detailGuidelines"
                width: detail.columnWidth
                visible: markdown.length > 0
                markdown: page.selected.guidelines || ""
            }

            Text {
                width: detail.columnWidth
                visible: (page.selected.guidelines || "").trim().length === 0
                text: qsTr("This community has not written guidelines yet.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeBody
            }
        }

        // Nothing listed (yet), or nothing matches.
        EmptyState {
            objectName: "discoverEmptyState"
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: Theme.spacingXxl * 2
            visible: discover.count === 0
            title: searchField.text.trim().length > 0 ? qsTr("No community matches “%1”").arg(searchField.text.trim())
                   : page.online ? qsTr("No communities are listed on this server yet")
                   : qsTr("The directory arrives once Hearth reaches the server")
            text: searchField.text.trim().length > 0 ? qsTr("Search looks at names, taglines and topics.")
                  : qsTr("Hidden communities are joined with an invite from one of their organizers.")
            actionText: qsTr("Join with an invite…")
            onActionTriggered: page.openInvite("")
        }
    }

    function focusAction() {
        if (joinButton.visible)
            joinButton.forceActiveFocus(Qt.TabFocusReason);
        else if (openButton.visible)
            openButton.forceActiveFocus(Qt.TabFocusReason);
        else
            detail.forceActiveFocus(Qt.TabFocusReason);
    }

    property string leavingId
    property bool leavingRequest: false
    function askToLeave(communityId: string, name: string, request: bool) {
        leavingId = communityId;
        leavingRequest = request;
        leaveDialog.title = request ? qsTr("Withdraw your request to join %1?").arg(name) : qsTr("Leave %1?").arg(name);
        leaveDialog.open();
    }

    JoinDialog {
        id: joinDialog
        onJoinConfirmed: (communityId, acceptedGuidelines) => page.discover.join(communityId, acceptedGuidelines)
    }

    InviteJoinDialog {
        id: inviteDialog
        discover: page.discover
        online: page.online
        onJoined: communityId => page.communityOpened(communityId)
    }

    ConfirmDialog {
        id: leaveDialog
        objectName: "leaveDialog"
        message: page.leavingRequest ? qsTr("The organizers will no longer see your request. You can ask again later.")
                                     : qsTr("Its posts leave this computer, and you stop getting its notifications. You can join again while it has a seat.")
        confirmText: page.leavingRequest ? qsTr("Withdraw") : qsTr("Leave")
        destructive: true
        onConfirmed: page.discover.leave(page.leavingId)
    }
}
