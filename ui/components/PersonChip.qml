import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// A member as a small avatar and name that opens their profile (who is going to an event).
AbstractButton {
    id: chip

    property string userId
    property string displayName
    property bool isMe: false
    // e.g. "#2" on a waitlist
    property string note

    readonly property string shownName: displayName.length > 0 ? displayName : qsTr("A member")

    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingXs
    leftPadding: Theme.spacingXs
    rightPadding: Theme.spacingM
    text: isMe ? qsTr("%1 (you)").arg(shownName) : shownName

    Accessible.role: Accessible.Button
    Accessible.name: note.length > 0 ? qsTr("%1, %2, open profile").arg(text).arg(note)
                                     : qsTr("%1, open profile").arg(text)

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: height / 2
        color: chip.hovered ? Theme.surfaceAlt : Theme.surface
        border.width: chip.visualFocus ? 2 : 1
        border.color: chip.visualFocus ? Theme.focusRing : chip.isMe ? Theme.accent : Theme.border
    }

    contentItem: RowLayout {
        spacing: Theme.spacingS

        Avatar {
            name: chip.shownName
            size: 26
            circular: true
        }

        Text {
            visible: chip.note.length > 0
            text: chip.note
            color: Theme.warning
            font.pixelSize: Theme.fontSizeSmall
            font.weight: Font.Bold
        }

        Text {
            text: chip.text
            color: Theme.text
            font.pixelSize: Theme.fontSizeBody - 1
            font.weight: chip.isMe ? Font.DemiBold : Font.Normal
            elide: Text.ElideRight
            Layout.maximumWidth: 220
        }
    }
}
