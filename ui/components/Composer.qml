pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Models
import Hearth.Ui

// Writing a post: a one-line prompt that opens into kind, optional title and markdown body.
// Ctrl+Enter posts; Escape folds an empty composer back up.
Rectangle {
    id: composer

    property string communityName
    property string authorName
    property bool canAnnounce: false
    property string kind: WireConstants.defaultPostKind
    property bool expanded: false
    readonly property alias title: titleField.text
    readonly property alias body: bodyArea.text
    readonly property bool canSubmit: enabled && body.trim().length > 0
                                      && body.length <= maxBodyLength && title.length <= maxTitleLength
    readonly property int maxTitleLength: WireConstants.postTitleMaxLength
    readonly property int maxBodyLength: WireConstants.postBodyMaxLength

    signal submitted(string kind, string title, string body)

    function focusBody() {
        expanded = true;
        bodyArea.forceActiveFocus();
    }

    function clear() {
        titleField.clear();
        bodyArea.clear();
        kind = WireConstants.defaultPostKind;
    }

    function submit() {
        if (!canSubmit)
            return;
        submitted(kind, title.trim(), body.trim());
        clear();
        collapseIfEmpty();
    }

    function collapseIfEmpty() {
        if (title.length === 0 && body.length === 0) {
            expanded = false;
            bodyArea.focus = false;
            titleField.focus = false;
        }
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

                    background: Rectangle {
                        radius: height / 2
                        color: chip.selected ? Theme.kindBackground(chip.modelData)
                                             : chip.hovered ? Theme.surfaceAlt : "transparent"
                        border.width: chip.visualFocus ? 2 : 1
                        border.color: chip.selected ? Theme.kindColor(chip.modelData) : Theme.border
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

        TextField {
            id: titleField
            objectName: "composerTitle"
            Layout.fillWidth: true
            visible: composer.expanded
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
            Keys.onPressed: event => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                        && (event.modifiers & Qt.ControlModifier)) {
                    composer.submit();
                    event.accepted = true;
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    bodyArea.forceActiveFocus();
                    event.accepted = true;
                } else if (event.key === Qt.Key_Escape) {
                    composer.collapseIfEmpty();
                    event.accepted = true;
                }
            }
        }

        RowLayout {
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
                Layout.fillWidth: true
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
                    Keys.onPressed: event => {
                        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                && (event.modifiers & Qt.ControlModifier)) {
                            composer.submit();
                            event.accepted = true;
                        } else if (event.key === Qt.Key_Escape) {
                            composer.collapseIfEmpty();
                            event.accepted = true;
                        } else if (event.key === Qt.Key_Tab) {
                            // Tab leaves the text (keyboard users), it does not indent it.
                            postButton.forceActiveFocus(Qt.TabFocusReason);
                            event.accepted = true;
                        } else if (event.key === Qt.Key_Backtab) {
                            titleField.forceActiveFocus(Qt.BacktabFocusReason);
                            event.accepted = true;
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: composer.expanded
            spacing: Theme.spacingM

            Text {
                Layout.fillWidth: true
                text: composer.body.length > composer.maxBodyLength
                      ? qsTr("%1 characters too long").arg(composer.body.length - composer.maxBodyLength)
                      : qsTr("Markdown supported · Ctrl+Enter to post")
                color: composer.body.length > composer.maxBodyLength ? Theme.danger : Theme.textMuted
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSizeSmall
            }

            Button {
                objectName: "composerCancel"
                flat: true
                text: qsTr("Cancel")
                font.pixelSize: Theme.fontSizeBody
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
