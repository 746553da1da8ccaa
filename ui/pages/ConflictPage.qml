pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// An edit of mine that met a newer version on the server: both texts side by side, and the
// member decides. "Keep mine" and a merge send a new edit based on the server's current version;
// "Keep theirs" drops mine and shows the server's text. Nothing is dropped without the member
// choosing it.
Page {
    id: page

    property CacheStore store
    property OutboxModel outbox
    property string mutationId

    // The outbox entry ({} once resolved or discarded).
    property var entry: ({})
    readonly property bool found: entry.mutationId !== undefined
    // A comment's edit has no title to keep or merge.
    readonly property bool onComment: found && entry.name === "comment.edit"
    property bool merging: false

    signal closed()

    function refresh() {
        entry = outbox && mutationId.length > 0 ? outbox.entry(mutationId) : {};
    }

    function startMerge() {
        mergeTitle.text = entry.title;
        // Both texts to start from: the member cuts what does not belong.
        mergeBody.text = entry.body === entry.serverBody
                ? entry.body : entry.serverBody + "\n\n" + entry.body;
        merging = true;
        mergeBody.forceActiveFocus();
    }

    function keepMine() {
        store.resolveConflict(mutationId, entry.title, entry.body);
        closed();
    }

    function keepTheirs() {
        store.acceptServerVersion(mutationId);
        closed();
    }

    function saveMerge() {
        if (mergeBody.text.trim().length === 0)
            return;
        store.resolveConflict(mutationId, mergeTitle.text.trim(), mergeBody.text.trim());
        closed();
    }

    onMutationIdChanged: {
        merging = false;
        refresh();
    }
    onVisibleChanged: if (visible) refresh()

    Connections {
        target: page.outbox
        function onCountChanged() { page.refresh(); }
        function onDataChanged() { page.refresh(); }
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Conflicting edit")

    background: Rectangle {
        color: Theme.background
    }

    header: Rectangle {
        implicitHeight: headerRow.implicitHeight + 2 * Theme.spacingM
        color: Theme.surface

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.border
        }

        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingXl
            spacing: Theme.spacingM

            SecondaryButton {
                objectName: "backButton"
                text: qsTr("← Outbox")
                Accessible.name: qsTr("Back to the outbox (Escape)")
                onClicked: page.closed()
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("Your edit and the server's version")
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontSizeTitle
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollBar.vertical: ScrollBar { }

        FollowFocus {
            flickable: flick
        }

        ColumnLayout {
            id: column
            x: Math.round((flick.width - width) / 2)
            y: Theme.spacingXl
            width: Math.min(flick.width - 2 * Theme.spacingXl, 1040)
            spacing: Theme.spacingL

            EmptyState {
                objectName: "conflictGone"
                Layout.fillWidth: true
                visible: !page.found
                title: qsTr("Nothing to resolve")
                text: qsTr("This edit has been settled. Its post or comment shows the text that was kept.")
            }

            Text {
                objectName: "conflictExplanation"
                Layout.fillWidth: true
                visible: page.found
                text: page.onComment
                      ? qsTr("While you were editing, this comment was changed somewhere else (perhaps on another device). Keep your text, keep the server's, or merge the two.")
                      : qsTr("While you were editing, this post was changed somewhere else (perhaps on another device). Keep your text, keep the server's, or merge the two.")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
            }

            GridLayout {
                Layout.fillWidth: true
                visible: page.found
                columns: page.width > 760 ? 2 : 1
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingL

                Repeater {
                    model: [
                        { side: "mine", heading: qsTr("Your edit") },
                        { side: "theirs", heading: qsTr("Now on the server") }
                    ]

                    delegate: Rectangle {
                        id: side

                        required property var modelData
                        readonly property bool mine: modelData.side === "mine"
                        readonly property string sideTitle: page.found ? (mine ? page.entry.title : page.entry.serverTitle) : ""
                        readonly property string sideBody: page.found ? (mine ? page.entry.body : page.entry.serverBody) : ""

                        objectName: mine ? "mineColumn" : "theirsColumn"
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        implicitHeight: sideColumn.implicitHeight + 2 * Theme.spacingL
                        radius: Theme.radiusM
                        color: Theme.surface
                        border.width: 1
                        border.color: mine ? Theme.accent : Theme.borderStrong

                        ColumnLayout {
                            id: sideColumn
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            anchors.margins: Theme.spacingL
                            spacing: Theme.spacingS

                            Text {
                                text: side.modelData.heading
                                color: side.mine ? Theme.accent : Theme.textSecondary
                                font.pixelSize: Theme.fontSizeSmall
                                font.weight: Font.DemiBold
                                font.capitalization: Font.AllUppercase
                                font.letterSpacing: 0.6
                            }

                            Text {
                                objectName: "sideTitle"
                                Layout.fillWidth: true
                                visible: side.sideTitle.length > 0
                                text: side.sideTitle
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeLarge + 1
                                font.weight: Font.DemiBold
                            }

                            MarkdownText {
                                objectName: "sideBody"
                                Layout.fillWidth: true
                                markdown: side.sideBody
                            }

                            Item { Layout.fillHeight: true }

                            PrimaryButton {
                                objectName: side.mine ? "keepMine" : "keepTheirs"
                                Layout.topMargin: Theme.spacingS
                                visible: !page.merging
                                text: side.mine ? qsTr("Keep mine") : qsTr("Keep theirs")
                                Accessible.name: side.mine ? qsTr("Keep my text and send it again")
                                                           : qsTr("Keep the server's text and drop my edit")
                                onClicked: side.mine ? page.keepMine() : page.keepTheirs()
                            }
                        }
                    }
                }
            }

            SecondaryButton {
                objectName: "mergeButton"
                Layout.alignment: Qt.AlignHCenter
                visible: page.found && !page.merging
                flat: false
                text: qsTr("Merge the two…")
                onClicked: page.startMerge()
            }

            // The merged text, starting from both versions.
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.found && page.merging
                spacing: Theme.spacingS

                Text {
                    text: qsTr("Merged text")
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeLarge
                    font.weight: Font.DemiBold
                }

                TextField {
                    id: mergeTitle
                    objectName: "mergeTitle"
                    Layout.fillWidth: true
                    visible: !page.onComment
                    placeholderText: qsTr("Title (optional)")
                    placeholderTextColor: Theme.textMuted
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeBody
                    font.weight: Font.DemiBold
                    selectByMouse: true
                    Accessible.name: qsTr("Merged title")
                    background: Rectangle {
                        radius: Theme.radiusS
                        color: Theme.surface
                        border.width: mergeTitle.activeFocus ? 2 : 1
                        border.color: mergeTitle.activeFocus ? Theme.focusRing : Theme.borderStrong
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: Math.min(Math.max(mergeBody.implicitHeight + 8, 160), 360)
                    radius: Theme.radiusS
                    color: Theme.surface
                    border.width: mergeBody.activeFocus ? 2 : 1
                    border.color: mergeBody.activeFocus ? Theme.focusRing : Theme.borderStrong

                    ScrollView {
                        anchors.fill: parent
                        anchors.margins: 4

                        TextArea {
                            id: mergeBody
                            objectName: "mergeBody"
                            wrapMode: TextEdit.Wrap
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                            selectByMouse: true
                            background: null
                            Accessible.name: qsTr("Merged text")
                            Accessible.description: qsTr("Ctrl+Enter saves the merged text.")
                            Keys.onPressed: event => {
                                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                        && (event.modifiers & Qt.ControlModifier)) {
                                    page.saveMerge();
                                    event.accepted = true;
                                } else if (event.key === Qt.Key_Tab) {
                                    saveMergeButton.forceActiveFocus(Qt.TabFocusReason);
                                    event.accepted = true;
                                }
                            }
                        }
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    Item { Layout.fillWidth: true }

                    SecondaryButton {
                        objectName: "cancelMerge"
                        text: qsTr("Cancel")
                        onClicked: page.merging = false
                    }

                    PrimaryButton {
                        id: saveMergeButton
                        objectName: "saveMerge"
                        text: qsTr("Send merged text")
                        enabled: mergeBody.text.trim().length > 0
                        onClicked: page.saveMerge()
                    }
                }
            }
        }
    }
}
