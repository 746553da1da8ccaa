pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// Search over the local cache: everything the member has seen, online or offline. Shown by the
// home page while the rail's search field holds text; a post or comment result opens its thread,
// a member result asks for their profile. By keyboard: Down from the search field into the
// results, Up/Down through them, Enter opens one, Up from the first goes back to the field.
Page {
    id: page

    property CacheStore store
    // Height of what floats over the page's bottom edge (the offline notice): the end of the
    // content scrolls clear of it.
    property real overlayHeight: 0
    property string query
    // The community selected in the rail, for "This community only".
    property string currentCommunityId
    // The joined communities, to name each result's community.
    property CommunityListModel communities
    property bool online: true
    property date now: new Date()

    readonly property alias results: resultList
    readonly property alias searchModel: searchModel
    readonly property alias thisCommunityOnly: scopeSwitch.checked

    // A post or comment result was chosen: the post to open and the community it belongs to.
    signal resultOpened(string communityId, string postId)
    // A member result was chosen (the profile page opens it).
    signal profileRequested(string userId)
    // Up from the first result: back to the search field.
    signal searchFieldRequested()

    // The results take the keyboard (Down or Enter in the search field), the first one current.
    function focusResults() {
        if (resultList.count === 0)
            return;
        resultList.currentIndex = 0;
        resultList.forceActiveFocus(Qt.TabFocusReason);
    }

    // The current result, published by its delegate (typed, unlike ListView.currentItem).
    property ItemDelegate currentResult

    function openCurrent() {
        if (currentResult)
            currentResult.clicked();
    }

    function communityName(communityId: string): string {
        if (!page.communities || communityNames.count === 0)
            return "";
        // Each of the Repeater's items carries its community's name as objectName.
        const entry = communityNames.itemAt(page.communities.indexOf(communityId));
        return entry ? entry.objectName : "";
    }

    // The non-empty parts, separated.
    function joined(parts: var, separator: string): string {
        let out = "";
        for (let i = 0; i < parts.length; ++i) {
            const part = String(parts[i]);
            if (part.length > 0)
                out += (out.length > 0 ? separator : "") + part;
        }
        return out;
    }

    background: Rectangle {
        color: Theme.background
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Search results for “%1”").arg(page.query)

    SearchModel {
        id: searchModel
        store: page.store
        query: page.query
        communityId: scopeSwitch.checked ? page.currentCommunityId : ""
    }

    Repeater {
        id: communityNames
        model: page.communities
        delegate: Item {
            required property string name
            objectName: name
        }
    }

    ColumnLayout {
        id: header
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: Theme.spacingXl
        width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Text {
                Layout.fillWidth: true
                text: qsTr("Search")
                color: Theme.text
                font.pixelSize: Theme.fontSizeTitle
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            ToggleSwitch {
                id: scopeSwitch
                objectName: "thisCommunityOnly"
                text: qsTr("This community only")
                enabled: page.currentCommunityId.length > 0
                Accessible.name: qsTr("Search this community only")
            }
        }

        Text {
            objectName: "offlineSearchHint"
            Layout.fillWidth: true
            visible: !page.online
            text: qsTr("You are offline. Results come from what is saved on this computer.")
            wrapMode: Text.Wrap
            color: Theme.warning
            font.pixelSize: Theme.fontSizeSmall + 1
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    ListView {
        id: resultList
        objectName: "searchResults"
        anchors.top: header.bottom
        anchors.topMargin: Theme.spacingM
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: header.width
        clip: true
        spacing: Theme.spacingS
        bottomMargin: page.overlayHeight
        model: searchModel
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: true
        activeFocusOnTab: true
        highlightMoveDuration: 0
        currentIndex: -1
        ScrollBar.vertical: ScrollBar {}

        onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
        Keys.onReturnPressed: page.openCurrent()
        Keys.onPressed: event => event.accepted = ListKeys.move(resultList, event.key)
        Keys.onEnterPressed: page.openCurrent()
        Keys.onUpPressed: event => {
            if (currentIndex <= 0)
                page.searchFieldRequested();
            else
                decrementCurrentIndex();
        }

        Accessible.role: Accessible.List
        Accessible.name: qsTr("Search results")

        delegate: ItemDelegate {
            id: result

            required property int index
            required property string resultKind
            required property string postId
            required property string communityId
            required property string title
            required property string snippet
            required property date createdAt
            required property string itemId
            required property string authorName

            readonly property string communityName: page.communityName(communityId)
            readonly property string kindLabel: resultKind === "comment" ? qsTr("Comment")
                                              : resultKind === "user" ? qsTr("Member")
                                              : qsTr("Post")

            readonly property bool isCurrent: ListView.isCurrentItem
            readonly property bool keyboardCurrent: isCurrent && resultList.activeFocus
            // The snippet without its <b> marks, for the accessible name.
            readonly property string plainSnippet: snippet.replace(/<\/?b>/g, "")
            onIsCurrentChanged: if (isCurrent) page.currentResult = result
            Component.onCompleted: if (isCurrent) page.currentResult = result
            // "Comment by Tom Okafor", "Post by Mara Quinn", "Member @tom".
            readonly property string byline: resultKind === "user" ? qsTr("Member @%1").arg(authorName)
                                             : authorName.length === 0 ? kindLabel
                                             : resultKind === "comment" ? qsTr("Comment by %1").arg(authorName)
                                             : qsTr("Post by %1").arg(authorName)

            width: ListView.view.width
            padding: Theme.spacingM
            hoverEnabled: true
            // The list holds the keyboard focus; the current result shows it.
            focusPolicy: Qt.NoFocus

            Accessible.role: Accessible.ListItem
            Accessible.name: page.joined([byline, communityName, title, plainSnippet,
                                          Format.relativeTime(createdAt, page.now)], ", ")

            onClicked: {
                resultList.currentIndex = index;
                if (resultKind === "user")
                    page.profileRequested(itemId);
                else if (postId.length > 0)
                    page.resultOpened(communityId, postId);
            }

            background: Rectangle {
                radius: Theme.radiusM
                color: result.hovered || result.keyboardCurrent ? Theme.surfaceAlt : Theme.surface
                border.width: result.keyboardCurrent ? 2 : 1
                border.color: result.keyboardCurrent ? Theme.focusRing : Theme.border
            }

            contentItem: ColumnLayout {
                spacing: Theme.spacingXs

                Text {
                    objectName: "resultMeta"
                    Layout.fillWidth: true
                    text: page.joined([result.byline, result.communityName,
                                       Format.relativeTime(result.createdAt, page.now)], " · ")
                    elide: Text.ElideRight
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSizeSmall
                }

                Text {
                    objectName: "resultTitle"
                    Layout.fillWidth: true
                    text: result.title
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeBody
                    font.weight: Font.DemiBold
                }

                Text {
                    objectName: "resultSnippet"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: result.snippet
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeSmall + 1
                }
            }
        }
    }

    EmptyState {
        objectName: "searchEmptyState"
        anchors.top: header.bottom
        anchors.topMargin: Theme.spacingXxl * 2
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: resultList.count === 0 && page.query.trim().length > 0
        title: qsTr("No results for “%1”").arg(page.query.trim())
        text: page.online ? qsTr("Search covers the posts, comments and members Hearth has saved on this computer.")
                          : qsTr("Only what was saved on this computer before going offline can be searched.")
    }
}
