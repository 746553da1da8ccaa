pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Hearth.Ui

// The reactions to a post or comment: one pill per emoji with its count (mine highlighted) that
// names who reacted on hover or focus; a click adds mine or takes it back, and "+" opens a small
// picker of common ones (arrows move, Enter picks, Escape closes). The pills and "+" take the focus from the card's Tab order (`buttons()`), not
// from the window's chain, like the card's other actions.
Flow {
    id: bar

    // [{emoji: string, count: int, mine: bool}], in the order the emoji were first used.
    property var reactions: []
    property string subject: qsTr("this post")
    readonly property var choices: ["👍", "❤️", "🎉", "😂", "🙏", "🔥", "👏", "🤔"]
    readonly property alias picker: picker
    // Who gave each emoji, in words, as the owner answered reactorsRequested (setReactors).
    property var whoByEmoji: ({})
    // In the window's Tab chain (a comment's reactions), rather than the card's own order.
    property bool tabbable: false

    signal toggled(string emoji)
    // A pill is hovered or focused: the owner answers with setReactors(emoji, [{name, mine}])
    // (FeedModel.reactors, ThreadModel.reactors), read then so the names are never stale.
    signal reactorsRequested(string emoji)

    function setReactors(emoji: string, list: var) {
        const who = Object.assign({}, whoByEmoji);
        who[emoji] = whoReacted(emoji, list);
        whoByEmoji = who;
    }

    function buttons(): list<Item> {
        const out = [];
        for (let i = 0; i < pills.count; ++i)
            out.push(pills.itemAt(i));
        out.push(addButton);
        return out;
    }

    // "Maren Holt, Ada Whitfield and you", at most a handful of names.
    function whoReacted(emoji: string, list: var): string {
        const names = [];
        let mine = false;
        for (const r of list) {
            if (r.mine)
                mine = true;
            else
                names.push(r.name.length > 0 ? r.name : qsTr("a former member"));
        }
        const shown = names.slice(0, 6);
        const more = names.length - shown.length;
        if (mine)
            shown.push(qsTr("you"));
        if (more > 0)
            shown.push(qsTr("%n more", "", more));
        if (shown.length === 0)
            return "";
        if (shown.length === 1)
            return qsTr("%1 reacted with %2").arg(shown[0]).arg(emoji);
        return qsTr("%1 and %2 reacted with %3").arg(shown.slice(0, -1).join(", ")).arg(shown[shown.length - 1]).arg(emoji);
    }

    function pick(emoji: string) {
        picker.close();
        bar.toggled(emoji);
        addButton.forceActiveFocus(Qt.OtherFocusReason);
    }

    spacing: Theme.spacingXs + 2

    Repeater {
        id: pills
        model: bar.reactions

        delegate: AbstractButton {
            id: pill

            required property var modelData
            readonly property bool mine: modelData.mine === true

            objectName: "reaction_" + modelData.emoji
            focusPolicy: bar.tabbable ? Qt.StrongFocus : Qt.ClickFocus
            hoverEnabled: true
            leftPadding: Theme.spacingS + 2
            rightPadding: Theme.spacingS + 2
            topPadding: 2
            bottomPadding: 2
            text: modelData.emoji + "  " + modelData.count
            Accessible.role: Accessible.Button
            Accessible.name: mine
                ? qsTr("%1, %n reaction(s) including yours: take yours back", "", modelData.count).arg(modelData.emoji)
                : qsTr("%1, %n reaction(s): add yours", "", modelData.count).arg(modelData.emoji)
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: bar.toggled(modelData.emoji)
            readonly property bool asking: hovered || visualFocus
            readonly property string who: bar.whoByEmoji[modelData.emoji] !== undefined ? bar.whoByEmoji[modelData.emoji] : ""
            onAskingChanged: if (asking) bar.reactorsRequested(modelData.emoji)
            ToolTip.visible: asking && who.length > 0
            ToolTip.delay: 350
            ToolTip.text: who
            Accessible.description: who

            background: Rectangle {
                radius: height / 2
                color: pill.mine ? Theme.accentSoft : pill.hovered ? Theme.surfaceAlt : Theme.surface
                border.width: 1
                border.color: pill.mine ? Theme.accent : Theme.border
            }

            contentItem: Text {
                text: pill.text
                color: pill.mine ? Theme.accent : Theme.textSecondary
                font.pixelSize: Theme.fontSizeSmall + 1
                font.weight: pill.mine ? Font.DemiBold : Font.Normal
                verticalAlignment: Text.AlignVCenter
            }

            FocusFrame {
                shown: pill.visualFocus
                inset: -3
            }
        }
    }

    AbstractButton {
        id: addButton
        objectName: "addReaction"
        focusPolicy: bar.tabbable ? Qt.StrongFocus : Qt.ClickFocus
        hoverEnabled: true
        leftPadding: Theme.spacingS + 2
        rightPadding: Theme.spacingS + 2
        topPadding: 2
        bottomPadding: 2
        text: qsTr("+ React")
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("React to %1").arg(bar.subject)
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        onClicked: picker.open()

        background: Rectangle {
            radius: height / 2
            color: addButton.hovered || picker.visible ? Theme.surfaceAlt : "transparent"
            border.width: 1
            border.color: addButton.hovered || picker.visible ? Theme.borderStrong : Theme.border
        }

        contentItem: Text {
            text: addButton.text
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall + 1
            verticalAlignment: Text.AlignVCenter
        }

        FocusFrame {
            shown: addButton.visualFocus
            inset: -3
        }

        Popup {
            id: picker
            objectName: "reactionPicker"
            y: addButton.height + Theme.spacingXs
            // Kept inside the window, whatever the card's place.
            margins: Theme.spacingS
            padding: Theme.spacingXs
            focus: true
            closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
            onOpened: choiceRepeater.itemAt(0).forceActiveFocus(Qt.TabFocusReason)

            background: Rectangle {
                radius: Theme.radiusM
                color: Theme.surface
                border.width: 1
                border.color: Theme.borderStrong
            }

            Row {
                spacing: 2

                Repeater {
                    id: choiceRepeater
                    model: bar.choices

                    delegate: AbstractButton {
                        id: choice

                        required property string modelData
                        required property int index

                        objectName: "choice_" + index
                        focusPolicy: Qt.StrongFocus
                        hoverEnabled: true
                        padding: Theme.spacingXs
                        text: modelData
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("React with %1").arg(modelData)
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                        Keys.onLeftPressed: {
                            if (index > 0)
                                choiceRepeater.itemAt(index - 1).forceActiveFocus(Qt.TabFocusReason);
                        }
                        Keys.onRightPressed: {
                            if (index + 1 < choiceRepeater.count)
                                choiceRepeater.itemAt(index + 1).forceActiveFocus(Qt.TabFocusReason);
                        }
                        onClicked: bar.pick(modelData)

                        background: Rectangle {
                            radius: Theme.radiusS
                            color: choice.hovered || choice.visualFocus ? Theme.surfaceAlt : "transparent"
                            border.width: choice.visualFocus ? 2 : 0
                            border.color: Theme.focusRing
                        }

                        contentItem: Text {
                            text: choice.text
                            font.pixelSize: Theme.fontSizeLarge + 2
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
        }
    }
}
