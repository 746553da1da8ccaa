pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// Who may join a community: public, by request or invite only, each a radio card with the
// sentence that says what it means. Up and Down choose, Enter is `accepted` (a form moves on).
ColumnLayout {
    id: choice

    // public | request | invite; the owner sets it from `activated`.
    property string value: "public"
    property string label: qsTr("Who may join")

    signal activated(string value)
    signal accepted()

    function indexOf(visibility: string): int {
        const all = WireConstants.visibilities;
        for (let i = 0; i < all.length; ++i) {
            if (all[i] === visibility)
                return i;
        }
        return 0;
    }

    // The keyboard on the chosen option.
    function focusChosen() {
        options.itemAt(indexOf(value)).forceActiveFocus();
    }

    function choose(at: int) {
        activated(WireConstants.visibilities[at]);
        options.itemAt(at).forceActiveFocus();
    }

    spacing: Theme.spacingM

    Label {
        text: choice.label
        color: choice.enabled ? Theme.textSecondary : Theme.textDisabled
        font.pixelSize: Theme.fontSizeSmall + 1
        font.weight: Font.DemiBold
    }

    Repeater {
        id: options
        model: WireConstants.visibilities

        delegate: AbstractButton {
            id: option

            required property string modelData
            required property int index
            readonly property bool selected: choice.value === modelData
            readonly property string title: modelData === "public" ? qsTr("Public")
                                            : modelData === "request" ? qsTr("By request") : qsTr("Invite only")
            readonly property string sentence: modelData === "public"
                                               ? qsTr("Listed on the server; anyone can join at once.")
                                               : modelData === "request"
                                                 ? qsTr("Listed on the server; people ask to join and an organizer approves each one.")
                                                 : qsTr("Hidden from everyone else; people join only with an invite link from you.")

            objectName: "visibility_" + modelData
            Layout.fillWidth: true
            hoverEnabled: true
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.RadioButton
            Accessible.name: title
            Accessible.description: sentence
            Accessible.checked: selected
            onClicked: choice.activated(modelData)
            Keys.onUpPressed: choice.choose(Math.max(0, index - 1))
            Keys.onDownPressed: choice.choose(Math.min(options.count - 1, index + 1))
            Keys.onReturnPressed: choice.accepted()
            Keys.onEnterPressed: choice.accepted()
            padding: Theme.spacingM

            contentItem: RowLayout {
                spacing: Theme.spacingM
                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    implicitWidth: 18
                    implicitHeight: 18
                    radius: 9
                    color: "transparent"
                    border.width: 2
                    border.color: !option.enabled ? Theme.textDisabled
                                  : option.selected ? Theme.accent : Theme.borderStrong
                    Rectangle {
                        anchors.centerIn: parent
                        width: 8
                        height: 8
                        radius: 4
                        visible: option.selected
                        color: option.enabled ? Theme.accent : Theme.textDisabled
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        text: option.title
                        color: option.enabled ? Theme.text : Theme.textDisabled
                        font.pixelSize: Theme.fontSizeBody
                        font.weight: Font.DemiBold
                    }
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: option.sentence
                        color: option.enabled ? Theme.textSecondary : Theme.textDisabled
                        font.pixelSize: Theme.fontSizeSmall + 1
                    }
                }
            }
            background: Rectangle {
                radius: Theme.radiusM
                color: !option.enabled ? Theme.surfaceAlt
                       : option.selected ? Theme.accentSoft : option.hovered ? Theme.surfaceAlt : Theme.surface
                border.width: option.visualFocus ? 2 : 1
                border.color: option.visualFocus ? Theme.focusRing
                              : option.selected && option.enabled ? Theme.accent : Theme.border
            }
        }
    }
}
