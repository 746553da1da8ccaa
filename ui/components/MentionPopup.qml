pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Models
import Hearth.Ui

// `@` completion for a text area: while a mention is being typed it lists the community's
// members that match, under the cursor. Up / Down choose, Enter or Tab puts `@handle ` in the
// text, Escape closes the list (and leaves the text as typed). The keyboard stays in the text
// area: its Keys.onPressed hands each key to handleKey() first.
//
//   TextArea { id: body; Keys.onPressed: event => { if (mentions.handleKey(event)) return; ... } }
//   MentionPopup { id: mentions; target: body; store: page.store; communityId: page.communityId }
Popup {
    id: popup

    required property TextEdit target
    property CacheStore store
    property string communityId

    // Where the mention being typed starts, -1 when none.
    readonly property int mentionStart: target ? completions.mentionStart(target.text, target.cursorPosition) : -1
    // Escape closed the list for the mention starting here; typing another one opens it again.
    property int dismissedAt: -1
    readonly property bool wanted: target !== null && target.activeFocus && mentionStart >= 0
                                   && mentionStart !== dismissedAt && completions.count > 0
    property int currentIndex: 0
    readonly property alias count: completions.count
    readonly property alias completions: completions

    // Puts the member at `index` in the text in place of what was typed after `@`.
    function accept(index: int) {
        const handle = completions.handleAt(index);
        if (handle.length === 0)
            return;
        const text = target.text;
        const cursor = target.cursorPosition;
        const start = completions.mentionStart(text, cursor);
        const end = completions.mentionEnd(text, cursor);
        const inserted = completions.mentionInsertion(text, cursor, handle);
        if (start < 0 || inserted.length === 0)
            return;
        target.remove(start, end);
        target.insert(start, inserted);
        // After the space, whether it was there already or came with the handle.
        target.cursorPosition = start + inserted.length + (inserted.endsWith(" ") ? 0 : 1);
    }

    // A key pressed in the target while the list may be open: true when it was the list's.
    function handleKey(event: var): bool {
        if (!opened || (event.modifiers & (Qt.ControlModifier | Qt.AltModifier)))
            return false;
        switch (event.key) {
        case Qt.Key_Down:
            currentIndex = (currentIndex + 1) % count;
            break;
        case Qt.Key_Up:
            currentIndex = (currentIndex + count - 1) % count;
            break;
        case Qt.Key_Return:
        case Qt.Key_Enter:
        case Qt.Key_Tab:
            accept(currentIndex);
            break;
        case Qt.Key_Escape:
            dismissedAt = mentionStart;
            break;
        default:
            return false;
        }
        event.accepted = true;
        return true;
    }

    onMentionStartChanged: {
        currentIndex = 0;
        if (mentionStart !== dismissedAt)
            dismissedAt = -1;
    }
    onWantedChanged: wanted ? open() : close()

    parent: target
    x: target ? Math.min(target.cursorRectangle.x, Math.max(0, target.width - width)) : 0
    y: target ? target.cursorRectangle.y + target.cursorRectangle.height + Theme.spacingXs : 0
    width: 360
    padding: Theme.spacingXs
    focus: false
    modal: false
    dim: false
    closePolicy: Popup.NoAutoClose

    MentionCompletions {
        id: completions
        store: popup.store
        communityId: popup.communityId
        active: popup.mentionStart >= 0
        prefix: popup.target ? completions.mentionPrefix(popup.target.text, popup.target.cursorPosition) : ""
        onCountChanged: popup.currentIndex = Math.min(popup.currentIndex, Math.max(0, count - 1))
    }

    background: Rectangle {
        radius: Theme.radiusS
        color: Theme.surface
        border.width: 1
        border.color: Theme.borderStrong
    }

    contentItem: ListView {
        objectName: "mentionList"
        implicitHeight: contentHeight
        interactive: false
        model: completions
        currentIndex: popup.currentIndex
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Members to mention")

        delegate: MentionRow {
            width: ListView.view.width
            current: ListView.isCurrentItem
            onClicked: popup.accept(index)
        }
    }

    component MentionRow: AbstractButton {
        id: row

        required property int index
        required property string handle
        required property string displayName
        required property string role
        property bool current: false

        focusPolicy: Qt.NoFocus
        hoverEnabled: true
        padding: Theme.spacingS
        Accessible.role: Accessible.ListItem
        Accessible.name: qsTr("%1, @%2").arg(displayName).arg(handle)

        background: Rectangle {
            radius: Theme.radiusS - 1
            color: row.current ? Theme.accentSoft : row.hovered ? Theme.surfaceAlt : "transparent"
        }

        contentItem: RowLayout {
            spacing: Theme.spacingS

            Avatar {
                name: row.displayName
                size: 24
                circular: true
            }

            Text {
                Layout.fillWidth: true
                text: row.displayName
                color: Theme.text
                font.pixelSize: Theme.fontSizeBody - 1
                font.weight: row.current ? Font.DemiBold : Font.Normal
                elide: Text.ElideRight
            }

            Text {
                text: "@" + row.handle
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeSmall
                elide: Text.ElideRight
                Layout.maximumWidth: 110
            }

            RoleBadge {
                role: row.role
            }
        }
    }
}
