pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Models
import Hearth.Ui

// Writing a post: a one-line prompt that opens into kind, topic (one of the community's, or none),
// optional title and markdown body, with a preview of how the post will look. Ctrl+Enter posts; Ctrl+P toggles the preview; Escape folds
// an empty composer back up and forgets the kind chosen for it.
Rectangle {
    id: composer

    property string communityName
    // Where `@` completion finds the members to mention.
    property CacheStore store
    property string communityId
    property string authorName
    property bool canAnnounce: false
    property string kind: WireConstants.defaultPostKind
    // The community's topics (its organizers set them), and the one this post goes under ("" for
    // none). A new draft starts under `defaultTopic` (the topic the feed shows, if any).
    property var topics: []
    property string defaultTopic
    readonly property string topic: topicPicked ? pickedTopic : defaultTopic
    property string pickedTopic
    property bool topicPicked: false
    property bool expanded: false
    // Showing the rendered post instead of the text being written.
    property bool previewing: false
    readonly property alias title: titleField.text
    readonly property alias body: bodyArea.text
    // The `@` completion list under the cursor.
    readonly property alias mentions: mentions
    readonly property bool canSubmit: enabled && body.trim().length > 0
                                      && body.length <= maxBodyLength && title.length <= maxTitleLength
    readonly property int maxTitleLength: WireConstants.postTitleMaxLength
    readonly property int maxBodyLength: WireConstants.postBodyMaxLength

    signal submitted(string kind, string title, string body, string topic)
    // Escape in a draft with text: the draft stays, the keyboard goes back to the page.
    signal dismissed()

    // Keys the composer handles itself while one of its fields has the focus.
    function isComposerShortcut(event: var): bool {
        return event.key === Qt.Key_P && (event.modifiers & Qt.ControlModifier);
    }

    function focusBody() {
        expanded = true;
        bodyArea.forceActiveFocus();
    }

    // Goes on writing at the end of the text (a draft reopened).
    function focusBodyEnd() {
        focusBody();
        bodyArea.cursorPosition = bodyArea.length;
    }

    // Opens the composer with a draft (e.g. text kept from a post that could not be sent).
    function setText(newTitle: string, newBody: string) {
        expanded = true;
        titleField.text = newTitle;
        bodyArea.text = newBody;
    }

    function clear() {
        titleField.clear();
        bodyArea.clear();
        kind = WireConstants.defaultPostKind;
        topicPicked = false;
        previewing = false;
    }

    function pickTopic(name: string) {
        pickedTopic = name;
        topicPicked = true;
    }

    function submit() {
        if (!canSubmit)
            return;
        submitted(kind, title.trim(), body.trim(), topics.indexOf(topic) >= 0 ? topic : "");
        clear();
        collapseIfEmpty();
    }

    // Escape: an empty draft folds away, and the kind picked for it goes with it (the next post
    // starts as a discussion again). A draft with text stays as it is.
    function handleEscape() {
        if (title.length === 0 && body.length === 0)
            collapseIfEmpty();
        else
            dismissed();
    }

    function collapseIfEmpty() {
        if (title.length === 0 && body.length === 0) {
            kind = WireConstants.defaultPostKind;
            topicPicked = false;
            previewing = false;
            expanded = false;
            bodyArea.focus = false;
            titleField.focus = false;
        }
    }

    function togglePreview() {
        previewing = !previewing;
        if (!previewing)
            bodyArea.forceActiveFocus();
    }

    readonly property int verticalPadding: expanded ? Theme.spacingL : Theme.spacingM

    implicitHeight: content.implicitHeight + 2 * verticalPadding
    radius: Theme.radiusM
    color: Theme.surface
    border.width: expanded ? 2 : 1
    border.color: expanded ? Theme.accent : Theme.border

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("New post")

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        anchors.topMargin: composer.verticalPadding
        spacing: Theme.spacingM

        // Kind selector
        Flow {
            Layout.fillWidth: true
            visible: composer.expanded
            spacing: Theme.spacingS

            Repeater {
                model: composer.canAnnounce ? WireConstants.postKinds : WireConstants.memberPostKinds

                delegate: AbstractButton {
                    id: chip

                    required property string modelData
                    readonly property bool selected: composer.kind === modelData

                    objectName: "kind_" + modelData
                    checkable: true
                    checked: selected
                    hoverEnabled: true
                    text: Theme.kindLabel(modelData)
                    padding: Theme.spacingXs + 1
                    leftPadding: Theme.spacingM
                    rightPadding: Theme.spacingM
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: qsTr("Post kind: %1").arg(text)
                    onClicked: composer.kind = modelData
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()

                    background: Rectangle {
                        radius: height / 2
                        color: chip.selected ? Theme.kindBackground(chip.modelData)
                                             : chip.hovered ? Theme.surfaceAlt : "transparent"
                        border.width: chip.visualFocus ? 2 : 1
                        border.color: chip.visualFocus ? Theme.focusRing
                                      : chip.selected ? Theme.kindColor(chip.modelData) : Theme.border
                    }

                    contentItem: Text {
                        text: chip.text
                        color: chip.selected ? Theme.kindColor(chip.modelData) : Theme.textSecondary
                        font.pixelSize: Theme.fontSizeSmall
                        font.weight: chip.selected ? Font.DemiBold : Font.Normal
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }

        // Topic selector: where the post is filed (the feed's topic filter finds it there).
        Flow {
            objectName: "composerTopics"
            Layout.fillWidth: true
            visible: composer.expanded && composer.topics.length > 0
            spacing: Theme.spacingS
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Topic")

            FilterChip {
                objectName: "composerTopic_none"
                text: qsTr("No topic")
                selected: composer.topic.length === 0 || composer.topics.indexOf(composer.topic) < 0
                onClicked: composer.pickTopic("")
            }

            Repeater {
                model: composer.topics

                delegate: FilterChip {
                    required property string modelData

                    objectName: "composerTopic_" + modelData
                    text: "#" + modelData
                    selected: composer.topic === modelData
                    Accessible.name: qsTr("Topic: %1").arg(modelData)
                    onClicked: composer.pickTopic(modelData)
                }
            }
        }

        TextField {
            id: titleField
            objectName: "composerTitle"
            Layout.fillWidth: true
            visible: composer.expanded && !composer.previewing
            placeholderText: qsTr("Title (optional)")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
            maximumLength: composer.maxTitleLength
            selectByMouse: true
            leftPadding: 0
            rightPadding: 0
            background: null
            Accessible.name: qsTr("Post title")
            onActiveFocusChanged: if (activeFocus) composer.expanded = true
            Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape
                                                                || composer.isComposerShortcut(event)
            Keys.onPressed: event => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                        && (event.modifiers & Qt.ControlModifier)) {
                    composer.submit();
                    event.accepted = true;
                } else if (event.key === Qt.Key_P && (event.modifiers & Qt.ControlModifier)) {
                    composer.togglePreview();
                    event.accepted = true;
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    bodyArea.forceActiveFocus();
                    event.accepted = true;
                } else if (event.key === Qt.Key_Escape) {
                    composer.handleEscape();
                    event.accepted = true;
                }
            }
        }

        RowLayout {
            visible: !composer.previewing
            Layout.fillWidth: true
            spacing: Theme.spacingM

            // Who is writing, in the folded prompt
            Avatar {
                Layout.alignment: Qt.AlignVCenter
                visible: !composer.expanded && composer.authorName.length > 0
                name: composer.authorName
                size: 28
                circular: true
            }

            ScrollView {
                id: bodyScroll
                Layout.fillWidth: true
                visible: !composer.previewing
                Layout.preferredHeight: composer.expanded
                                        ? Math.min(Math.max(bodyArea.implicitHeight, 84), 240)
                                        : bodyArea.implicitHeight
                contentWidth: availableWidth

                TextArea {
                    id: bodyArea
                    objectName: "composerBody"
                    placeholderText: composer.communityName.length > 0
                                     ? qsTr("Share something with %1…").arg(composer.communityName)
                                     : qsTr("Share something…")
                    placeholderTextColor: Theme.textMuted
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeBody
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    leftPadding: 0
                    rightPadding: 0
                    topPadding: Theme.spacingXs
                    bottomPadding: Theme.spacingXs
                    background: null
                    Accessible.name: qsTr("Post text")
                    Accessible.description: qsTr("Markdown is supported. Press Ctrl+Enter to post.")
                    onActiveFocusChanged: if (activeFocus) composer.expanded = true
                    Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape
                                                                        || composer.isComposerShortcut(event)
                                                                        || (mentions.opened && event.key === Qt.Key_Tab)
                    Keys.onPressed: event => {
                        if (mentions.handleKey(event))
                            return;
                        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                && (event.modifiers & Qt.ControlModifier)) {
                            composer.submit();
                            event.accepted = true;
                        } else if (event.key === Qt.Key_P && (event.modifiers & Qt.ControlModifier)) {
                            composer.togglePreview();
                            event.accepted = true;
                        } else if (event.key === Qt.Key_Escape) {
                            composer.handleEscape();
                            event.accepted = true;
                        } else if (event.key === Qt.Key_Tab) {
                            // Tab leaves the text (keyboard users), it does not indent it.
                            previewToggle.forceActiveFocus(Qt.TabFocusReason);
                            event.accepted = true;
                        } else if (event.key === Qt.Key_Backtab) {
                            titleField.forceActiveFocus(Qt.BacktabFocusReason);
                            event.accepted = true;
                        }
                    }

                    MentionPopup {
                        id: mentions
                        objectName: "composerMentions"
                        target: bodyArea
                        store: composer.store
                        communityId: composer.communityId
                    }
                }
            }
        }

        // The post as it will look: the same rendering as the feed (no remote images).
        Rectangle {
            objectName: "composerPreview"
            Layout.fillWidth: true
            visible: composer.expanded && composer.previewing
            implicitHeight: Math.min(Math.max(previewColumn.implicitHeight + 2 * Theme.spacingM, 84), 320)
            radius: Theme.radiusS
            color: Theme.surfaceAlt
            clip: true

            Column {
                id: previewColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingXs

                Text {
                    width: parent.width
                    visible: composer.title.trim().length > 0
                    text: composer.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeLarge + 1
                    font.weight: Font.DemiBold
                }

                MarkdownText {
                    objectName: "composerPreviewBody"
                    width: parent.width
                    visible: composer.body.trim().length > 0
                    markdown: composer.body
                }

                Text {
                    width: parent.width
                    visible: composer.body.trim().length === 0
                    text: qsTr("Nothing to preview yet.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSizeBody
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: composer.expanded
            spacing: Theme.spacingM

            SecondaryButton {
                id: previewToggle
                objectName: "composerPreviewToggle"
                compact: true
                text: composer.previewing ? qsTr("Write") : qsTr("Preview")
                Accessible.name: composer.previewing ? qsTr("Back to editing (Ctrl+P)")
                                                     : qsTr("Preview the post (Ctrl+P)")
                onClicked: composer.togglePreview()
            }

            Text {
                Layout.fillWidth: true
                text: composer.body.length > composer.maxBodyLength
                      ? qsTr("%1 characters too long").arg(composer.body.length - composer.maxBodyLength)
                      : qsTr("Markdown supported · Ctrl+Enter to post")
                color: composer.body.length > composer.maxBodyLength ? Theme.danger : Theme.textMuted
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSizeSmall
            }

            SecondaryButton {
                objectName: "composerCancel"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Discard the draft")
                onClicked: {
                    composer.clear();
                    composer.collapseIfEmpty();
                }
            }

            PrimaryButton {
                id: postButton
                objectName: "composerPost"
                text: qsTr("Post")
                enabled: composer.canSubmit
                Accessible.name: qsTr("Post to %1").arg(composer.communityName)
                onClicked: composer.submit()
            }
        }
    }
}
